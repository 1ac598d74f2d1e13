package hipaa.host.ssh.kex_test

import data.hipaa.host.ssh.kex as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, ssh) := {"id": id, "name": id, "tags": {}, "ssh": ssh}

_strong := {"kex_algorithms": ["sntrup761x25519-sha512@openssh.com", "curve25519-sha256", "diffie-hellman-group16-sha512", "ecdh-sha2-nistp256"]}

test_strong_kex_algorithms_pass if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _strong)])
}

test_diffie_hellman_group1_sha1_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"kex_algorithms": ["curve25519-sha256", "diffie-hellman-group1-sha1"]}),
		_host("h2", _strong),
	])
}

test_diffie_hellman_group14_sha1_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"kex_algorithms": ["curve25519-sha256", "diffie-hellman-group14-sha1"]}),
		_host("h2", _strong),
	])
}

test_diffie_hellman_group_exchange_sha1_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"kex_algorithms": ["curve25519-sha256", "diffie-hellman-group-exchange-sha1"]}),
		_host("h2", _strong),
	])
}

test_gss_group1_sha1_towm5slw5ew8mqkay_al2g_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"kex_algorithms": ["curve25519-sha256", "gss-group1-sha1-toWM5Slw5Ew8Mqkay+al2g=="]}),
		_host("h2", _strong),
	])
}

test_gss_gex_sha1_towm5slw5ew8mqkay_al2g_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"kex_algorithms": ["curve25519-sha256", "gss-gex-sha1-toWM5Slw5Ew8Mqkay+al2g=="]}),
		_host("h2", _strong),
	])
}


test_missing_ssh_kex_algorithms_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", {}),
		{"id": "h2", "name": "h2"},
		_host("h3", _strong),
	])
}

test_null_ssh_kex_algorithms_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", {"kex_algorithms": null}),
		_host("h2", null),
		_host("h3", _strong),
	])
}

# A scalar where the list belongs used to raise ("some .. in collection"), blinding the control
# for every host: now only that host is denied, and the others are still judged.
test_wrong_type_fails_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"bool", "str", "num", "obj", "items", "weak"} with input as t.inventory("host", [
		_host("bool", {"kex_algorithms": true}),
		_host("str", {"kex_algorithms": "diffie-hellman-group1-sha1"}),
		_host("num", {"kex_algorithms": 5}),
		_host("obj", {"kex_algorithms": {"a": "diffie-hellman-group1-sha1"}}),
		_host("items", {"kex_algorithms": ["curve25519-sha256", 7, null]}),
		_host("weak", {"kex_algorithms": ["diffie-hellman-group1-sha1"]}),
		_host("ok", _strong),
	])
}

test_empty_list_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"kex_algorithms": []}), _host("h2", _strong)])
}

test_message_names_the_weak_algorithm if {
	policy.deny == {{"id": "h1", "msg": "Host h1: sshd offers weak key exchange diffie-hellman-group1-sha1."}} with input as t.inventory("host", [
		_host("h1", {"kex_algorithms": ["curve25519-sha256", "diffie-hellman-group1-sha1"]}),
		_host("h2", _strong),
	])
}
