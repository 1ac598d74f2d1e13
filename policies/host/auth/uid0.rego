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
#   remediation: >-
#     Give the account its own UID (usermod -u) or remove it.
package hipaa.host.auth.uid0

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: account %s has user id 0.", [h.id, u])} if {
	some h in input.resources.host
	some u in h.accounts.uid0
	u != "root"
}

deny contains {"id": h.id, "msg": sprintf("Host %s: user id 0 accounts are not reported.", [h.id])} if {
	some h in input.resources.host
	not is_array(h.accounts.uid0)
}
