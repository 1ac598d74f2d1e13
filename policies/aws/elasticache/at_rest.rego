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

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("ElastiCache replication group %s does not encrypt data at rest.", [res.label(r)])} if {
	some r in input.resources.aws_elasticache_replication_group
	r.at_rest_encryption == false
}

deny contains {"id": r.id, "msg": sprintf("ElastiCache replication group %s: whether it encrypts data at rest could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_elasticache_replication_group
	not _readable(r)
}

_readable(r) if is_boolean(r.at_rest_encryption)
