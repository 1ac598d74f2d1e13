# METADATA
# title: API Gateway custom domains require TLS 1.2
# description: The domain's security policy is TLS_1_2 (or a newer TLS 1.2+ policy).
# custom:
#   id: AWS-APIGW-01
#   severity: high
#   hipaa: ["164.312(e)(2)(ii)", "164.312(e)(2)(i)"]
#   resource_type: aws_apigateway_domain
#   evidence: [security_policy]
#   remediation: Update the custom domain's security policy to TLS_1_2.
package hipaa.aws.apigateway.domain_tls12

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": d.id, "msg": sprintf("API Gateway domain %s allows TLS older than 1.2 (%s).", [res.label(d), p])} if {
	some d in input.resources.aws_apigateway_domain
	p := d.security_policy
	_readable(d)
	not _tls12(p)
}

deny contains {"id": d.id, "msg": sprintf("API Gateway domain %s: its security policy could not be read.", [res.label(d)])} if {
	some d in input.resources.aws_apigateway_domain
	not _readable(d)
}

_readable(d) if {
	is_string(d.security_policy)
	d.security_policy != ""
}

_tls12(p) if p == "TLS_1_2"

_tls12(p) if startswith(p, "SecurityPolicy_TLS13")

_tls12(p) if startswith(p, "SecurityPolicy_TLS12")
