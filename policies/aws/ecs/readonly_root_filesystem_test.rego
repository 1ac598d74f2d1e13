package hipaa.aws.ecs.readonly_root_filesystem_test

import data.hipaa.aws.ecs.readonly_root_filesystem as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "containers": [{"name": "app", "readonly_root_filesystem": true}]}

_inv(rs) := t.inventory("aws_ecs_task_definition", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "ECS task definition a has a container with a writable root file system."}} with input as _inv([object.union(_good, {"containers": [{"name": "app", "readonly_root_filesystem": true}, {"name": "sidecar", "readonly_root_filesystem": null}]})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": [{"name": "app", "readonly_root_filesystem": false}]})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"containers": [{"name": "app", "readonly_root_filesystem": true}, {"name": "sidecar", "readonly_root_filesystem": null}], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_containers if {
	policy.deny == {{"id": "a", "msg": "ECS task definition a: its containers could not be read."}} with input as _inv([object.remove(_good, ["containers"])])
}

test_null_containers if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": {"name": "app"}})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": ["app"]})])
}

test_wrong_type_2_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": []})])
}
