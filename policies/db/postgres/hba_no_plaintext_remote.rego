# METADATA
# title: pg_hba.conf admits remote clients only over TLS
# description: >-
#   No 'host' or 'hostnossl' rule of the effective pg_hba.conf (pg_hba_file_rules) matches a non-
#   loopback address: remote clients must match 'hostssl' rules, so ePHI never crosses the network
#   in clear text.
# custom:
#   id: DB-PG-02
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: postgres_server
#   evidence: [hba_rules]
#   remediation: >-
#     Change the remote 'host' lines of pg_hba.conf to 'hostssl' (and remove 'hostnossl' lines),
#     then reload.
package hipaa.db.postgres.hba_no_plaintext_remote

import data.hipaa.lib.db as db
import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: pg_hba.conf line %s (%s %s) admits remote clients without TLS.", [r.id, line, kind, address])} if {
	some r in input.resources.postgres_server
	is_array(r.hba_rules)
	some rule in r.hba_rules
	is_object(rule)
	kind := rule.type
	_plaintext_type(kind)
	address := rule.address
	db.remote_hba_address(address)
	line := res.text(object.get(rule, "line_number", null))
}

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: the pg_hba rules are not reported.", [r.id])} if {
	some r in input.resources.postgres_server
	not _hba_rules_listed(r)
}

_hba_rules_listed(r) if {
	is_array(r.hba_rules)
	count(r.hba_rules) > 0
}

_plaintext_type(t) if t == "host"

_plaintext_type(t) if t == "hostnossl"
