# METADATA
# title: RDS instances are covered by an AWS Backup plan
# description: >-
#   Every RDS instance is selected by a backup plan in its account and region (by ARN pattern, tag or tag conditions, and not excluded). With --phi-tag, failures of untagged resources are reported one severity lower. A member of an Aurora or Multi-AZ DB cluster is backed up with its cluster: it is judged by whether a plan selects its DB cluster.
# custom:
#   id: AWS-BACKUP-06
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(E)", "164.308(a)(7)(ii)(B)", "164.312(a)(2)(ii)", "164.308(a)(7)(ii)(C)"]
#   resource_type: aws_rds_instance
#   evidence: [region, account, tags, cluster_id]
#   evidence_optional:
#     tags: Tags only matter to a tag-based selection; a selection by ARN covers a resource whatever its tags.
#     cluster_id: Null or absent means a standalone instance, judged by its own ARN and tags.
#   reads: [aws_backup_plan, aws_rds_cluster]
#   remediation: Add the RDS instance (for a cluster member, its DB cluster) to a backup plan selection (by ARN, or tag it with the selection's tag, e.g. backup=daily).
package hipaa.aws.backup.rds_covered

import data.hipaa.lib.aws_backup
import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("RDS instance %s is not covered by any AWS Backup plan.", [res.label(r)])} if {
	some r in input.resources.aws_rds_instance
	_standalone(r)
	_tags_read(r)
	not aws_backup.covered(r)
}

deny contains {"id": r.id, "msg": sprintf("RDS instance %s: its tags could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_rds_instance
	not _tags_read(r)
}

# Absent tags only keep a tag-based selection from picking the resource; tags of another type are unreadable.
_tags_read(r) if is_object(r.tags)

_tags_read(r) if object.get(r, "tags", null) == null

deny contains {"id": r.id, "msg": sprintf("RDS instance %s: its DB cluster %s is not covered by any AWS Backup plan.", [res.label(r), r.cluster_id])} if {
	some r in input.resources.aws_rds_instance
	_member(r)
	not _cluster_covered(r)
}

deny contains {"id": r.id, "msg": sprintf("RDS instance %s: its DB cluster membership could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_rds_instance
	not _standalone(r)
	not _member(r)
}

_cluster_covered(r) if {
	is_string(r.region)
	[object.get(r, "account", ""), r.region, r.cluster_id] in _covered_clusters
}

# The clusters a backup plan covers, as [account, region, name]: built once per evaluation.
_covered_clusters contains [account, region, name] if {
	some c in input.resources.aws_rds_cluster
	aws_backup.covered(c)
	account := object.get(c, "account", "")
	region := c.region
	name := c.name
}

_member(r) if {
	is_string(r.cluster_id)
	r.cluster_id != ""
}

_standalone(r) if object.get(r, "cluster_id", null) == null
