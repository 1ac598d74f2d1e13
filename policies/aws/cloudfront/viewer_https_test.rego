package hipaa.aws.cloudfront.viewer_https_test

import data.hipaa.aws.cloudfront.viewer_https as policy
import rego.v1

test_redirect_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_cloudfront_distribution": [{"id": "r1", "name": "n1", "viewer_protocol_policies": ["redirect-to-https", "https-only"]}]}}
}

test_allow_all_fails if {
	policy.deny == {{"id": "r1", "msg": "CloudFront distribution n1 lets viewers use plain HTTP."}} with input as {"resources": {"aws_cloudfront_distribution": [{"id": "r1", "name": "n1", "viewer_protocol_policies": ["allow-all", "https-only"]}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_cloudfront_distribution": [{"id": "r1", "name": "n1"}]}}
}
