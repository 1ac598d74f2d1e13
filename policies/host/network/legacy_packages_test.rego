package hipaa.host.network.legacy_packages_test

import data.hipaa.host.network.legacy_packages as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, legacy_services) := {"id": id, "name": id, "tags": {}, "legacy_services": legacy_services}

_good := {"installed": []}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_listed_item_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: plaintext server package telnetd is installed."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"installed": ["telnetd"]})),
		_host("h2", _good),
	])
}

test_several_hosts_only_those_listing_items_fail if {
	t.ids(policy.deny) == {"h1", "h3"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"installed": ["telnetd", "other"]})),
		_host("h2", _good),
		_host("h3", object.union(_good, {"installed": ["other"]})),
	])
}

test_missing_legacy_services_installed_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		_host("h1", object.remove(_good, ["installed"])),
		{"id": "h2", "name": "h2"},
		_host("h3", "legacy_services"),
		_host("ok", _good),
	])
}

test_null_legacy_services_installed_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"installed": null})),
		_host("h2", null),
		_host("ok", _good),
	])
}

# A scalar where the list belongs is denied for that host only (it used to raise in regorus).
test_wrong_type_installed_fails_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"bool", "str", "obj", "items", "bad"} with input as t.inventory("host", [
		_host("bool", object.union(_good, {"installed": true})),
		_host("str", object.union(_good, {"installed": "telnetd"})),
		_host("obj", object.union(_good, {"installed": {"a": "telnetd"}})),
		_host("items", object.union(_good, {"installed": [1, null]})),
		_host("bad", object.union(_good, {"installed": ["telnetd"]})),
		_host("ok", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
