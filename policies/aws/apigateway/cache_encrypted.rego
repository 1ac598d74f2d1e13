# METADATA
# title: API Gateway stage caches are encrypted
# description: Responses cached by an API Gateway stage may hold ePHI; the cache must be encrypted at rest.
# custom:
#   id: AWS-APIGW-03
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: aws_apigateway_stage
#   evidence: [cache_encrypted]
#   remediation: Turn on cache data encryption in the stage's method settings (*/*/caching/dataEncrypted).
package hipaa.aws.apigateway.cache_encrypted

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("API Gateway stage %s does not encrypt its cache.", [res.label(r)])} if {
	some r in input.resources.aws_apigateway_stage
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("API Gateway stage %s: whether its cache is encrypted could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_apigateway_stage
	not _known(r)
}

_known(r) if {
	is_boolean(r.cache_encrypted)
}

_ok(r) if {
	r.cache_encrypted == true
}
