# METADATA
# title: Accounts lock 30 days after the password expires
# description: >-
#   useradd's INACTIVE default (/etc/default/useradd) must be 0 to 30, so that a dormant account with an expired password is disabled.
# custom:
#   id: HOST-AUTH-22
#   severity: medium
#   hipaa: ["164.308(a)(3)(ii)(C)", "164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [useradd.inactive]
#   related_rules: ["SSG:account_disable_post_pw_expiration", "CIS:5.5.1.4 Ensure inactive password lock is 30 days or less"]
#   remediation: >-
#     useradd -D -f 30 (and chage --inactive 30 for existing users).
package hipaa.host.auth.inactive_lock

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: useradd INACTIVE must be 0 to 30 days (reported: %v).", [h.id, lib.value(h, ["useradd", "inactive"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_number(h.useradd.inactive)
	h.useradd.inactive >= 0
	h.useradd.inactive <= 30
}
