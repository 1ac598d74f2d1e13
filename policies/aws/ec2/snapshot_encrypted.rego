# METADATA
# title: EBS snapshots are encrypted
# description: A snapshot copies a volume's data, ePHI included; it must be encrypted.
# custom:
#   id: AWS-EC2-03
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]
#   resource_type: aws_ebs_snapshot
#   evidence: [encrypted]
#   remediation: Copy the snapshot with encryption enabled (a KMS key), delete the unencrypted one, and turn on EBS encryption by default.
package hipaa.aws.ec2.snapshot_encrypted

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": s.id, "msg": sprintf("EBS snapshot %s is not encrypted.", [res.label(s)])} if {
	some s in input.resources.aws_ebs_snapshot
	s.encrypted == false
}

deny contains {"id": s.id, "msg": sprintf("EBS snapshot %s: whether it is encrypted could not be read.", [res.label(s)])} if {
	some s in input.resources.aws_ebs_snapshot
	not _read(s)
}

_read(s) if is_boolean(s.encrypted)
