# METADATA
# title: EMR clusters encrypt data at rest and in transit
# description: The cluster's security configuration enables at-rest and in-transit encryption.
# custom:
#   id: AWS-EMR-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: aws_emr_cluster
#   evidence: [encryption, security_configuration]
#   remediation: Create a security configuration with at-rest (S3, local disk) and in-transit encryption and launch clusters with it.
package hipaa.aws.emr.encryption

import rego.v1

deny contains {"id": c.id, "msg": sprintf("EMR cluster %s does not encrypt data %s.", [c.name, concat(" and ", _gaps(c))])} if {
	some c in input.resources.aws_emr_cluster
	count(_gaps(c)) > 0
}

_gaps(c) := [g | some g, ok in {"at rest": c.encryption.at_rest, "in transit": c.encryption.in_transit}; ok != true]

deny contains {"id": c.id, "msg": sprintf("EMR cluster %s: its encryption settings could not be read.", [c.name])} if {
	some c in input.resources.aws_emr_cluster
	not is_object(c.encryption)
}
