package hipaa.aws.sagemaker.endpoint_config_kms_test

import data.hipaa.aws.sagemaker.endpoint_config_kms as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "kms_key_id": "arn:aws:kms:us-east-1:1:key/k"}

_inv(rs) := t.inventory("aws_sagemaker_endpoint_config", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "SageMaker endpoint configuration a does not name a KMS key."}} with input as _inv([object.union(_good, {"kms_key_id": null})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"kms_key_id": null, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_kms_key_id_fails if {
	policy.deny == {{"id": "a", "msg": "SageMaker endpoint configuration a: its KMS key could not be determined."}} with input as _inv([object.remove(_good, ["kms_key_id"])])
}

test_null_kms_key_id_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"kms_key_id": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"kms_key_id": 5})])
}
