# METADATA
# title: RDS instances force TLS connections
# description: >-
#   Every DB parameter group of the instance forces TLS on client connections with the parameter its
#   engine uses: rds.force_ssl=1 for PostgreSQL and SQL Server, require_secure_transport=ON/1 for MySQL
#   and MariaDB (the other engine's parameter never counts). Instances whose engine sets TLS elsewhere
#   are not_applicable, with the place named: Aurora, Neptune and DocumentDB (the cluster parameter
#   group), Oracle (the SSL or NATIVE_NETWORK_ENCRYPTION option of an option group), Db2 (db2comm) and
#   RDS Custom (the host). An engine the control does not know, or one it cannot read, fails.
# custom:
#   id: AWS-RDS-08
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(e)(2)(i)"]
#   resource_type: aws_rds_instance
#   evidence: [engine, parameter_groups, region, account]
#   reads: [aws_rds_parameter_group]
#   remediation: Use a custom DB parameter group with rds.force_ssl=1 (PostgreSQL, SQL Server) or require_secure_transport=ON (MySQL, MariaDB) and reboot the instance.
package hipaa.aws.rds.force_ssl

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": db.id, "msg": sprintf("RDS instance %s: its engine could not be read.", [res.label(db)])} if {
	some db in input.resources.aws_rds_instance
	not _engine_known(db)
}

_engine_known(db) if is_string(db.engine)

deny contains {"id": db.id, "msg": sprintf("RDS instance %s runs engine %q, for which this control knows no TLS setting.", [res.label(db), db.engine])} if {
	some db in input.resources.aws_rds_instance
	is_string(db.engine)
	not _parameter_of(db.engine)
	not _set_elsewhere(db.engine)
}

deny contains {"id": db.id, "msg": sprintf("RDS instance %s does not force TLS on client connections (%s is not on in every one of its DB parameter groups).", [res.label(db), parameter])} if {
	some db in input.resources.aws_rds_instance
	is_string(db.engine)
	parameter := _parameter_of(db.engine)
	not _forced(db, parameter)
}

not_applicable contains {"id": db.id, "reason": sprintf("RDS instance %s (%s) %s", [res.label(db), db.engine, where])} if {
	some db in input.resources.aws_rds_instance
	is_string(db.engine)
	where := _set_elsewhere(db.engine)
}

# The DB parameter that forces TLS, by engine.
_parameter_of(engine) := "rds.force_ssl" if engine == "postgres"

_parameter_of(engine) := "rds.force_ssl" if startswith(engine, "sqlserver-")

_parameter_of(engine) := "require_secure_transport" if engine in {"mysql", "mariadb"}

# Engines that do not force TLS with a DB parameter: where they do it instead.
_cluster := "enforces TLS in its cluster parameter group, which this control does not read."

_set_elsewhere(engine) := _cluster if startswith(engine, "aurora")

_set_elsewhere(engine) := _cluster if engine in {"neptune", "docdb"}

_set_elsewhere(engine) := "enforces TLS through the SSL or NATIVE_NETWORK_ENCRYPTION option of its option group, which this control does not read." if startswith(engine, "oracle-")

_set_elsewhere(engine) := "enforces TLS through the db2comm parameter (SSL only), which this control does not read." if startswith(engine, "db2-")

_set_elsewhere(engine) := "is an RDS Custom database, whose TLS settings live on the host, not in a DB parameter group." if startswith(engine, "custom-")

# Every one of the instance's (at least one) parameter groups sets the engine's parameter on.
_forced(db, parameter) if {
	is_array(db.parameter_groups)
	count(db.parameter_groups) > 0
	on := [name | some name in db.parameter_groups; _group_forces(db, name, parameter)]
	count(on) == count(db.parameter_groups)
}

_group_forces(db, name, parameter) if {
	is_string(name)
	is_string(db.region)
	some g in input.resources.aws_rds_parameter_group
	g.name == name
	g.region == db.region
	object.get(g, "account", "") == object.get(db, "account", "")
	is_object(g.parameters)
	value := g.parameters[parameter]
	is_string(value)
	lower(value) in {"1", "on", "true"}
}
