# METADATA
# title: ElastiCache replication groups encrypt data in transit
# description: Clients and nodes talk TLS.
# custom:
#   id: AWS-ELASTICACHE-02
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: aws_elasticache_replication_group
#   evidence: [transit_encryption]
#   remediation: Enable in-transit encryption (TransitEncryptionEnabled, mode required) on the replication group.
package hipaa.aws.elasticache.in_transit

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("ElastiCache replication group %s does not encrypt data in transit.", [res.label(r)])} if {
	some r in input.resources.aws_elasticache_replication_group
	r.transit_encryption == false
}

deny contains {"id": r.id, "msg": sprintf("ElastiCache replication group %s: whether it encrypts data in transit could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_elasticache_replication_group
	not _readable(r)
}

_readable(r) if is_boolean(r.transit_encryption)
