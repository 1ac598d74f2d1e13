package hipaa.aws.iam.console_user_mfa_test

import data.hipaa.aws.iam.console_user_mfa as policy
import rego.v1

_user(extra) := {"resources": {"aws_iam_user": [object.union({"id": "arn:u", "name": "alice"}, extra)]}}

test_console_with_mfa_passes if {
	count(policy.deny) == 0 with input as _user({"console_access": true, "mfa_enabled": true})
}

test_no_console_passes if {
	count(policy.deny) == 0 with input as _user({"console_access": false, "mfa_enabled": false})
}

test_console_without_mfa_fails if {
	policy.deny == {{"id": "arn:u", "msg": "IAM user alice can sign in to the console without MFA."}} with input as _user({"console_access": true, "mfa_enabled": false})
}

test_missing_fields_fail if {
	count(policy.deny) == 1 with input as _user({})
}
