# METADATA
# title: EMR clusters encrypt data at rest and in transit
# description: The cluster's security configuration enables at-rest and in-transit encryption.
# custom:
#   id: AWS-EMR-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: aws_emr_cluster
#   evidence: [encryption.at_rest, encryption.in_transit]
#   remediation: Create a security configuration with at-rest (S3, local disk) and in-transit encryption and launch clusters with it.
package hipaa.aws.emr.encryption

import data.hipaa.lib.resource as res
import rego.v1

_settings := {"at_rest": "at rest", "in_transit": "in transit"}

deny contains {"id": c.id, "msg": sprintf("EMR cluster %s does not encrypt data %s.", [res.label(c), concat(" and ", gaps)])} if {
	some c in input.resources.aws_emr_cluster
	_readable(c)
	gaps := [_settings[k] | some k in ["at_rest", "in_transit"]; c.encryption[k] == false]
	count(gaps) > 0
}

deny contains {"id": c.id, "msg": sprintf("EMR cluster %s: its encryption settings could not be read.", [res.label(c)])} if {
	some c in input.resources.aws_emr_cluster
	not _readable(c)
}

_readable(c) if {
	is_boolean(c.encryption.at_rest)
	is_boolean(c.encryption.in_transit)
}
