# METADATA
# title: The audit plugin logs queries
# description: >-
#   An audit plugin records reads and changes of records: MariaDB's server_audit with
#   server_audit_logging ON and server_audit_events empty (every class) or including
#   QUERY/QUERY_DML/QUERY_DML_NO_SELECT/TABLE; or MySQL Enterprise audit_log with audit_log_policy
#   ALL or QUERIES.
# custom:
#   id: DB-MY-13
#   severity: high
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: mysql_server
#   evidence: [plugins, server_audit_logging, server_audit_events, audit_log_policy]
#   evidence_optional:
#     server_audit_logging: "absent unless MariaDB's server_audit plugin is loaded; audit_log decides then"
#     server_audit_events: "absent unless MariaDB's server_audit plugin is loaded; audit_log decides then"
#     audit_log_policy: "absent unless MySQL's audit_log plugin is loaded; server_audit decides then"
#   remediation: >-
#     MariaDB: plugin_load_add = server_audit, server_audit_logging = ON, server_audit_events =
#     CONNECT,QUERY_DML,QUERY_DDL (or TABLE). MySQL Enterprise: audit_log with audit_log_policy =
#     ALL.
package hipaa.db.mysql.audit_queries

import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: no audit plugin logs reads and changes of records.", [r.id])} if {
	some r in input.resources.mysql_server
	not _server_audit(r)
	not _audit_log(r)
}

_active(r, name) if {
	is_array(r.plugins)
	some p in r.plugins
	p == name
}

_server_audit(r) if {
	_active(r, "server_audit")
	r.server_audit_logging == true
	is_string(r.server_audit_events)
	_events_cover(r.server_audit_events)
}

_events_cover(e) if trim_space(e) == ""

_events_cover(e) if {
	some c in split(upper(e), ",")
	trim_space(c) in {"QUERY", "QUERY_DML", "QUERY_DML_NO_SELECT", "TABLE"}
}

_audit_log(r) if {
	_active(r, "audit_log")
	r.audit_log_policy in {"ALL", "QUERIES"}
}
