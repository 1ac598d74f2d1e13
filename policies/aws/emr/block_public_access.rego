# METADATA
# title: EMR Block Public Access is on in every region
# description: EMR refuses to launch clusters whose security groups allow public inbound traffic (except permitted ports).
# custom:
#   id: AWS-EMR-02
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(A)"]
#   resource_type: aws_emr_settings
#   evidence: [block_public_access]
#   remediation: Turn on EMR Block Public Access in the region.
package hipaa.aws.emr.block_public_access

import rego.v1

deny contains {"id": r.id, "msg": sprintf("EMR settings %s has Block Public Access off.", [r.name])} if {
	some r in input.resources.aws_emr_settings
	not r.block_public_access == true
}
