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

import data.hipaa.lib.resource as res
import rego.v1

_https := {"https-only", "redirect-to-https"}

deny contains {"id": d.id, "msg": sprintf("CloudFront distribution %s lets viewers use plain HTTP (%s).", [res.label(d), concat(", ", plain)])} if {
	some d in input.resources.aws_cloudfront_distribution
	_readable(d)
	plain := sort([p | some p in d.viewer_protocol_policies; not p in _https])
	count(plain) > 0
}

deny contains {"id": d.id, "msg": sprintf("CloudFront distribution %s: its viewer protocol policies could not be read.", [res.label(d)])} if {
	some d in input.resources.aws_cloudfront_distribution
	not _readable(d)
}

# A non-empty list of policy names (every distribution has a default cache behaviour).
_readable(d) if {
	is_array(d.viewer_protocol_policies)
	count(d.viewer_protocol_policies) > 0
	every p in d.viewer_protocol_policies {
		is_string(p)
	}
}
