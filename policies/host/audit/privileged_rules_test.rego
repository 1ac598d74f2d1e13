package hipaa.host.audit.privileged_rules_test

import data.hipaa.host.audit.privileged_rules as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"audit_rules": {
			"watches": [
				{
					"path": "/etc/passwd",
					"perms": "wa"
				},
				{
					"path": "/etc/group",
					"perms": "wa"
				},
				{
					"path": "/etc/shadow",
					"perms": "wa"
				},
				{
					"path": "/etc/gshadow",
					"perms": "wa"
				},
				{
					"path": "/etc/security/opasswd",
					"perms": "wa"
				},
				{
					"path": "/etc/sudoers",
					"perms": "wa"
				},
				{
					"path": "/etc/sudoers.d",
					"perms": "wa"
				},
				{
					"path": "/var/log/lastlog",
					"perms": "wa"
				},
				{
					"path": "/var/run/faillock",
					"perms": "wa"
				},
				{
					"path": "/var/run/utmp",
					"perms": "wa"
				},
				{
					"path": "/var/log/wtmp",
					"perms": "wa"
				},
				{
					"path": "/var/log/btmp",
					"perms": "wa"
				},
				{
					"path": "/etc/localtime",
					"perms": "wa"
				},
				{
					"path": "/usr/bin/sudo",
					"perms": "x"
				},
				{
					"path": "/usr/bin/su",
					"perms": "x"
				}
			],
			"syscalls": [
				"adjtimex",
				"clock_settime",
				"settimeofday"
			],
			"rule_count": 17,
			"loaded_rule_count": 17,
			"sources": [
				"/etc/audit/rules.d/hipaa.rules"
			]
		}
	}]}}
}

test_bin_su_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"audit_rules": {
			"watches": [
				{
					"path": "/etc/passwd",
					"perms": "wa"
				},
				{
					"path": "/etc/group",
					"perms": "wa"
				},
				{
					"path": "/etc/shadow",
					"perms": "wa"
				},
				{
					"path": "/etc/gshadow",
					"perms": "wa"
				},
				{
					"path": "/etc/security/opasswd",
					"perms": "wa"
				},
				{
					"path": "/etc/sudoers",
					"perms": "wa"
				},
				{
					"path": "/etc/sudoers.d",
					"perms": "wa"
				},
				{
					"path": "/var/log/lastlog",
					"perms": "wa"
				},
				{
					"path": "/var/run/faillock",
					"perms": "wa"
				},
				{
					"path": "/var/run/utmp",
					"perms": "wa"
				},
				{
					"path": "/var/log/wtmp",
					"perms": "wa"
				},
				{
					"path": "/var/log/btmp",
					"perms": "wa"
				},
				{
					"path": "/etc/localtime",
					"perms": "wa"
				},
				{
					"path": "/usr/bin/sudo",
					"perms": "x"
				},
				{
					"path": "/bin/su",
					"perms": "x"
				}
			],
			"syscalls": [
				"adjtimex",
				"clock_settime",
				"settimeofday"
			],
			"rule_count": 17,
			"loaded_rule_count": 17,
			"sources": [
				"/etc/audit/rules.d/hipaa.rules"
			]
		}
	}]}}
}

test_no_sudo_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no audit rule records executions of sudo."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"audit_rules": {
			"watches": [
				{
					"path": "/etc/passwd",
					"perms": "wa"
				},
				{
					"path": "/etc/group",
					"perms": "wa"
				},
				{
					"path": "/etc/shadow",
					"perms": "wa"
				},
				{
					"path": "/etc/gshadow",
					"perms": "wa"
				},
				{
					"path": "/etc/security/opasswd",
					"perms": "wa"
				},
				{
					"path": "/etc/sudoers",
					"perms": "wa"
				},
				{
					"path": "/etc/sudoers.d",
					"perms": "wa"
				},
				{
					"path": "/var/log/lastlog",
					"perms": "wa"
				},
				{
					"path": "/var/run/faillock",
					"perms": "wa"
				},
				{
					"path": "/var/run/utmp",
					"perms": "wa"
				},
				{
					"path": "/var/log/wtmp",
					"perms": "wa"
				},
				{
					"path": "/var/log/btmp",
					"perms": "wa"
				},
				{
					"path": "/etc/localtime",
					"perms": "wa"
				},
				{
					"path": "/usr/bin/su",
					"perms": "x"
				}
			],
			"syscalls": [
				"adjtimex",
				"clock_settime",
				"settimeofday"
			],
			"rule_count": 17,
			"loaded_rule_count": 17,
			"sources": [
				"/etc/audit/rules.d/hipaa.rules"
			]
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"audit_rules": {
			"watches": [
				{
					"path": "/etc/passwd",
					"perms": "wa"
				},
				{
					"path": "/etc/group",
					"perms": "wa"
				},
				{
					"path": "/etc/shadow",
					"perms": "wa"
				},
				{
					"path": "/etc/gshadow",
					"perms": "wa"
				},
				{
					"path": "/etc/security/opasswd",
					"perms": "wa"
				},
				{
					"path": "/etc/sudoers",
					"perms": "wa"
				},
				{
					"path": "/etc/sudoers.d",
					"perms": "wa"
				},
				{
					"path": "/var/log/lastlog",
					"perms": "wa"
				},
				{
					"path": "/var/run/faillock",
					"perms": "wa"
				},
				{
					"path": "/var/run/utmp",
					"perms": "wa"
				},
				{
					"path": "/var/log/wtmp",
					"perms": "wa"
				},
				{
					"path": "/var/log/btmp",
					"perms": "wa"
				},
				{
					"path": "/etc/localtime",
					"perms": "wa"
				},
				{
					"path": "/usr/bin/sudo",
					"perms": "x"
				},
				{
					"path": "/usr/bin/su",
					"perms": "x"
				}
			],
			"syscalls": [
				"adjtimex",
				"clock_settime",
				"settimeofday"
			],
			"rule_count": 17,
			"loaded_rule_count": 17,
			"sources": [
				"/etc/audit/rules.d/hipaa.rules"
			]
		}
	}]}}
}

