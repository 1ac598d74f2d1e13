# METADATA
# title: EBS volumes are covered by an AWS Backup plan
# description: Every EBS volume is selected by a backup plan in its region (by ARN, by * or by a tag it carries). With --phi-tag, failures of untagged resources are reported one severity lower.
# custom:
#   id: AWS-BACKUP-04
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(E)", "164.308(a)(7)(ii)(B)", "164.312(a)(2)(ii)", "164.308(a)(7)(ii)(C)"]
#   resource_type: aws_ebs_volume
#   evidence: [id, tags]
#   reads: [aws_backup_plan]
#   remediation: Add the EBS volume to a backup plan selection (by ARN, or tag it with the selection's tag, e.g. backup=daily).
package hipaa.aws.backup.ebs_covered

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("EBS volume %s is not covered by any AWS Backup plan.", [res.label(r)])} if {
	some r in input.resources.aws_ebs_volume
	not data.hipaa.lib.aws_backup.covered(r)
}
