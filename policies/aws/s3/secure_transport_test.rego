package hipaa.aws.s3.secure_transport_test

import data.hipaa.aws.s3.secure_transport as policy
import rego.v1

_bucket(p) := {"resources": {"aws_s3_bucket": [{"id": "b", "name": "b", "policy": p}]}}

test_deny_statement_passes if {
	count(policy.deny) == 0 with input as _bucket({"present": true, "denies_insecure_transport": true})
}

test_policy_without_tls_statement_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b has no policy that denies requests made without TLS."}} with input as _bucket({"present": true, "denies_insecure_transport": false})
}

test_no_policy_fails if {
	count(policy.deny) == 1 with input as _bucket({"present": false})
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_s3_bucket": [{"id": "b", "name": "b"}]}}
}
