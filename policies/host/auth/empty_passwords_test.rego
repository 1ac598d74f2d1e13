package hipaa.host.auth.empty_passwords_test

import data.hipaa.host.auth.empty_passwords as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, passwords) := {"id": id, "name": id, "tags": {}, "passwords": passwords}

_good := {"empty_password": []}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_listed_item_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: account guest has an empty password."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"empty_password": ["guest"]})),
		_host("h2", _good),
	])
}

test_several_hosts_only_those_listing_items_fail if {
	t.ids(policy.deny) == {"h1", "h3"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"empty_password": ["guest", "other"]})),
		_host("h2", _good),
		_host("h3", object.union(_good, {"empty_password": ["other"]})),
	])
}

test_missing_passwords_empty_password_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		_host("h1", object.remove(_good, ["empty_password"])),
		{"id": "h2", "name": "h2"},
		_host("h3", "passwords"),
		_host("ok", _good),
	])
}

test_null_passwords_empty_password_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"empty_password": null})),
		_host("h2", null),
		_host("ok", _good),
	])
}

# A scalar where the list belongs is denied for that host only (it used to raise in regorus).
test_wrong_type_empty_password_fails_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"bool", "str", "obj", "items", "bad"} with input as t.inventory("host", [
		_host("bool", object.union(_good, {"empty_password": true})),
		_host("str", object.union(_good, {"empty_password": "guest"})),
		_host("obj", object.union(_good, {"empty_password": {"a": "guest"}})),
		_host("items", object.union(_good, {"empty_password": [1, null]})),
		_host("bad", object.union(_good, {"empty_password": ["guest"]})),
		_host("ok", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
