package hipaa.aws.rds.log_exports_test

import data.hipaa.aws.rds.log_exports as policy
import data.hipaa.lib.testing as t
import rego.v1

_db(id, logs) := {"id": id, "name": id, "account": "111122223333", "region": "us-east-1", "cluster_id": null, "enabled_cloudwatch_logs_exports": logs}

_member(id, cluster) := {"id": id, "name": id, "account": "111122223333", "region": "us-east-1", "cluster_id": cluster, "enabled_cloudwatch_logs_exports": []}

_cluster(name, logs) := {"id": concat("", ["arn:cluster:", name]), "name": name, "account": "111122223333", "region": "us-east-1", "enabled_cloudwatch_logs_exports": logs}

_inv(dbs, clusters) := {"resources": {"aws_rds_instance": dbs, "aws_rds_cluster": clusters}}

test_exports_pass if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_rds_instance", [_db("a", ["postgresql"]), _db("b", ["audit", "error"])])
}

test_no_exports_fails if {
	policy.deny == {{"id": "a", "msg": "RDS instance a exports no logs to CloudWatch Logs."}} with input as t.inventory("aws_rds_instance", [_db("a", [])])
}

test_member_judged_by_its_cluster if {
	t.ids(policy.deny) == {"quiet-member", "lost-member"} with input as _inv(
		[_member("loud-member", "loud"), _member("quiet-member", "quiet"), _member("lost-member", "gone")],
		[_cluster("loud", ["audit"]), _cluster("quiet", [])],
	)
}

test_member_message_names_the_cluster if {
	policy.deny == {{"id": "m", "msg": "RDS instance m: its DB cluster quiet exports no logs to CloudWatch Logs."}} with input as _inv([_member("m", "quiet")], [_cluster("quiet", [])])
}

test_cluster_of_other_region_does_not_count if {
	t.ids(policy.deny) == {"m"} with input as _inv([_member("m", "loud")], [object.union(_cluster("loud", ["audit"]), {"region": "eu-west-1"})])
}

test_member_with_own_exports_but_quiet_cluster_fails if {
	t.ids(policy.deny) == {"m"} with input as _inv([object.union(_member("m", "quiet"), {"enabled_cloudwatch_logs_exports": ["audit"]})], [_cluster("quiet", [])])
}

test_missing_field_fails if {
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_rds_instance", [{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_rds_instance", [_db("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "nums", "empties"} with input as t.inventory("aws_rds_instance", [_db("str", "audit"), _db("nums", [1]), _db("empties", [""])])
}

test_null_cluster_exports_fail if {
	t.ids(policy.deny) == {"m"} with input as _inv([_member("m", "c")], [_cluster("c", null)])
}

test_wrong_type_cluster_id_fails if {
	t.ids(policy.deny) == {"num", "empty"} with input as t.inventory("aws_rds_instance", [
		object.union(_db("num", ["audit"]), {"cluster_id": 5}),
		object.union(_db("empty", ["audit"]), {"cluster_id": ""}),
	])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:a", "msg": "RDS instance arn:a exports no logs to CloudWatch Logs."}} with input as t.inventory("aws_rds_instance", [{"id": "arn:a", "enabled_cloudwatch_logs_exports": []}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"none", "null", "quiet-member"} with input as _inv(
		[
			_db("logs", ["error"]),
			_db("none", []),
			_db("null", null),
			_member("loud-member", "loud"),
			_member("quiet-member", "quiet"),
		],
		[_cluster("loud", ["audit"]), _cluster("quiet", [])],
	)
}
