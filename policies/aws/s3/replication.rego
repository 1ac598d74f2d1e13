# METADATA
# title: S3 buckets are replicated
# description: Replication keeps a copy of every new object in another bucket (another region for disaster recovery), so one bucket's loss does not lose the data.
# custom:
#   id: AWS-S3-11
#   severity: low
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)"]
#   resource_type: aws_s3_bucket
#   evidence: [replication]
#   remediation: Add a replication configuration with an enabled rule to a bucket in another region.
package hipaa.aws.s3.replication

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("S3 bucket %s is not replicated.", [res.label(r)])} if {
	some r in input.resources.aws_s3_bucket
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("S3 bucket %s: its replication configuration could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_s3_bucket
	not _known(r)
}

_known(r) if {
	is_object(r.replication)
	is_boolean(r.replication.enabled)
}

_ok(r) if {
	r.replication.enabled == true
}
