package hipaa.host.audit.remote_logging_test

import data.hipaa.host.audit.remote_logging as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, fwd) := {"id": id, "name": id, "tags": {}, "log_forwarding": fwd}

_none := {
	"rsyslog_targets": [],
	"rsyslog_active": true,
	"journal_upload_url": null,
	"journal_upload_active": false,
	"audisp_remote_active": false,
}

_rsyslog := object.union(_none, {"rsyslog_targets": ["logs.example.org"]})

_journal := object.union(_none, {"journal_upload_url": "https://logs.example.org:19532", "journal_upload_active": true})

_audisp := object.union(_none, {"audisp_remote_active": true})

test_each_forwarder_alone_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [
		_host("rsyslog", _rsyslog),
		_host("journal", _journal),
		_host("audisp", _audisp),
		# audisp-remote is not read (null) when another forwarder already runs
		_host("rsyslog-audisp-unread", object.union(_rsyslog, {"audisp_remote_active": null})),
	])
}

test_no_forwarder_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no log forwarding to a remote collector is configured and running."}} with input as t.inventory("host", [
		_host("h1", _none),
		_host("h2", _rsyslog),
	])
}

test_configured_but_stopped_fails if {
	t.ids(policy.deny) == {"rsyslog", "journal"} with input as t.inventory("host", [
		_host("rsyslog", object.union(_rsyslog, {"rsyslog_active": false})),
		_host("journal", object.union(_journal, {"journal_upload_active": false})),
		_host("ok", _audisp),
	])
}

test_running_but_not_configured_fails if {
	t.ids(policy.deny) == {"journal", "rsyslog"} with input as t.inventory("host", [
		_host("journal", object.union(_journal, {"journal_upload_url": ""})),
		_host("rsyslog", object.union(_none, {"rsyslog_targets": [""]})),
		_host("ok", _rsyslog),
	])
}

test_missing_log_forwarding_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		{"id": "h1", "name": "h1"},
		_host("h2", {}),
		_host("h3", object.remove(_audisp, ["audisp_remote_active"])),
		_host("ok", _journal),
	])
}

test_null_log_forwarding_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		_host("h1", null),
		_host("h2", object.union(_rsyslog, {"rsyslog_targets": null})),
		_host("h3", object.union(_rsyslog, {"rsyslog_active": null})),
		_host("ok", _journal),
	])
}

test_wrong_types_fail_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"targets-str", "targets-bool", "targets-items", "active-str", "url-num", "audisp-str"} with input as t.inventory("host", [
		_host("targets-str", object.union(_rsyslog, {"rsyslog_targets": "logs.example.org"})),
		_host("targets-bool", object.union(_rsyslog, {"rsyslog_targets": true})),
		_host("targets-items", object.union(_rsyslog, {"rsyslog_targets": [1, null]})),
		_host("active-str", object.union(_rsyslog, {"rsyslog_active": "yes"})),
		_host("url-num", object.union(_journal, {"journal_upload_url": 19532})),
		_host("audisp-str", object.union(_audisp, {"audisp_remote_active": "yes"})),
		_host("ok", _rsyslog),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
