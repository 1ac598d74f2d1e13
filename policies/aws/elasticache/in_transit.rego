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

import rego.v1

deny contains {"id": r.id, "msg": sprintf("ElastiCache replication group %s does not encrypt data in transit.", [r.name])} if {
	some r in input.resources.aws_elasticache_replication_group
	not r.transit_encryption == true
}
