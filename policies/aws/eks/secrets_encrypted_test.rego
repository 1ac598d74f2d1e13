package hipaa.aws.eks.secrets_encrypted_test

import data.hipaa.aws.eks.secrets_encrypted as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "secrets_kms_key_arn": "arn:aws:kms:us-east-1:1:key/k"}

_inv(rs) := t.inventory("aws_eks_cluster", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "EKS cluster a does not encrypt Kubernetes secrets with a KMS key."}} with input as _inv([object.union(_good, {"secrets_kms_key_arn": null})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"secrets_kms_key_arn": null, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_secrets_kms_key_arn_fails if {
	policy.deny == {{"id": "a", "msg": "EKS cluster a: its secrets encryption could not be determined."}} with input as _inv([object.remove(_good, ["secrets_kms_key_arn"])])
}

test_null_secrets_kms_key_arn_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"secrets_kms_key_arn": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"secrets_kms_key_arn": 5})])
}
