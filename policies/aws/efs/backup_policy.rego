# METADATA
# title: EFS file systems have automatic backups
# description: The file system's backup policy is ENABLED (AWS Backup takes daily backups).
# custom:
#   id: AWS-EFS-02
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.310(d)(2)(iv)"]
#   resource_type: aws_efs_file_system
#   evidence: [backup_policy.enabled]
#   remediation: Enable automatic backups on the file system (put-backup-policy Status=ENABLED).
package hipaa.aws.efs.backup_policy

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("EFS file system %s has no automatic backups.", [res.label(r)])} if {
	some r in input.resources.aws_efs_file_system
	r.backup_policy.enabled == false
}

deny contains {"id": r.id, "msg": sprintf("EFS file system %s: its backup policy could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_efs_file_system
	not _readable(r)
}

_readable(r) if is_boolean(r.backup_policy.enabled)
