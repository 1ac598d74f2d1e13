package hipaa.host.auth.password_hashing_test

import data.hipaa.host.auth.password_hashing as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, login_defs) := {"id": id, "name": id, "tags": {}, "login_defs": login_defs}

_good := {"encrypt_method": "SHA512"}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_yescrypt_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"encrypt_method": "YESCRYPT"})),
		_host("h2", _good),
	])
}

test_md5_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"encrypt_method": "MD5"})),
		_host("h2", _good),
	])
}

test_des_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"encrypt_method": "DES"})),
		_host("h2", _good),
	])
}

test_sha256_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"encrypt_method": "SHA256"})),
		_host("h2", _good),
	])
}

test_lower_case_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"encrypt_method": "sha512x"})),
		_host("h2", _good),
	])
}

test_missing_login_defs_encrypt_method_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["encrypt_method"])), _host("h2", _good)])
}

test_null_login_defs_encrypt_method_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"encrypt_method": null})), _host("h2", _good)])
}

test_wrong_type_login_defs_encrypt_method_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"encrypt_method": 512})), _host("h2", _good)])
}

test_missing_login_defs_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "login_defs"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: passwords are hashed with MD5; use SHA512 or YESCRYPT."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"encrypt_method": "MD5"})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
