package hipaa.host.ssh.ciphers_test

import data.hipaa.host.ssh.ciphers as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, ssh) := {"id": id, "name": id, "tags": {}, "ssh": ssh}

_strong := {"ciphers": ["chacha20-poly1305@openssh.com", "aes256-gcm@openssh.com", "aes128-ctr"]}

test_strong_ciphers_pass if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _strong)])
}

test_aes128_cbc_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"ciphers": ["aes256-ctr", "aes128-cbc"]}),
		_host("h2", _strong),
	])
}

test_3des_cbc_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"ciphers": ["aes256-ctr", "3des-cbc"]}),
		_host("h2", _strong),
	])
}

test_arcfour256_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"ciphers": ["aes256-ctr", "arcfour256"]}),
		_host("h2", _strong),
	])
}

test_blowfish_cbc_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"ciphers": ["aes256-ctr", "blowfish-cbc"]}),
		_host("h2", _strong),
	])
}

test_cast128_cbc_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"ciphers": ["aes256-ctr", "cast128-cbc"]}),
		_host("h2", _strong),
	])
}

test_rijndael_cbc_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"ciphers": ["aes256-ctr", "rijndael-cbc@lysator.liu.se"]}),
		_host("h2", _strong),
	])
}

test_none_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", {"ciphers": ["aes256-ctr", "none"]}),
		_host("h2", _strong),
	])
}


test_missing_ssh_ciphers_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", {}),
		{"id": "h2", "name": "h2"},
		_host("h3", _strong),
	])
}

test_null_ssh_ciphers_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", {"ciphers": null}),
		_host("h2", null),
		_host("h3", _strong),
	])
}

# A scalar where the list belongs used to raise ("some .. in collection"), blinding the control
# for every host: now only that host is denied, and the others are still judged.
test_wrong_type_fails_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"bool", "str", "num", "obj", "items", "weak"} with input as t.inventory("host", [
		_host("bool", {"ciphers": true}),
		_host("str", {"ciphers": "aes128-cbc"}),
		_host("num", {"ciphers": 5}),
		_host("obj", {"ciphers": {"a": "aes128-cbc"}}),
		_host("items", {"ciphers": ["aes256-ctr", 7, null]}),
		_host("weak", {"ciphers": ["aes128-cbc"]}),
		_host("ok", _strong),
	])
}

test_empty_list_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", {"ciphers": []}), _host("h2", _strong)])
}

test_message_names_the_weak_algorithm if {
	policy.deny == {{"id": "h1", "msg": "Host h1: sshd offers weak cipher aes128-cbc."}} with input as t.inventory("host", [
		_host("h1", {"ciphers": ["aes256-ctr", "aes128-cbc"]}),
		_host("h2", _strong),
	])
}
