package hipaa.host.network.icmp_redirects_test

import data.hipaa.host.network.icmp_redirects as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"sysctl": {
			"ipv4_ip_forward": 0,
			"ipv4_all_accept_redirects": 0,
			"ipv4_default_accept_redirects": 0,
			"ipv6_all_accept_redirects": 0,
			"ipv6_enabled": true
		}
	}]}}
}

test_ipv6_off_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"sysctl": {
			"ipv4_ip_forward": 0,
			"ipv4_all_accept_redirects": 0,
			"ipv4_default_accept_redirects": 0,
			"ipv6_all_accept_redirects": null,
			"ipv6_enabled": false
		}
	}]}}
}

test_ipv4_all_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: ipv4_all_accept_redirects is 1; it must be 0."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"sysctl": {
			"ipv4_ip_forward": 0,
			"ipv4_all_accept_redirects": 1,
			"ipv4_default_accept_redirects": 0,
			"ipv6_all_accept_redirects": 0,
			"ipv6_enabled": true
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"sysctl": {
			"ipv4_ip_forward": 0,
			"ipv4_all_accept_redirects": 0,
			"ipv4_default_accept_redirects": 0,
			"ipv6_all_accept_redirects": 0,
			"ipv6_enabled": true
		}
	}]}}
}

test_ipv6_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: ipv6_all_accept_redirects is 1; it must be 0."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"sysctl": {
			"ipv4_ip_forward": 0,
			"ipv4_all_accept_redirects": 0,
			"ipv4_default_accept_redirects": 0,
			"ipv6_all_accept_redirects": 1,
			"ipv6_enabled": true
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"sysctl": {
			"ipv4_ip_forward": 0,
			"ipv4_all_accept_redirects": 0,
			"ipv4_default_accept_redirects": 0,
			"ipv6_all_accept_redirects": 0,
			"ipv6_enabled": true
		}
	}]}}
}

test_missing_sysctl_ipv4_all_accept_redirects_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"sysctl": {
			"ipv4_ip_forward": 0,
			"ipv4_default_accept_redirects": 0,
			"ipv6_all_accept_redirects": 0,
			"ipv6_enabled": true
		}
	}]}}
}

test_missing_sysctl_ipv6_all_accept_redirects_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"sysctl": {
			"ipv4_ip_forward": 0,
			"ipv4_all_accept_redirects": 0,
			"ipv4_default_accept_redirects": 0,
			"ipv6_enabled": true
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
