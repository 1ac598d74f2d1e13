package hipaa.aws.acm.not_expiring_test

import data.hipaa.aws.acm.not_expiring as policy
import rego.v1

test_year_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_acm_certificate": [{"id": "r1", "name": "n1", "days_to_expiry": 364}]}}
}

test_ten_days_fails if {
	policy.deny == {{"id": "r1", "msg": "Certificate n1 expires in 10 days."}} with input as {"resources": {"aws_acm_certificate": [{"id": "r1", "name": "n1", "days_to_expiry": 10}]}}
}

test_expired_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_acm_certificate": [{"id": "r1", "name": "n1", "days_to_expiry": -3}]}}
}

test_missing_field_fails if {
	policy.deny == {{"id": "r1", "msg": "Certificate n1 expires in an unknown number of days."}} with input as {"resources": {"aws_acm_certificate": [{"id": "r1", "name": "n1"}]}}
}