test_write_only_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"audit_rules": {
			"watches": [
				{
					"path": "/etc/passwd",
					"perms": "wa"
				},
				{
					"path": "/etc/group",
					"perms": "wa"
				},
				{
					"path": "/etc/shadow",
					"perms": "wa"
				},
				{
					"path": "/etc/gshadow",
					"perms": "wa"
				},
				{
					"path": "/etc/security/opasswd",
					"perms": "wa"
				},
				{
					"path": "/etc/sudoers",
					"perms": "wa"
				},
				{
					"path": "/etc/sudoers.d",
					"perms": "wa"
				},
				{
					"path": "/var/log/lastlog",
					"perms": "wa"
				},
				{
					"path": "/var/run/faillock",
					"perms": "wa"
				},
				{
					"path": "/var/run/utmp",
					"perms": "wa"
				},
				{
					"path": "/var/log/wtmp",
					"perms": "wa"
				},
				{
					"path": "/var/log/btmp",
					"perms": "wa"
				},
				{
					"path": "/etc/localtime",
					"perms": "wa"
				},
				{
					"path": "/usr/bin/sudo",
					"perms": "x"
				},
				{
					"path": "/usr/bin/su",
					"perms": "wa"
				}
			],
			"syscalls": [
				"adjtimex",
				"clock_settime",
				"settimeofday"
			],
			"rule_count": 17,
			"loaded_rule_count": 17,
			"sources": [
				"/etc/audit/rules.d/hipaa.rules"
			]
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"audit_rules": {
			"watches": [
				{
					"path": "/etc/passwd",
					"perms": "wa"
				},
				{
					"path": "/etc/group",
					"perms": "wa"
				},
				{
					"path": "/etc/shadow",
					"perms": "wa"
				},
				{
					"path": "/etc/gshadow",
					"perms": "wa"
				},
				{
					"path": "/etc/security/opasswd",
					"perms": "wa"
				},
				{
					"path": "/etc/sudoers",
					"perms": "wa"
				},
				{
					"path": "/etc/sudoers.d",
					"perms": "wa"
				},
				{
					"path": "/var/log/lastlog",
					"perms": "wa"
				},
				{
					"path": "/var/run/faillock",
					"perms": "wa"
				},
				{
					"path": "/var/run/utmp",
					"perms": "wa"
				},
				{
					"path": "/var/log/wtmp",
					"perms": "wa"
				},
				{
					"path": "/var/log/btmp",
					"perms": "wa"
				},
				{
					"path": "/etc/localtime",
					"perms": "wa"
				},
				{
					"path": "/usr/bin/sudo",
					"perms": "x"
				},
				{
					"path": "/usr/bin/su",
					"perms": "x"
				}
			],
			"syscalls": [
				"adjtimex",
				"clock_settime",
				"settimeofday"
			],
			"rule_count": 17,
			"loaded_rule_count": 17,
			"sources": [
				"/etc/audit/rules.d/hipaa.rules"
			]
		}
	}]}}
}

test_missing_audit_rules_watches_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"audit_rules": {
			"syscalls": [
				"adjtimex",
				"clock_settime",
				"settimeofday"
			],
			"rule_count": 17,
			"loaded_rule_count": 17,
			"sources": [
				"/etc/audit/rules.d/hipaa.rules"
			]
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
