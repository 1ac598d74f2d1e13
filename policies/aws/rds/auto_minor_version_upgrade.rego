# METADATA
# title: RDS instances apply minor engine upgrades automatically
# description: Minor engine versions carry security fixes; applying them automatically in the maintenance window keeps the database patched.
# custom:
#   id: AWS-RDS-16
#   severity: low
#   hipaa: ["164.308(a)(5)(ii)(B)"]
#   resource_type: aws_rds_instance
#   evidence: [auto_minor_version_upgrade]
#   remediation: Modify the instance with AutoMinorVersionUpgrade.
package hipaa.aws.rds.auto_minor_version_upgrade

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("RDS instance %s does not apply minor engine upgrades automatically.", [res.label(r)])} if {
	some r in input.resources.aws_rds_instance
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("RDS instance %s: whether it applies minor upgrades could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_rds_instance
	not _known(r)
}

_known(r) if {
	is_boolean(r.auto_minor_version_upgrade)
}

_ok(r) if {
	r.auto_minor_version_upgrade == true
}
