package hipaa.host.auth.sudo_log_test

import data.hipaa.host.auth.sudo_log as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sudo": {"logfile": "/var/log/sudo.log", "log_server": null}}])
}

test_no_log_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sudo": {"logfile": null, "log_server": null}}, {"id": "h2", "name": "h2", "tags": {}, "sudo": {"logfile": "/var/log/sudo.log", "log_server": null}}])
}

test_empty_log_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sudo": {"logfile": "", "log_server": null}}, {"id": "h2", "name": "h2", "tags": {}, "sudo": {"logfile": "/var/log/sudo.log", "log_server": null}}])
}

test_log_wrong_type_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "sudo": {"logfile": 5, "log_server": null}}, {"id": "h2", "name": "h2", "tags": {}, "sudo": {"logfile": "/var/log/sudo.log", "log_server": null}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "sudo": null}, {"id": "h3", "name": "h3", "tags": {}, "sudo": "x"}, {"id": "ok", "name": "ok", "tags": {}, "sudo": {"logfile": "/var/log/sudo.log", "log_server": null}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "sudo": {"logfile": "/var/log/sudo.log", "log_server": null}}, {"id": "b", "name": "b", "tags": {}, "sudo": {"logfile": null, "log_server": null}}, {"id": "c", "name": "c", "tags": {}, "sudo": {"logfile": "/var/log/sudo.log", "log_server": null}}, {"id": "d", "name": "d", "tags": {}, "sudo": {"logfile": null, "log_server": null}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_log_server_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "sudo": {"logfile": null, "log_server": "logs:30344"}}])
}
