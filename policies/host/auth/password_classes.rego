# METADATA
# title: Passwords mix character classes
# description: >-
#   pwquality must require all four character classes (minclass 4, or dcredit, ucredit, lcredit and ocredit all -1 or lower).
# custom:
#   id: HOST-AUTH-02
#   severity: low
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [pwquality.minclass, pwquality.dcredit, pwquality.ucredit, pwquality.lcredit, pwquality.ocredit]
#   remediation: >-
#     Set 'minclass = 4' in /etc/security/pwquality.conf.
package hipaa.host.auth.password_classes

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: passwords need only %v character classes; require all 4.", [h.id, lib.value(h, ["pwquality", "minclass"])])} if {
	some h in input.resources.host
	not _classes(h.pwquality)
}

_classes(p) if {
	is_number(p.minclass)
	p.minclass >= 4
}

_classes(p) if {
	every k in ["dcredit", "ucredit", "lcredit", "ocredit"] {
		is_number(p[k])
		p[k] <= -1
	}
}
