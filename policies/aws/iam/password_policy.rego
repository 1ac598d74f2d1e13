# METADATA
# title: The IAM password policy is strong
# description: Passwords of IAM users must be at least 14 characters with every character class, not reused within 24 changes, and changed at least every 90 days.
# custom:
#   id: AWS-IAM-04
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: aws_account
#   evidence: [password_policy]
#   remediation: Set an account password policy with minimum length 14, all four character classes, reuse prevention 24 and maximum age 90 days.
package hipaa.aws.iam.password_policy

import rego.v1

deny contains {"id": a.id, "msg": sprintf("The IAM password policy of account %s is weak: %s.", [a.id, concat("; ", sort(problems))])} if {
	some a in input.resources.aws_account
	problems := _problems(a)
	count(problems) > 0
}

_problems(a) := {"no password policy is set"} if {
	not a.password_policy.present == true
}

_problems(a) := {p | some p in _weaknesses(a.password_policy)} if {
	a.password_policy.present == true
}

_flags := {
	"require_uppercase": "upper-case letters not required",
	"require_lowercase": "lower-case letters not required",
	"require_numbers": "numbers not required",
	"require_symbols": "symbols not required",
}

_weaknesses(pp) := {msg | some flag, msg in _flags; not pp[flag] == true} | _length(pp) | _reuse(pp) | _age(pp)

_length(pp) := set() if _at_least(pp.minimum_length, 14)

else := {"minimum length below 14"}

_reuse(pp) := set() if _at_least(pp.reuse_prevention, 24)

else := {"fewer than 24 previous passwords prevented from reuse"}

_age(pp) := set() if _at_most(pp.max_age_days, 90)

else := {"passwords do not expire within 90 days"}

_at_least(v, n) if {
	is_number(v)
	v >= n
}

_at_most(v, n) if {
	is_number(v)
	v > 0
	v <= n
}
