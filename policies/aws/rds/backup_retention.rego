# METADATA
# title: RDS instances keep automated backups for at least 7 days
# description: Automated backups with point-in-time recovery are the data backup plan for a database of ePHI; zero days means backups are off.
# custom:
#   id: AWS-RDS-03
#   severity: high
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.310(d)(2)(iv)"]
#   resource_type: aws_rds_instance
#   evidence: [backup_retention_period]
#   remediation: Set the backup retention period to 7 days or more (up to 35).
package hipaa.aws.rds.backup_retention

import data.hipaa.lib.resource as res
import rego.v1

min_days := 7

deny contains {"id": db.id, "msg": sprintf("RDS instance %s keeps automated backups for %v days (minimum 7).", [res.label(db), days])} if {
	some db in input.resources.aws_rds_instance
	days := db.backup_retention_period
	is_number(days)
	days < min_days
}

deny contains {"id": db.id, "msg": sprintf("RDS instance %s: its backup retention period could not be read.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	not _read(db)
}

_read(db) if is_number(db.backup_retention_period)
