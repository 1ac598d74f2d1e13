# METADATA
# title: Only root has user id 0
# description: >-
#   An account other than root with UID 0 is an unnamed superuser whose actions cannot be told apart from root's.
# custom:
#   id: HOST-AUTH-08
#   severity: critical
#   hipaa: ["164.312(a)(2)(i)"]
#   resource_type: host
#   evidence: [accounts.uid0]
#   related_rules: ["SSG:accounts_no_uid_except_zero", "CIS:6.2.10 Ensure root is the only UID 0 account"]
#   evidence_optional:
#     accounts.uid0: An empty list means no account, not even root, has user id 0, so no other account has it either.
#   remediation: >-
#     Give the account its own UID (usermod -u) or remove it.
package hipaa.host.auth.uid0

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: account %v has user id 0.", [h.id, u])} if {
	some h in input.resources.host
	lib.string_list(h, ["accounts", "uid0"])
	some u in h.accounts.uid0
	u != "root"
}

deny contains {"id": h.id, "msg": sprintf("Host %s: user id 0 accounts are not reported as a list of account names.", [h.id])} if {
	some h in input.resources.host
	not lib.string_list(h, ["accounts", "uid0"])
}
