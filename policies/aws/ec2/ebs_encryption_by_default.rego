# METADATA
# title: EBS encryption by default is on in every scanned region
# description: With encryption by default, every new volume and snapshot copy in the region is encrypted, so none can be created in the clear by mistake.
# custom:
#   id: AWS-EC2-02
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: aws_region
#   evidence: [ebs_encryption_by_default]
#   remediation: Turn on EBS encryption by default in the region (EC2 console, Account attributes, Data protection and security).
package hipaa.aws.ec2.ebs_encryption_by_default

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("EBS encryption by default is off in %s.", [res.label(r)])} if {
	some r in input.resources.aws_region
	r.ebs_encryption_by_default == false
}

deny contains {"id": r.id, "msg": sprintf("EBS encryption by default in %s could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_region
	not _read(r)
}

_read(r) if is_boolean(r.ebs_encryption_by_default)
