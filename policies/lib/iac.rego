# Shared helpers for the IaC controls (policies/iac/): checkov results as iac_check resources.
#
# Defined for any data shape under regorus and OPA: fields are type-checked before built-ins, no
# reference sits inside a `not`, and the messages go through helpers that always have a value.
package hipaa.lib.iac

import rego.v1

# Every iac_check that did not pass, as a deny entry. A check passes only with result
# "passed"; a skipped check is left to evaluation (it becomes `waived` with the skip
# comment's reason) only when the collector recorded that reason; a missing, null or unknown
# result denies (missing evidence never passes). Each IaC control's METADATA `scope`
# decides which of these entries it judges.
not_passed contains {"id": c.id, "msg": msg} if {
	some c in input.resources.iac_check
	not _passed(c)
	not _suppressed(c)
	msg := message(c)
}

# The same entries, limited to the checks of one control: the iac_check resources whose
# scope field (check_id) is listed in the control's METADATA `scope`, which evaluation
# passes to the engine as data.hipaa_scope[<control id>]. Without that data (a test, an
# engine that was not given it) every entry is returned, and evaluation still scopes the
# findings: slower, never laxer.
not_passed_in(control) := entries if {
	scope := data.hipaa_scope[control]
	allowed := {v | some v in scope["in"]}
	path := split(scope.field, ".")
	entries := {{"id": c.id, "msg": msg} |
		some c in input.resources.iac_check
		is_object(c)
		object.get(c, path, null) in allowed
		not _passed(c)
		not _suppressed(c)
		msg := message(c)
	}
}

not_passed_in(control) := not_passed if not data.hipaa_scope[control]

_passed(c) if c.result == "passed"

_suppressed(c) if {
	c.result == "skipped"
	is_string(c.suppressed.reason)
	trim_space(c.suppressed.reason) != ""
}

# "aws_s3_bucket.scratch (storage.tf:41) fails CKV_AWS_145: Ensure that S3 buckets are encrypted with KMS by default."
message(c) := sprintf("%s (%s:%s) %s %s%s: %s.", [
	_text(c, "resource_address", _id(c)),
	_text(c, "file", "?"),
	_text(c, "start_line", "?"),
	_verb(c),
	_text(c, "check_id", "?"),
	_why(c),
	trim_right(_text(c, "check_name", "no check name"), "."),
])

_verb(c) := "fails" if c.result == "failed"

_verb(c) := "skips" if c.result == "skipped"

_verb(c) := "has no valid checkov result for" if not _known_result(c)

_known_result(c) if c.result in {"failed", "skipped", "passed"}

_why(c) := " without a recorded reason" if c.result == "skipped"

_why(c) := "" if not c.result == "skipped"

_id(c) := c.id if is_string(c.id)

_id(c) := "unknown resource" if not _is_text(c, "id")

# A field's value for a message: the string, the integer as text, else the default.
_text(c, field, _) := c[field] if is_string(c[field])

_text(c, field, _) := format_int(c[field], 10) if is_number(c[field])

_text(c, field, fallback) := fallback if not _printable(c, field)

_printable(c, field) if is_string(c[field])

_printable(c, field) if is_number(c[field])

_is_text(c, field) if is_string(c[field])
