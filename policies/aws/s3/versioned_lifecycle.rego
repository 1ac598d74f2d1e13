# METADATA
# title: Versioned S3 buckets have a lifecycle policy
# description: A lifecycle policy decides how long old versions of ePHI objects are kept and when they expire, so the retention the entity chose is applied rather than left to chance.
# custom:
#   id: AWS-S3-14
#   severity: low
#   hipaa: ["164.308(a)(7)(ii)(A)"]
#   resource_type: aws_s3_bucket
#   evidence: [versioning, lifecycle_rules]
#   remediation: Add a lifecycle configuration with at least one enabled rule (e.g. expire or transition noncurrent versions).
package hipaa.aws.s3.versioned_lifecycle

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("S3 bucket %s is versioned but has no enabled lifecycle rule.", [res.label(r)])} if {
	some r in input.resources.aws_s3_bucket
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("S3 bucket %s: its versioning or lifecycle configuration could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_s3_bucket
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "Versioning has never been enabled on the bucket."} if {
	some r in input.resources.aws_s3_bucket
	_na(r)
}

_na(r) if {
	r.versioning == "Disabled"
}

_known(r) if {
	r.versioning in {"Enabled", "Suspended"}
	is_object(r.lifecycle_rules)
	is_number(r.lifecycle_rules.enabled)
}

_ok(r) if {
	r.lifecycle_rules.enabled > 0
}
