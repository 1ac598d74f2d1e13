package hipaa.host.audit.time_rules_test

import data.hipaa.host.audit.time_rules as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, rules) := {"id": id, "name": id, "tags": {}, "audit_rules": rules}

_good := {
	"syscalls": ["adjtimex", "clock_settime", "settimeofday"],
	"watches": [{"path": "/etc/localtime", "perms": "wa", "recursive": true}],
}

test_all_recorded_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good)])
}

test_syscall_not_recorded_fails if {
	t.ids(policy.deny) == {"adjtimex", "settimeofday", "clock_settime"} with input as t.inventory("host", [
		_host("adjtimex", object.union(_good, {"syscalls": ["clock_settime", "settimeofday"]})),
		_host("settimeofday", object.union(_good, {"syscalls": ["adjtimex", "clock_settime"]})),
		_host("clock_settime", object.union(_good, {"syscalls": ["adjtimex", "settimeofday"]})),
		_host("ok", _good),
	])
}

test_message_names_the_syscall if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no audit rule records the settimeofday system call."}} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"syscalls": ["adjtimex", "clock_settime"]})),
		_host("h2", _good),
	])
}

test_localtime_not_watched_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"watches": []})),
		_host("h2", object.union(_good, {"watches": [{"path": "/etc/localtime", "perms": "r", "recursive": true}]})),
		_host("h3", object.union(_good, {"watches": [{"path": "/etc/localtime/", "perms": "wa"}]})),
	])
}

test_missing_audit_rules_syscalls_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", object.remove(_good, ["syscalls"])),
		{"id": "h2", "name": "h2"},
		_host("ok", _good),
	])
}

test_null_audit_rules_syscalls_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"syscalls": null})),
		_host("h2", null),
		_host("ok", _good),
	])
}

test_wrong_type_syscalls_fail_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"bool", "str", "items", "bad"} with input as t.inventory("host", [
		_host("bool", object.union(_good, {"syscalls": true})),
		_host("str", object.union(_good, {"syscalls": "adjtimex,settimeofday,clock_settime"})),
		_host("items", object.union(_good, {"syscalls": [1, null, {"a": "adjtimex"}]})),
		_host("bad", object.union(_good, {"syscalls": ["adjtimex"]})),
		_host("ok", _good),
	])
}

test_missing_audit_rules_watches_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.remove(_good, ["watches"])), _host("h2", _good)])
}

test_null_audit_rules_watches_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [_host("h1", object.union(_good, {"watches": null})), _host("h2", _good)])
}

test_wrong_type_watches_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", object.union(_good, {"watches": "/etc/localtime"})),
		_host("h2", object.union(_good, {"watches": [{"path": null, "perms": "wa"}, "/etc/localtime", 3]})),
		_host("h3", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
