# METADATA
# title: EMR Block Public Access is on in every region
# description: EMR refuses to launch clusters whose security groups allow public inbound traffic (except permitted ports).
# custom:
#   id: AWS-EMR-02
#   severity: high
#   hipaa: ["164.312(a)(1)"]
#   resource_type: aws_emr_settings
#   evidence: [block_public_access]
#   remediation: Turn on EMR Block Public Access in the region.
package hipaa.aws.emr.block_public_access

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("EMR settings %s has Block Public Access off.", [res.label(r)])} if {
	some r in input.resources.aws_emr_settings
	r.block_public_access == false
}

deny contains {"id": r.id, "msg": sprintf("EMR settings %s: whether Block Public Access is on could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_emr_settings
	not _readable(r)
}

_readable(r) if is_boolean(r.block_public_access)
