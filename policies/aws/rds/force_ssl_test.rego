package hipaa.aws.rds.force_ssl_test

import data.hipaa.aws.rds.force_ssl as policy
import data.hipaa.lib.testing as t
import rego.v1

_db(id, engine, groups) := {"id": id, "name": id, "account": "111122223333", "region": "us-east-1", "engine": engine, "parameter_groups": groups}

_pg(name, params) := {"id": concat("", ["pg:", name]), "name": name, "account": "111122223333", "region": "us-east-1", "parameters": params}

_inv(dbs, groups) := {"resources": {"aws_rds_instance": dbs, "aws_rds_parameter_group": groups}}

_groups := [
	_pg("pg-on", {"rds.force_ssl": "1"}),
	_pg("pg-off", {"rds.force_ssl": "0"}),
	_pg("my-on", {"require_secure_transport": "ON"}),
	_pg("my-one", {"require_secure_transport": "1"}),
	_pg("my-off", {"require_secure_transport": "OFF"}),
	_pg("null-value", {"rds.force_ssl": null, "require_secure_transport": null}),
	_pg("both-on", {"rds.force_ssl": "1", "require_secure_transport": "1"}),
]

test_postgres_forced_passes if {
	t.ids(policy.deny) == set() with input as _inv([_db("pg", "postgres", ["pg-on"])], _groups)
}

test_mysql_and_mariadb_forced_pass if {
	t.ids(policy.deny) == set() with input as _inv([_db("my", "mysql", ["my-on"]), _db("maria", "mariadb", ["my-one"])], _groups)
}

test_sqlserver_judged_by_force_ssl if {
	t.ids(policy.deny) == {"ss-off"} with input as _inv([_db("ss-on", "sqlserver-se", ["pg-on"]), _db("ss-off", "sqlserver-ee", ["pg-off"])], _groups)
}

test_not_forced_fails if {
	policy.deny == {{"id": "pg", "msg": "RDS instance pg does not force TLS on client connections (rds.force_ssl is not on in every one of its DB parameter groups)."}} with input as _inv([_db("pg", "postgres", ["pg-off"])], _groups)
}

test_mysql_off_fails if {
	t.ids(policy.deny) == {"my"} with input as _inv([_db("my", "mysql", ["my-off"])], _groups)
}

# Each engine is judged by its own parameter: the other engine's parameter never counts.
test_other_engines_parameter_does_not_count if {
	t.ids(policy.deny) == {"pg", "my"} with input as _inv([_db("pg", "postgres", ["my-on"]), _db("my", "mysql", ["pg-on"])], _groups)
}

# Defect: a parameter whose value is null raised (lower(null)) and blinded the control for every instance.
test_null_parameter_value_fails_only_that_instance if {
	t.ids(policy.deny) == {"null-pg", "null-my"} with input as _inv(
		[
			_db("null-pg", "postgres", ["null-value"]),
			_db("null-my", "mysql", ["null-value"]),
			_db("ok", "postgres", ["both-on"]),
		],
		_groups,
	)
}

test_wrong_type_parameter_value_fails if {
	t.ids(policy.deny) == {"pg"} with input as _inv([_db("pg", "postgres", ["num"])], [_pg("num", {"rds.force_ssl": 1})])
}

test_every_group_must_force if {
	t.ids(policy.deny) == {"mixed"} with input as _inv([_db("mixed", "postgres", ["pg-on", "pg-off"]), _db("two", "postgres", ["pg-on", "both-on"])], _groups)
}

test_group_not_collected_fails if {
	t.ids(policy.deny) == {"pg"} with input as _inv([_db("pg", "postgres", ["elsewhere"])], _groups)
}

test_group_of_other_region_or_account_does_not_count if {
	t.ids(policy.deny) == {"other-region", "other-account"} with input as _inv(
		[
			object.union(_db("other-region", "postgres", ["pg-on"]), {"region": "eu-west-1"}),
			object.union(_db("other-account", "postgres", ["pg-on"]), {"account": "999999999999"}),
			_db("same", "postgres", ["pg-on"]),
		],
		_groups,
	)
}

