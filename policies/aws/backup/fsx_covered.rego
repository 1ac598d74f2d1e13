# METADATA
# title: FSx file systems are covered by an AWS Backup plan
# description: >-
#   Every FSx file system is selected by a backup plan in its account and region (by ARN pattern, tag or tag conditions, and not excluded). With --phi-tag, failures of untagged resources are reported one severity lower.
# custom:
#   id: AWS-BACKUP-12
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(E)", "164.308(a)(7)(ii)(B)", "164.312(a)(2)(ii)", "164.308(a)(7)(ii)(C)"]
#   resource_type: aws_fsx_file_system
#   evidence: [region, account, tags]
#   evidence_optional:
#     tags: Tags only matter to a tag-based selection; a selection by ARN covers a resource whatever its tags.
#   reads: [aws_backup_plan]
#   remediation: Add the FSx file system to a backup plan selection (by ARN, or tag it with the selection's tag, e.g. backup=daily).
package hipaa.aws.backup.fsx_covered

import data.hipaa.lib.aws_backup
import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("FSx file system %s is not covered by any AWS Backup plan.", [res.label(r)])} if {
	some r in input.resources.aws_fsx_file_system
	_tags_read(r)
	not aws_backup.covered(r)
}

deny contains {"id": r.id, "msg": sprintf("FSx file system %s: its tags could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_fsx_file_system
	not _tags_read(r)
}

# Absent tags only keep a tag-based selection from picking the resource; tags of another type are unreadable.
_tags_read(r) if is_object(r.tags)

_tags_read(r) if object.get(r, "tags", null) == null
