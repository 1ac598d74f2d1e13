package hipaa.host.patching.security_updates_test

import data.hipaa.host.patching.security_updates as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, patching) := {"id": id, "name": id, "tags": {}, "patching": patching}

_good := {"pending_security": 0, "metadata_age_days": 1}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_metadata_7_days_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("h1", object.union(_good, {"metadata_age_days": 7})),
		_host("h2", _good),
	])
}

test_pending_2_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"pending_security": 2})),
		_host("h2", _good),
	])
}

test_stale_metadata_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"metadata_age_days": 40})),
		_host("h2", _good),
	])
}

test_missing_patching_pending_security_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["pending_security"])), _host("h2", _good)])
}

test_null_patching_pending_security_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"pending_security": null})), _host("h2", _good)])
}

test_wrong_type_patching_pending_security_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"pending_security": "0"})), _host("h2", _good)])
}

test_missing_patching_metadata_age_days_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["metadata_age_days"])), _host("h2", _good)])
}

test_null_patching_metadata_age_days_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"metadata_age_days": null})), _host("h2", _good)])
}

test_wrong_type_patching_metadata_age_days_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"metadata_age_days": "1"})), _host("h2", _good)])
}

test_missing_patching_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", null),
		_host("h3", "patching"),
		_host("ok", _good),
	])
}

test_message if {
	policy.deny == {{"id": "h1", "msg": "Host h1: 2 security updates are pending."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"pending_security": 2})),
		_host("h2", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