test_unreadable_parameters_fail if {
	t.ids(policy.deny) == {"missing", "null", "str"} with input as _inv(
		[_db("missing", "postgres", ["g1"]), _db("null", "postgres", ["g2"]), _db("str", "postgres", ["g3"])],
		[{"id": "g1", "name": "g1", "account": "111122223333", "region": "us-east-1"}, _pg("g2", null), _pg("g3", "rds.force_ssl=1")],
	)
}

# Defect: Aurora (cluster parameter group) and Oracle (option group) were failed by a DB parameter they do not use.
test_engines_without_a_db_parameter_are_not_applicable if {
	inv := _inv(
		[
			_db("aurora-pg", "aurora-postgresql", ["pg-off"]),
			_db("aurora-my", "aurora-mysql", ["default.aurora-mysql8.0"]),
			_db("oracle", "oracle-ee", ["default.oracle-ee-19"]),
			_db("db2", "db2-se", ["default.db2-se-11.5"]),
			_db("custom", "custom-sqlserver-ee", []),
			_db("neptune", "neptune", ["default.neptune1.3"]),
			_db("pg", "postgres", ["pg-on"]),
		],
		_groups,
	)
	t.ids(policy.deny) == set() with input as inv
	t.ids(policy.not_applicable) == {"aurora-pg", "aurora-my", "oracle", "db2", "custom", "neptune"} with input as inv
}

test_not_applicable_reason_names_the_mechanism if {
	t.reasons(policy.not_applicable) == {"o": "RDS instance o (oracle-se2) enforces TLS through the SSL or NATIVE_NETWORK_ENCRYPTION option of its option group, which this control does not read."} with input as _inv([_db("o", "oracle-se2", [])], _groups)
}

# Never passed by absence: an Aurora instance is not_applicable, never pass, whatever its DB parameter group says.
test_aurora_is_never_a_pass_or_fail if {
	inv := _inv([_db("a", "aurora-postgresql", ["pg-on"])], _groups)
	t.ids(policy.deny) == set() with input as inv
	t.ids(policy.not_applicable) == {"a"} with input as inv
}

test_unknown_engine_fails if {
	t.ids(policy.deny) == {"weird", "empty"} with input as _inv([_db("weird", "cockroach", ["pg-on"]), _db("empty", "", ["pg-on"])], _groups)
}

test_missing_engine_fails if {
	t.ids(policy.deny) == {"pg"} with input as _inv([object.remove(_db("pg", "postgres", ["pg-on"]), ["engine"])], _groups)
}

test_null_engine_fails if {
	t.ids(policy.deny) == {"pg"} with input as _inv([_db("pg", null, ["pg-on"])], _groups)
}

test_missing_parameter_groups_fails if {
	t.ids(policy.deny) == {"pg"} with input as _inv([object.remove(_db("pg", "postgres", []), ["parameter_groups"])], _groups)
}

test_null_parameter_groups_fails if {
	t.ids(policy.deny) == {"pg"} with input as _inv([_db("pg", "postgres", null)], _groups)
}

test_empty_or_wrong_type_parameter_groups_fail if {
	t.ids(policy.deny) == {"empty", "str", "nums"} with input as _inv(
		[_db("empty", "postgres", []), _db("str", "postgres", "pg-on"), _db("nums", "postgres", [1])],
		_groups,
	)
}

test_missing_region_fails if {
	t.ids(policy.deny) == {"pg"} with input as _inv([object.remove(_db("pg", "postgres", ["pg-on"]), ["region"])], _groups)
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"off", "null"} with input as _inv(
		[
			_db("on", "postgres", ["pg-on"]),
			_db("off", "postgres", ["pg-off"]),
			_db("null", "mariadb", ["null-value"]),
			_db("my", "mysql", ["my-on"]),
			_db("aurora", "aurora-mysql", ["my-off"]),
		],
		_groups,
	)
}
