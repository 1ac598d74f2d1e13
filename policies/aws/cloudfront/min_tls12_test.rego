package hipaa.aws.cloudfront.min_tls12_test

import data.hipaa.aws.cloudfront.min_tls12 as policy
import rego.v1

test_tls12_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_cloudfront_distribution": [{"id": "r1", "name": "n1", "default_certificate": false, "minimum_protocol_version": "TLSv1.2_2021"}]}}
}

test_default_cert_fails if {
	policy.deny == {{"id": "r1", "msg": "CloudFront distribution n1 accepts viewer TLS older than 1.2 (TLSv1.2_2021)."}} with input as {"resources": {"aws_cloudfront_distribution": [{"id": "r1", "name": "n1", "default_certificate": true, "minimum_protocol_version": "TLSv1.2_2021"}]}}
}

test_tls1_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_cloudfront_distribution": [{"id": "r1", "name": "n1", "default_certificate": false, "minimum_protocol_version": "TLSv1"}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_cloudfront_distribution": [{"id": "r1", "name": "n1"}]}}
}
