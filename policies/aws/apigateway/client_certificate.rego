# METADATA
# title: API Gateway stages present a client certificate to the backend
# description: A client certificate lets the backend verify that requests come from API Gateway (the AWS Config pack's api-gw-ssl-enabled).
# custom:
#   id: AWS-APIGW-04
#   severity: low
#   hipaa: ["164.312(d)", "164.312(e)(1)"]
#   resource_type: aws_apigateway_stage
#   evidence: [client_certificate_id]
#   remediation: Generate a client certificate and set it on the stage (clientCertificateId); have the backend require it.
package hipaa.aws.apigateway.client_certificate

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("API Gateway stage %s presents no client certificate to its backend.", [res.label(r)])} if {
	some r in input.resources.aws_apigateway_stage
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("API Gateway stage %s: its client certificate could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_apigateway_stage
	not _known(r)
}

_known(r) if {
	is_string(r.client_certificate_id)
}

_known(r) if {
	r.client_certificate_id == null
}

_ok(r) if {
	is_string(r.client_certificate_id)
	r.client_certificate_id != ""
}
