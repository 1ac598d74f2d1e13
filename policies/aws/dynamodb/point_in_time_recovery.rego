# METADATA
# title: DynamoDB tables have point-in-time recovery
# description: Continuous backups let a table be restored to any second of the last 35 days.
# custom:
#   id: AWS-DDB-02
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)", "164.312(a)(2)(ii)"]
#   resource_type: aws_dynamodb_table
#   evidence: [point_in_time_recovery]
#   remediation: Enable point-in-time recovery on the table.
package hipaa.aws.dynamodb.point_in_time_recovery

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("DynamoDB table %s has no point-in-time recovery.", [res.label(r)])} if {
	some r in input.resources.aws_dynamodb_table
	r.point_in_time_recovery == false
}

deny contains {"id": r.id, "msg": sprintf("DynamoDB table %s: whether point-in-time recovery is on could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_dynamodb_table
	not _readable(r)
}

_readable(r) if is_boolean(r.point_in_time_recovery)
