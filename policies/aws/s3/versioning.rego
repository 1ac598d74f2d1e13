# METADATA
# title: S3 buckets keep object versions
# description: Versioning lets overwritten or deleted ePHI be recovered and protects its integrity.
# custom:
#   id: AWS-S3-02
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"]
#   resource_type: aws_s3_bucket
#   evidence: [versioning]
#   remediation: Enable versioning on the bucket (and a lifecycle rule to expire old versions if cost matters).
package hipaa.aws.s3.versioning

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": b.id, "msg": sprintf("Bucket %s does not have versioning enabled (%s).", [res.label(b), res.text(object.get(b, "versioning", null))])} if {
	some b in input.resources.aws_s3_bucket
	not b.versioning == "Enabled"
}
