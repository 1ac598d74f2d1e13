# METADATA
# title: S3 bucket policies deny requests without TLS
# description: A bucket policy statement must deny every request where aws:SecureTransport is false, so ePHI never travels in clear text.
# custom:
#   id: AWS-S3-04
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: aws_s3_bucket
#   evidence: [policy.denies_insecure_transport]
#   remediation: Add a bucket policy statement with Effect Deny, Principal "*", Action s3:*, and Condition Bool aws:SecureTransport false.
package hipaa.aws.s3.secure_transport

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": b.id, "msg": sprintf("Bucket %s has no policy that denies requests made without TLS.", [res.label(b)])} if {
	some b in input.resources.aws_s3_bucket
	not b.policy.denies_insecure_transport == true
}
