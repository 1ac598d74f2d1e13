package hipaa.aws.rds.backup_retention_test

import data.hipaa.aws.rds.backup_retention as policy
import rego.v1

_db(v) := {"resources": {"aws_rds_instance": [{"id": "arn:db", "name": "ehr", "backup_retention_period": v}]}}

test_seven_days_passes if {
	count(policy.deny) == 0 with input as _db(7)
}

test_zero_days_fails if {
	policy.deny == {{"id": "arn:db", "msg": "RDS instance ehr keeps automated backups for 0 days (minimum 7)."}} with input as _db(0)
}

test_one_day_fails if {
	count(policy.deny) == 1 with input as _db(1)
}

test_missing_field_fails if {
	policy.deny == {{"id": "arn:db", "msg": "RDS instance ehr keeps automated backups for unknown days (minimum 7)."}} with input as {"resources": {"aws_rds_instance": [{"id": "arn:db", "name": "ehr"}]}}
}
