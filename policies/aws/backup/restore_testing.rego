# METADATA
# title: AWS Backup restore testing is set up
# description: "Testing and revision: a restore testing plan exists in the region, so that backups are proven restorable."
# custom:
#   id: AWS-BACKUP-03
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(D)", "164.308(a)(7)(i)"]
#   resource_type: aws_backup_settings
#   evidence: [restore_testing_plans]
#   remediation: Create an AWS Backup restore testing plan with a selection covering the protected resource types.
package hipaa.aws.backup.restore_testing

import rego.v1

deny contains {"id": r.id, "msg": sprintf("AWS Backup has no restore testing plan in %s.", [object.get(r, "region", r.name)])} if {
	some r in input.resources.aws_backup_settings
	not count(r.restore_testing_plans) > 0
}
