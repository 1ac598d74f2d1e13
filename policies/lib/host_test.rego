package hipaa.lib.host_test

import data.hipaa.lib.host as lib
import rego.v1

test_normal_path if {
	lib.normal_path("/etc/sudoers.d/") == "/etc/sudoers.d"
	lib.normal_path("/etc/sudoers.d//") == "/etc/sudoers.d"
	lib.normal_path("/etc/sudoers.d") == "/etc/sudoers.d"
	lib.normal_path("/var/run/utmp") == "/run/utmp"
	lib.normal_path("/var/run/") == "/run"
	lib.normal_path("/var/runner") == "/var/runner"
	lib.normal_path("/") == "/"
	not lib.normal_path(null)
	not lib.normal_path(5)
}

test_other_bits if {
	lib.other_bits("0640") == 0
	lib.other_bits("644") == 4
	not lib.other_bits("rw-r--r--")
	not lib.other_bits("")
	not lib.other_bits(null)
	not lib.other_bits(640)
	lib.no_other_access("0600")
	not lib.no_other_access("0601")
	not lib.no_other_access(null)
	lib.no_other_read("0711")
	not lib.no_other_read("0755")
	not lib.no_other_read("x")
}

_h(watches) := {"id": "h", "audit_rules": {"watches": watches}}

test_watched_exact_and_trailing_slash if {
	lib.watched(_h([{"path": "/etc/sudoers.d/", "perms": "wa"}]), "/etc/sudoers.d", "w")
	lib.watched(_h([{"path": "/etc/sudoers.d", "perms": "wa"}]), "/etc/sudoers.d/", "w")
	not lib.watched(_h([{"path": "/etc/sudoers.d", "perms": "r"}]), "/etc/sudoers.d", "w")
}

test_watched_by_recursive_parent_only if {
	lib.watched(_h([{"path": "/etc", "perms": "wa", "recursive": true}]), "/etc/passwd", "w")
	not lib.watched(_h([{"path": "/etc", "perms": "wa", "recursive": false}]), "/etc/passwd", "w")
	not lib.watched(_h([{"path": "/etc", "perms": "wa"}]), "/etc/passwd", "w")
	not lib.watched(_h([{"path": "/etc/pass", "perms": "wa", "recursive": true}]), "/etc/passwd", "w")
	not lib.watched(_h([{"path": "/", "perms": "wa", "recursive": true}]), "/etc/passwd", "w")
}

test_watched_var_run_is_run if {
	lib.watched(_h([{"path": "/run/utmp", "perms": "wa"}]), "/var/run/utmp", "w")
	lib.watched(_h([{"path": "/var/run/faillock/", "perms": "wa"}]), "/run/faillock", "w")
}

test_watched_odd_data_is_not_watched if {
	not lib.watched(_h(true), "/etc/passwd", "w")
	not lib.watched(_h("/etc/passwd"), "/etc/passwd", "w")
	not lib.watched(_h({"path": "/etc/passwd", "perms": "wa"}), "/etc/passwd", "w")
	not lib.watched(_h([null, 1, "/etc/passwd", {"path": "/etc/passwd", "perms": null}, {"path": null, "perms": "wa"}]), "/etc/passwd", "w")
	not lib.watched({"id": "h"}, "/etc/passwd", "w")
	not lib.watches_reported({"id": "h", "audit_rules": null})
	lib.watches_reported(_h([]))
}

test_pwquality_in_force if {
	lib.pwquality_in_force({"pwquality": {"in_pam": true, "enforcing": null}})
	lib.pwquality_in_force({"pwquality": {"in_pam": true}})
	lib.pwquality_in_force({"pwquality": {"in_pam": true, "enforcing": 1}})
	not lib.pwquality_in_force({"pwquality": {"in_pam": true, "enforcing": 0}})
	not lib.pwquality_in_force({"pwquality": {"in_pam": false}})
	not lib.pwquality_in_force({"pwquality": {"in_pam": "true"}})
	not lib.pwquality_in_force({"pwquality": {}})
	not lib.pwquality_in_force({})
}

test_string_list if {
	lib.string_list({"s": {"l": ["a", "b"]}}, ["s", "l"])
	lib.string_list({"s": {"l": []}}, ["s", "l"])
	not lib.string_list({"s": {"l": ["a", 1]}}, ["s", "l"])
	not lib.string_list({"s": {"l": "a"}}, ["s", "l"])
	not lib.string_list({"s": {"l": {"x": "a"}}}, ["s", "l"])
	not lib.string_list({"s": null}, ["s", "l"])
	not lib.string_list({}, ["s", "l"])
}

test_value if {
	lib.value({"a": {"b": 3}}, ["a", "b"]) == 3
	lib.value({"a": "x"}, ["a", "b"]) == "not reported"
	lib.value({}, ["a", "b"]) == "not reported"
	lib.value({"a": {"b": null}}, ["a", "b"]) == "not reported"
	lib.value({"a": {"b": false}}, ["a", "b"]) == false
}
