package hipaa.aws.ecs.host_mode_non_root_test

import data.hipaa.aws.ecs.host_mode_non_root as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "network_mode": "host", "containers": [{"name": "app", "privileged": null, "user": "1000:1000", "readonly_root_filesystem": true, "secret_like_environment": []}]}

_inv(rs) := t.inventory("aws_ecs_task_definition", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "ECS task definition a uses host networking with a container that runs as root or privileged."}} with input as _inv([object.union(_good, {"containers": [{"name": "app", "privileged": null, "user": null}]})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": [{"name": "app", "privileged": null, "user": "root"}]})])
}

test_fails_2 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": [{"name": "app", "privileged": true, "user": "1000"}]})])
}

test_fails_3 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": [{"name": "app", "user": "0:0"}]})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"containers": [{"name": "app", "privileged": null, "user": null}], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_network_mode if {
	policy.deny == {{"id": "a", "msg": "ECS task definition a: its network mode or containers could not be read."}} with input as _inv([object.remove(_good, ["network_mode"])])
}

test_null_network_mode_not_applicable if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"network_mode": null})])
	t.ids(policy.not_applicable) == {"a"} with input as _inv([object.union(_good, {"network_mode": null})])
}

test_missing_containers if {
	policy.deny == {{"id": "a", "msg": "ECS task definition a: its network mode or containers could not be read."}} with input as _inv([object.remove(_good, ["containers"])])
}

test_null_containers if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": "app"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": [{"name": "app", "user": 1000}]})])
}

test_wrong_type_2_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"network_mode": 5})])
}

test_wrong_type_3_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"containers": []})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "The task definition does not use the host network mode."} with input as _inv([object.union(_good, {"network_mode": "awsvpc"})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"network_mode": "awsvpc"})])
}
