# METADATA
# title: ElastiCache replication groups keep automatic backups
# description: Automatic snapshots are retained at least one day.
# custom:
#   id: AWS-ELASTICACHE-03
#   severity: low
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.312(a)(2)(ii)"]
#   resource_type: aws_elasticache_replication_group
#   evidence: [snapshot_retention_limit]
#   remediation: Set SnapshotRetentionLimit to 1 day or more.
package hipaa.aws.elasticache.backups

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": g.id, "msg": sprintf("ElastiCache replication group %s keeps no automatic backups.", [res.label(g)])} if {
	some g in input.resources.aws_elasticache_replication_group
	is_number(g.snapshot_retention_limit)
	g.snapshot_retention_limit < 1
}

deny contains {"id": g.id, "msg": sprintf("ElastiCache replication group %s: its snapshot retention could not be read.", [res.label(g)])} if {
	some g in input.resources.aws_elasticache_replication_group
	not _readable(g)
}

_readable(g) if is_number(g.snapshot_retention_limit)
