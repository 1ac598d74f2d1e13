# METADATA
# title: CloudFront distributions write access logs
# description: Viewer requests are logged.
# custom:
#   id: AWS-CF-03
#   severity: low
#   hipaa: ["164.312(b)"]
#   resource_type: aws_cloudfront_distribution
#   evidence: [logging]
#   remediation: Enable standard logging on the distribution to an S3 bucket.
package hipaa.aws.cloudfront.logging

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("CloudFront distribution %s writes no access logs.", [res.label(r)])} if {
	some r in input.resources.aws_cloudfront_distribution
	r.logging == false
}

deny contains {"id": r.id, "msg": sprintf("CloudFront distribution %s: whether it writes access logs could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_cloudfront_distribution
	not _readable(r)
}

_readable(r) if is_boolean(r.logging)
