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

import rego.v1

deny contains {"id": d.id, "msg": sprintf("API Gateway domain %s allows TLS older than 1.2 (%v).", [d.name, object.get(d, "security_policy", "unknown")])} if {
	some d in input.resources.aws_apigateway_domain
	not _tls12(d)
}

_tls12(d) if d.security_policy == "TLS_1_2"

_tls12(d) if startswith(d.security_policy, "SecurityPolicy_TLS13")

_tls12(d) if startswith(d.security_policy, "SecurityPolicy_TLS12")
