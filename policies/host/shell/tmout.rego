# METADATA
# title: Login shells log out after 15 idle minutes
# description: >-
#   A readonly, exported TMOUT of at most 900 seconds, set for login shells, ends idle terminal sessions (automatic logoff); a TMOUT that is not readonly can be unset by the user, and one not exported does not reach the shells started from the login shell.
# custom:
#   id: HOST-SHELL-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iii)"]
#   resource_type: host
#   evidence: [shell_timeout.tmout, shell_timeout.readonly, shell_timeout.exported]
#   related_rules: ["SSG:accounts_tmout", "CIS:5.5.5 Ensure default user shell timeout is 900 seconds or less"]
#   remediation: >-
#     Add 'TMOUT=900; readonly TMOUT; export TMOUT' to /etc/profile.d/tmout.sh.
package hipaa.host.shell.tmout

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: shell TMOUT is %v; it must be 1 to 900 seconds.", [h.id, lib.value(h, ["shell_timeout", "tmout"])])} if {
	some h in input.resources.host
	not _ok(h)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: shell TMOUT is not readonly, so a user can unset it.", [h.id])} if {
	some h in input.resources.host
	not h.shell_timeout.readonly == true
}

_ok(h) if {
	is_number(h.shell_timeout.tmout)
	h.shell_timeout.tmout > 0
	h.shell_timeout.tmout <= 900
}

deny contains {"id": h.id, "msg": sprintf("Host %s: shell TMOUT is not exported, so shells started from the login shell have no timeout.", [h.id])} if {
	some h in input.resources.host
	not h.shell_timeout.exported == true
}
