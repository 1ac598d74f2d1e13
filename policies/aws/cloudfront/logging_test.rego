package hipaa.aws.cloudfront.logging_test

import data.hipaa.aws.cloudfront.logging as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_cloudfront_distribution": [{"id": "r1", "name": "n1", "logging": true}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "CloudFront distribution n1 writes no access logs."}} with input as {"resources": {"aws_cloudfront_distribution": [{"id": "r1", "name": "n1", "logging": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_cloudfront_distribution": [{"id": "r1", "name": "n1"}]}}
}
