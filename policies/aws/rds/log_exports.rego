# METADATA
# title: RDS instances export database logs to CloudWatch Logs
# description: >-
#   Database logs (audit, error, general or postgresql) are exported so that access to ePHI can be
#   reviewed. A member of an Aurora or Multi-AZ DB cluster exports its logs through the cluster: it is
#   judged by its DB cluster's log exports.
# custom:
#   id: AWS-RDS-09
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_rds_instance
#   evidence: [enabled_cloudwatch_logs_exports, cluster_id, region, account]
#   evidence_optional:
#     enabled_cloudwatch_logs_exports: A cluster member is judged by its DB cluster's log exports.
#     cluster_id: Null or absent means a standalone instance, judged by its own log exports.
#   reads: [aws_rds_cluster]
#   remediation: Enable CloudWatch Logs exports for the engine's audit/error/postgresql logs on the instance (on the DB cluster for a cluster member).
package hipaa.aws.rds.log_exports

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": db.id, "msg": sprintf("RDS instance %s exports no logs to CloudWatch Logs.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	_standalone(db)
	not _exports(db)
}

deny contains {"id": db.id, "msg": sprintf("RDS instance %s: its DB cluster %s exports no logs to CloudWatch Logs.", [res.label(db), db.cluster_id])} if {
	some db in input.resources.aws_rds_instance
	_member(db)
	not _cluster_exports(db)
}

deny contains {"id": db.id, "msg": sprintf("RDS instance %s: its DB cluster membership could not be read.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	not _standalone(db)
	not _member(db)
}

_exports(r) if {
	is_array(r.enabled_cloudwatch_logs_exports)
	some log in r.enabled_cloudwatch_logs_exports
	is_string(log)
	log != ""
}

_cluster_exports(db) if {
	is_string(db.region)
	[object.get(db, "account", ""), db.region, db.cluster_id] in _exporting_clusters
}

# The clusters that export logs, as [account, region, name]: built once per evaluation, so that
# judging an instance is a lookup, not a scan of every cluster.
_exporting_clusters contains [account, region, name] if {
	some c in input.resources.aws_rds_cluster
	_exports(c)
	account := object.get(c, "account", "")
	region := c.region
	name := c.name
}

_member(db) if {
	is_string(db.cluster_id)
	db.cluster_id != ""
}

_standalone(db) if object.get(db, "cluster_id", null) == null
