package hipaa.aws.s3.account_public_access_block_test

import data.hipaa.aws.s3.account_public_access_block as policy
import rego.v1

_acct(pab) := {"resources": {"aws_s3_account_settings": [{"id": "s", "name": "s", "account": "1", "public_access_block": pab}]}}

test_all_on_passes if {
	count(policy.deny) == 0 with input as _acct({"block_public_acls": true, "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true})
}

test_partly_off_fails if {
	policy.deny == {{"id": "s", "msg": "Account 1 does not block public S3 access account-wide (ignore_public_acls, restrict_public_buckets off)."}} with input as _acct({"block_public_acls": true, "ignore_public_acls": false, "block_public_policy": true, "restrict_public_buckets": false})
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_s3_account_settings": [{"id": "s", "name": "s", "account": "1"}]}}
}
