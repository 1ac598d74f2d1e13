package hipaa.aws.ecs.no_secrets_in_environment_test

import data.hipaa.aws.ecs.no_secrets_in_environment as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "containers": [{"name": "app", "secret_like_environment": []}]}

_inv(rs) := t.inventory("aws_ecs_task_definition", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "ECS task definition a keeps secret-looking values in plaintext environment variables."}} with input as _inv([object.union(_good, {"containers": [{"name": "app", "secret_like_environment": ["DB_PASSWORD"]}]})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"containers": [{"name": "app", "secret_like_environment": ["DB_PASSWORD"]}], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_containers if {
	policy.deny == {{"id": "a", "msg": "ECS task definition a: its containers could not be read."}} with input as _inv([object.remove(_good, ["containers"])])
}

test_null_containers if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": [{"name": "app", "secret_like_environment": null}]})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": 1})])
}

test_wrong_type_2_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": []})])
}
