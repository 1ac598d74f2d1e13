# METADATA
# title: RDS/Aurora clusters keep automated backups for at least 7 days
# description: Point-in-time restore needs automated backups retained for at least a week.
# custom:
#   id: AWS-RDS-12
#   severity: high
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.310(d)(2)(iv)"]
#   resource_type: aws_rds_cluster
#   evidence: [backup_retention_period]
#   remediation: Set the cluster's backup retention period to 7 days or more.
package hipaa.aws.rds.cluster_backup_retention

import data.hipaa.lib.resource as res
import rego.v1

min_days := 7

deny contains {"id": c.id, "msg": sprintf("DB cluster %s keeps automated backups for %v days (minimum 7).", [res.label(c), days])} if {
	some c in input.resources.aws_rds_cluster
	days := c.backup_retention_period
	is_number(days)
	days < min_days
}

deny contains {"id": c.id, "msg": sprintf("DB cluster %s: its backup retention period could not be read.", [res.label(c)])} if {
	some c in input.resources.aws_rds_cluster
	not _read(c)
}

_read(c) if is_number(c.backup_retention_period)
