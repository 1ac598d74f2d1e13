# METADATA
# title: RDS instances export database logs to CloudWatch Logs
# description: Database logs (audit, error, general or postgresql) are exported so that access to ePHI can be reviewed.
# custom:
#   id: AWS-RDS-09
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_rds_instance
#   evidence: [enabled_cloudwatch_logs_exports]
#   remediation: Enable CloudWatch Logs exports for the engine's audit/error/postgresql logs on the instance.
package hipaa.aws.rds.log_exports

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": db.id, "msg": sprintf("RDS instance %s exports no logs to CloudWatch Logs.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	not count(db.enabled_cloudwatch_logs_exports) > 0
}
