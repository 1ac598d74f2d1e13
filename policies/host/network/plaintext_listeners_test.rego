package hipaa.host.network.plaintext_listeners_test

import data.hipaa.host.network.plaintext_listeners as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"listeners": {
			"sockets": [
				{
					"proto": "tcp",
					"address": "0.0.0.0",
					"port": 22,
					"loopback": false
				},
				{
					"proto": "tcp",
					"address": "127.0.0.1",
					"port": 21,
					"loopback": true
				}
			]
		}
	}]}}
}

test_syslog_udp_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"listeners": {
			"sockets": [
				{
					"proto": "udp",
					"address": "0.0.0.0",
					"port": 514,
					"loopback": false
				}
			]
		}
	}]}}
}

test_telnet_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: plaintext service telnet listens on 0.0.0.0 port 23."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"listeners": {
			"sockets": [
				{
					"proto": "tcp",
					"address": "0.0.0.0",
					"port": 23,
					"loopback": false
				}
			]
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"listeners": {
			"sockets": [
				{
					"proto": "tcp",
					"address": "0.0.0.0",
					"port": 22,
					"loopback": false
				},
				{
					"proto": "tcp",
					"address": "127.0.0.1",
					"port": 21,
					"loopback": true
				}
			]
		}
	}]}}
}

test_tftp_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"listeners": {
			"sockets": [
				{
					"proto": "udp",
					"address": "::",
					"port": 69,
					"loopback": false
				}
			]
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"listeners": {
			"sockets": [
				{
					"proto": "tcp",
					"address": "0.0.0.0",
					"port": 22,
					"loopback": false
				},
				{
					"proto": "tcp",
					"address": "127.0.0.1",
					"port": 21,
					"loopback": true
				}
			]
		}
	}]}}
}

test_missing_listeners_sockets_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"listeners": {}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
