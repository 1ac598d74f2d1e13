# Shared helpers for the IaC controls (policies/iac/): checkov results as iac_check resources.
package hipaa.lib.iac

import rego.v1

# Every iac_check that did not pass, as a deny entry. A check passes only with result
# "passed"; a skipped check is left to evaluation (it becomes `waived` with the skip
# comment's reason) only when the collector recorded that reason; a missing or unknown
# result denies (missing evidence never passes). Each IaC control's METADATA `scope`
# decides which of these entries it judges.
not_passed contains {"id": c.id, "msg": message(c)} if {
	some c in input.resources.iac_check
	not _passed(c)
	not _suppressed(c)
}

# The same entries, limited to the checks of one control: the iac_check resources whose
# scope field (check_id) is listed in the control's METADATA `scope`, which evaluation
# passes to the engine as data.hipaa_scope[<control id>]. Without that data (a test, an
# engine that was not given it) every entry is returned, and evaluation still scopes the
# findings: slower, never laxer.
not_passed_in(control) := entries if {
	scope := data.hipaa_scope[control]
	allowed := {v | some v in scope["in"]}
	entries := {{"id": c.id, "msg": message(c)} |
		some c in input.resources.iac_check
		object.get(c, scope.field, null) in allowed
		not _passed(c)
		not _suppressed(c)
	}
}

not_passed_in(control) := not_passed if not data.hipaa_scope[control]

_passed(c) if c.result == "passed"

_suppressed(c) if {
	c.result == "skipped"
	is_string(c.suppressed.reason)
}

# "aws_s3_bucket.scratch (storage.tf:41) fails CKV_AWS_145: Ensure that S3 buckets are encrypted with KMS by default."
message(c) := sprintf("%s (%s:%v) fails %s: %s.", [
	object.get(c, "resource_address", c.id),
	object.get(c, "file", "?"),
	object.get(c, "start_line", "?"),
	object.get(c, "check_id", "?"),
	trim_right(object.get(c, "check_name", "no check name"), "."),
])
