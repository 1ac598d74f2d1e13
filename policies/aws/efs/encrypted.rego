# METADATA
# title: EFS file systems are encrypted at rest
# description: File systems holding ePHI encrypt data at rest with KMS.
# custom:
#   id: AWS-EFS-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]
#   resource_type: aws_efs_file_system
#   evidence: [encrypted]
#   remediation: Create an encrypted file system (encryption is chosen at creation), copy the data with DataSync, and delete the old one.
package hipaa.aws.efs.encrypted

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("EFS file system %s is not encrypted at rest.", [res.label(r)])} if {
	some r in input.resources.aws_efs_file_system
	r.encrypted == false
}

deny contains {"id": r.id, "msg": sprintf("EFS file system %s: whether it is encrypted at rest could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_efs_file_system
	not _readable(r)
}

_readable(r) if is_boolean(r.encrypted)
