# METADATA
# title: RDS instances force TLS connections
# description: The DB parameter group sets rds.force_ssl=1 (PostgreSQL, SQL Server) or require_secure_transport=ON/1 (MySQL, MariaDB).
# custom:
#   id: AWS-RDS-08
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(e)(2)(i)"]
#   resource_type: aws_rds_instance
#   evidence: [parameter_groups, engine]
#   reads: [aws_rds_parameter_group]
#   remediation: Use a custom parameter group with rds.force_ssl=1 or require_secure_transport=1 and reboot the instance.
package hipaa.aws.rds.force_ssl

import rego.v1

deny contains {"id": db.id, "msg": sprintf("RDS instance %s does not force TLS on client connections.", [db.name])} if {
	some db in input.resources.aws_rds_instance
	not _forced(db)
}

_forced(db) if {
	some name in db.parameter_groups
	some g in input.resources.aws_rds_parameter_group
	g.name == name
	g.region == db.region
	object.get(g, "account", "") == object.get(db, "account", "")
	some key, value in g.parameters
	key in {"rds.force_ssl", "require_secure_transport"}
	lower(value) in {"1", "on", "true"}
}
