# METADATA
# title: Changes to the system clock are audited
# description: >-
#   Audit rules must record adjtimex, settimeofday and clock_settime and watch /etc/localtime, so that timestamps in the trail can be trusted.
# custom:
#   id: HOST-AUDIT-07
#   severity: medium
#   hipaa: ["164.312(b)"]
#   resource_type: host
#   evidence: [audit_rules.syscalls, audit_rules.watches]
#   related_rules: ["SSG:audit_rules_time_adjtimex", "SSG:audit_rules_time_settimeofday", "SSG:audit_rules_time_clock_settime", "SSG:audit_rules_time_stime", "SSG:audit_rules_time_watch_localtime", "CIS:4.1.3.4 Ensure events that modify date and time information are collected"]
#   remediation: >-
#     Add '-a always,exit -F arch=b64 -S adjtimex,settimeofday,clock_settime -k time-change' and '-w /etc/localtime -p wa -k time-change'.
package hipaa.host.audit.time_rules

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no audit rule records the %s system call.", [h.id, s])} if {
	some h in input.resources.host
	is_array(h.audit_rules.syscalls)
	some s in ["adjtimex", "settimeofday", "clock_settime"]
	not _recorded(h, s)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: no audit rule watches /etc/localtime for writes.", [h.id])} if {
	some h in input.resources.host
	lib.watches_reported(h)
	not lib.watched(h, "/etc/localtime", "w")
}

deny contains {"id": h.id, "msg": sprintf("Host %s: audited system calls are not reported.", [h.id])} if {
	some h in input.resources.host
	not _syscalls_reported(h)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: audit rules are not reported.", [h.id])} if {
	some h in input.resources.host
	not lib.watches_reported(h)
}

_syscalls_reported(h) if is_array(h.audit_rules.syscalls)

_recorded(h, s) if {
	is_array(h.audit_rules.syscalls)
	some c in h.audit_rules.syscalls
	c == s
}
