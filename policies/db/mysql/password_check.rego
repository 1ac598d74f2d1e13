# METADATA
# title: A password strength check is active
# description: >-
#   A password validation plugin or component is active (validate_password on MySQL;
#   simple_password_check or cracklib_password_check on MariaDB), so weak passwords are refused when
#   set.
# custom:
#   id: DB-MY-08
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(D)", "164.312(d)"]
#   resource_type: mysql_server
#   evidence: [plugins, validate_password_policy]
#   evidence_optional:
#     validate_password_policy: "absent unless MySQL's validate_password component is loaded; the plugin list decides then"
#   remediation: >-
#     MariaDB: INSTALL SONAME 'simple_password_check' (plugin_load_add in the option file). MySQL:
#     INSTALL COMPONENT 'file://component_validate_password'.
package hipaa.db.mysql.password_check

import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: no password strength check (validate_password, simple_password_check, cracklib_password_check) is active.", [r.id])} if {
	some r in input.resources.mysql_server
	not _checked(r)
}

_checked(r) if {
	is_array(r.plugins)
	count(r.plugins) > 0
	some p in r.plugins
	p in {"validate_password", "simple_password_check", "cracklib_password_check"}
}

_checked(r) if {
	is_array(r.plugins)
	count(r.plugins) > 0
	is_string(r.validate_password_policy)
	r.validate_password_policy != ""
}
