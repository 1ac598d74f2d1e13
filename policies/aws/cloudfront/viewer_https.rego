# METADATA
# title: CloudFront distributions require HTTPS from viewers
# description: Every cache behaviour uses https-only or redirect-to-https.
# custom:
#   id: AWS-CF-01
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: aws_cloudfront_distribution
#   evidence: [viewer_protocol_policies]
#   remediation: Set ViewerProtocolPolicy to redirect-to-https (or https-only) on every cache behaviour.
package hipaa.aws.cloudfront.viewer_https

import rego.v1

deny contains {"id": d.id, "msg": sprintf("CloudFront distribution %s lets viewers use plain HTTP.", [d.name])} if {
	some d in input.resources.aws_cloudfront_distribution
	not _https_only(d)
}

_https_only(d) if {
	count(d.viewer_protocol_policies) > 0
	every p in d.viewer_protocol_policies {
		p in {"https-only", "redirect-to-https"}
	}
}
