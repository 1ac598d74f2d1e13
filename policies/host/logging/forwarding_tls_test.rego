package hipaa.host.logging.forwarding_tls_test

import data.hipaa.host.logging.forwarding_tls as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "log_forwarding": {"forwarders": [{"via": "rsyslog", "target": "logs.example.org", "protocol": "tcp", "tls": true}]}}])
}

test_none_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "log_forwarding": {"forwarders": []}}, {"id": "h2", "name": "h2", "tags": {}, "log_forwarding": {"forwarders": [{"via": "rsyslog", "target": "logs.example.org", "protocol": "tcp", "tls": true}]}}])
}

test_plain_udp_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "log_forwarding": {"forwarders": [{"via": "rsyslog", "target": "logs", "protocol": "udp", "tls": false}]}}, {"id": "h2", "name": "h2", "tags": {}, "log_forwarding": {"forwarders": [{"via": "rsyslog", "target": "logs.example.org", "protocol": "tcp", "tls": true}]}}])
}

test_one_plain_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "log_forwarding": {"forwarders": [{"via": "rsyslog", "target": "logs", "protocol": "tcp", "tls": true}, {"via": "journal-upload", "target": "http://logs:19532", "protocol": "http", "tls": false}]}}, {"id": "h2", "name": "h2", "tags": {}, "log_forwarding": {"forwarders": [{"via": "rsyslog", "target": "logs.example.org", "protocol": "tcp", "tls": true}]}}])
}

test_missing_log_forwarding_forwarders_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "log_forwarding": {}}, {"id": "h2", "name": "h2", "tags": {}, "log_forwarding": {"forwarders": [{"via": "rsyslog", "target": "logs.example.org", "protocol": "tcp", "tls": true}]}}])
}

test_null_log_forwarding_forwarders_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "log_forwarding": {"forwarders": null}}, {"id": "h2", "name": "h2", "tags": {}, "log_forwarding": {"forwarders": [{"via": "rsyslog", "target": "logs.example.org", "protocol": "tcp", "tls": true}]}}])
}

test_wrong_type_log_forwarding_forwarders_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "log_forwarding": {"forwarders": "x"}}, {"id": "h2", "name": "h2", "tags": {}, "log_forwarding": {"forwarders": [{"via": "rsyslog", "target": "logs.example.org", "protocol": "tcp", "tls": true}]}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "log_forwarding": null}, {"id": "h3", "name": "h3", "tags": {}, "log_forwarding": "x"}, {"id": "ok", "name": "ok", "tags": {}, "log_forwarding": {"forwarders": [{"via": "rsyslog", "target": "logs.example.org", "protocol": "tcp", "tls": true}]}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "log_forwarding": {"forwarders": [{"via": "rsyslog", "target": "logs.example.org", "protocol": "tcp", "tls": true}]}}, {"id": "b", "name": "b", "tags": {}, "log_forwarding": {"forwarders": []}}, {"id": "c", "name": "c", "tags": {}, "log_forwarding": {"forwarders": [{"via": "rsyslog", "target": "logs.example.org", "protocol": "tcp", "tls": true}]}}, {"id": "d", "name": "d", "tags": {}, "log_forwarding": {"forwarders": []}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
