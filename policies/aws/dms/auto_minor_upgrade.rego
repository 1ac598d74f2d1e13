# METADATA
# title: DMS replication instances take minor engine upgrades automatically
# description: Automatic minor version upgrades bring security fixes to the engine that copies ePHI between databases.
# custom:
#   id: AWS-DMS-02
#   severity: low
#   hipaa: ["164.308(a)(5)(ii)(B)", "164.308(a)(1)(ii)(B)"]
#   resource_type: aws_dms_replication_instance
#   evidence: [auto_minor_version_upgrade]
#   remediation: Turn on AutoMinorVersionUpgrade (ModifyReplicationInstance).
package hipaa.aws.dms.auto_minor_upgrade

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("DMS replication instance %s does not upgrade its engine's minor versions automatically.", [res.label(r)])} if {
	some r in input.resources.aws_dms_replication_instance
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("DMS replication instance %s: its upgrade setting could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_dms_replication_instance
	not _known(r)
}

_known(r) if {
	is_boolean(r.auto_minor_version_upgrade)
}

_ok(r) if {
	r.auto_minor_version_upgrade == true
}
