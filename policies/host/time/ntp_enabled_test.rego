package hipaa.host.time.ntp_enabled_test

import data.hipaa.host.time.ntp_enabled as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, time) := {"id": id, "name": id, "tags": {}, "time": time}

_good := {"ntp_enabled": true}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_disabled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"ntp_enabled": false})),
		_host("h2", _good),
	])
}

test_missing_time_ntp_enabled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["ntp_enabled"])), _host("h2", _good)])
}

test_null_time_ntp_enabled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"ntp_enabled": null})), _host("h2", _good)])
}

test_wrong_type_time_ntp_enabled_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"ntp_enabled": "yes"})), _host("h2", _good)])
}

test_missing_time_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "time"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no time synchronisation service is enabled."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"ntp_enabled": false})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
