# METADATA
# title: Redshift clusters take version upgrades in their maintenance window
# description: Allowing version upgrades lets AWS apply engine patches in the maintenance window (the AWS Config pack's maintenance-settings check).
# custom:
#   id: AWS-RS-08
#   severity: low
#   hipaa: ["164.308(a)(5)(ii)(B)"]
#   resource_type: aws_redshift_cluster
#   evidence: [allow_version_upgrade]
#   remediation: Modify the cluster with AllowVersionUpgrade.
package hipaa.aws.redshift.version_upgrade

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s does not allow version upgrades.", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s: whether it allows version upgrades could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	not _known(r)
}

_known(r) if {
	is_boolean(r.allow_version_upgrade)
}

_ok(r) if {
	r.allow_version_upgrade == true
}
