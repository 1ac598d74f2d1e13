# METADATA
# title: CloudFront distributions require TLS 1.2 or later from viewers
# description: "The viewer certificate's minimum protocol version is TLSv1.2_2018 or newer (a custom certificate: the default *.cloudfront.net certificate allows TLS 1.0)."
# custom:
#   id: AWS-CF-02
#   severity: high
#   hipaa: ["164.312(e)(2)(ii)", "164.312(e)(2)(i)"]
#   resource_type: aws_cloudfront_distribution
#   evidence: [minimum_protocol_version, default_certificate]
#   remediation: Use an ACM certificate with SNI and MinimumProtocolVersion TLSv1.2_2021.
package hipaa.aws.cloudfront.min_tls12

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": d.id, "msg": sprintf("CloudFront distribution %s uses the default *.cloudfront.net certificate, which accepts TLS 1.0.", [res.label(d)])} if {
	some d in input.resources.aws_cloudfront_distribution
	d.default_certificate == true
}

deny contains {"id": d.id, "msg": sprintf("CloudFront distribution %s accepts viewer TLS older than 1.2 (%s).", [res.label(d), version])} if {
	some d in input.resources.aws_cloudfront_distribution
	d.default_certificate == false
	version := d.minimum_protocol_version
	_known(version)
	not _tls12(version)
}

deny contains {"id": d.id, "msg": sprintf("CloudFront distribution %s: its viewer certificate could not be read.", [res.label(d)])} if {
	some d in input.resources.aws_cloudfront_distribution
	not _readable(d)
}

_readable(d) if d.default_certificate == true

_readable(d) if {
	d.default_certificate == false
	_known(d.minimum_protocol_version)
}

_known(version) if {
	is_string(version)
	version != ""
}

_tls12(version) if startswith(version, "TLSv1.2_")

_tls12(version) if startswith(version, "TLSv1.3")
