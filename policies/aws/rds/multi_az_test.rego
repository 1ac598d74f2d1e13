package hipaa.aws.rds.multi_az_test

import data.hipaa.aws.rds.multi_az as policy
import rego.v1

_db(extra) := {"resources": {"aws_rds_instance": [object.union({"id": "arn:db", "name": "ehr", "engine": "postgres"}, extra)]}}

test_multi_az_passes if {
	count(policy.deny) == 0 with input as _db({"multi_az": true})
}

test_aurora_member_is_left_to_cluster_control if {
	count(policy.deny) == 0 with input as _db({"multi_az": false, "engine": "aurora-postgresql", "cluster_id": "c1"})
}

test_single_az_fails if {
	policy.deny == {{"id": "arn:db", "msg": "RDS instance ehr is not Multi-AZ."}} with input as _db({"multi_az": false})
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as _db({})
}
