package hipaa.host.auth.uid0_test

import data.hipaa.host.auth.uid0 as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, accounts) := {"id": id, "name": id, "tags": {}, "accounts": accounts}

_good := {"uid0": ["root"]}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_listed_item_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: account toor has user id 0."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"uid0": ["root", "toor"]})),
		_host("h2", _good),
	])
}

test_several_hosts_only_those_listing_items_fail if {
	t.ids(policy.deny) == {"h1", "h3"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"uid0": ["toor", "other"]})),
		_host("h2", _good),
		_host("h3", object.union(_good, {"uid0": ["other"]})),
	])
}

test_missing_accounts_uid0_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		_host("h1", object.remove(_good, ["uid0"])),
		{"id": "h2", "name": "h2"},
		_host("h3", "accounts"),
		_host("ok", _good),
	])
}

test_null_accounts_uid0_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"uid0": null})),
		_host("h2", null),
		_host("ok", _good),
	])
}

# A scalar where the list belongs is denied for that host only (it used to raise in regorus).
test_wrong_type_uid0_fails_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"bool", "str", "obj", "items", "bad"} with input as t.inventory("host", [
		_host("bool", object.union(_good, {"uid0": true})),
		_host("str", object.union(_good, {"uid0": "toor"})),
		_host("obj", object.union(_good, {"uid0": {"a": "toor"}})),
		_host("items", object.union(_good, {"uid0": [1, null]})),
		_host("bad", object.union(_good, {"uid0": ["toor"]})),
		_host("ok", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_root_alone_and_no_uid0_account_pass if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", {"uid0": ["root"]}),
		_host("h2", {"uid0": []}),
	])
}
