package hipaa.host.ssh.macs_test

import data.hipaa.host.ssh.macs as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, ssh) := {"id": id, "name": id, "tags": {}, "ssh": ssh}

_strong := {"macs": ["hmac-sha2-512-etm@openssh.com", "hmac-sha2-256-etm@openssh.com", "umac-128-etm@openssh.com"]}

test_strong_macs_pass if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _strong)])
}

test_hmac_sha1_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"macs": ["hmac-sha2-256", "hmac-sha1"]}),
		_host("h2", _strong),
	])
}

test_hmac_md5_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"macs": ["hmac-sha2-256", "hmac-md5"]}),
		_host("h2", _strong),
	])
}

test_hmac_sha1_etm_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"macs": ["hmac-sha2-256", "hmac-sha1-etm@openssh.com"]}),
		_host("h2", _strong),
	])
}

test_hmac_ripemd160_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"macs": ["hmac-sha2-256", "hmac-ripemd160"]}),
		_host("h2", _strong),
	])
}

test_umac_64_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"macs": ["hmac-sha2-256", "umac-64@openssh.com"]}),
		_host("h2", _strong),
	])
}

test_hmac_md5_96_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"macs": ["hmac-sha2-256", "hmac-md5-96"]}),
		_host("h2", _strong),
	])
}


test_missing_ssh_macs_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", {}),
		{"id": "h2", "name": "h2"},
		_host("h3", _strong),
	])
}

test_null_ssh_macs_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", {"macs": null}),
		_host("h2", null),
		_host("h3", _strong),
	])
}

# A scalar where the list belongs used to raise ("some .. in collection"), blinding the control
# for every host: now only that host is denied, and the others are still judged.
test_wrong_type_fails_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"bool", "str", "num", "obj", "items", "weak"} with input as t.inventory("host", [
		_host("bool", {"macs": true}),
		_host("str", {"macs": "hmac-sha1"}),
		_host("num", {"macs": 5}),
		_host("obj", {"macs": {"a": "hmac-sha1"}}),
		_host("items", {"macs": ["hmac-sha2-256", 7, null]}),
		_host("weak", {"macs": ["hmac-sha1"]}),
		_host("ok", _strong),
	])
}

test_empty_list_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"macs": []}), _host("h2", _strong)])
}

test_message_names_the_weak_algorithm if {
	policy.deny == {{"id": "h1", "msg": "Host h1: sshd offers weak MAC hmac-sha1."}} with input as t.inventory("host", [
		_host("h1", {"macs": ["hmac-sha2-256", "hmac-sha1"]}),
		_host("h2", _strong),
	])
}
