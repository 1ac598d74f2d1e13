package hipaa.host.auth.account_password_age_test

import data.hipaa.host.auth.account_password_age as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, passwords) := {"id": id, "name": id, "tags": {}, "passwords": passwords}

_good := {"max_age_over_90": []}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_listed_item_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: the password of account alice does not expire within 90 days."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"max_age_over_90": ["alice"]})),
		_host("h2", _good),
	])
}

test_several_hosts_only_those_listing_items_fail if {
	t.ids(policy.deny) == {"h1", "h3"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"max_age_over_90": ["alice", "other"]})),
		_host("h2", _good),
		_host("h3", object.union(_good, {"max_age_over_90": ["other"]})),
	])
}

test_missing_passwords_max_age_over_90_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		_host("h1", object.remove(_good, ["max_age_over_90"])),
		{"id": "h2", "name": "h2"},
		_host("h3", "passwords"),
		_host("ok", _good),
	])
}

test_null_passwords_max_age_over_90_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"max_age_over_90": null})),
		_host("h2", null),
		_host("ok", _good),
	])
}

# A scalar where the list belongs is denied for that host only (it used to raise in regorus).
test_wrong_type_max_age_over_90_fails_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"bool", "str", "obj", "items", "bad"} with input as t.inventory("host", [
		_host("bool", object.union(_good, {"max_age_over_90": true})),
		_host("str", object.union(_good, {"max_age_over_90": "alice"})),
		_host("obj", object.union(_good, {"max_age_over_90": {"a": "alice"}})),
		_host("items", object.union(_good, {"max_age_over_90": [1, null]})),
		_host("bad", object.union(_good, {"max_age_over_90": ["alice"]})),
		_host("ok", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
