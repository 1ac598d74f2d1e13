# METADATA
# title: EBS snapshots are not public
# description: Anyone can create a volume from a public snapshot and read its data.
# custom:
#   id: AWS-EC2-04
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.308(a)(3)(i)"]
#   resource_type: aws_ebs_snapshot
#   evidence: [public]
#   remediation: Remove the 'all' group from the snapshot's createVolumePermission (make it private); share with named accounts only.
package hipaa.aws.ec2.snapshot_not_public

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": s.id, "msg": sprintf("EBS snapshot %s is public.", [res.label(s)])} if {
	some s in input.resources.aws_ebs_snapshot
	s.public == true
}

deny contains {"id": s.id, "msg": sprintf("EBS snapshot %s: whether it is public could not be read.", [res.label(s)])} if {
	some s in input.resources.aws_ebs_snapshot
	not _read(s)
}

_read(s) if is_boolean(s.public)
