# METADATA
# title: ElastiCache replication groups encrypt data at rest
# description: Cached data (sessions, query results that may contain ePHI) is encrypted at rest.
# custom:
#   id: AWS-ELASTICACHE-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: aws_elasticache_replication_group
#   evidence: [at_rest_encryption]
#   remediation: Create a replication group with at-rest encryption and migrate to it.
package hipaa.aws.elasticache.at_rest

import rego.v1

deny contains {"id": r.id, "msg": sprintf("ElastiCache replication group %s does not encrypt data at rest.", [r.name])} if {
	some r in input.resources.aws_elasticache_replication_group
	not r.at_rest_encryption == true
}
