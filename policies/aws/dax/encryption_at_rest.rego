# METADATA
# title: DAX clusters encrypt data at rest
# description: A DynamoDB Accelerator cluster caches table items, ePHI included; server-side encryption protects the cache and its disks.
# custom:
#   id: AWS-DAX-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.312(e)(2)(ii)"]
#   resource_type: aws_dax_cluster
#   evidence: [sse_status]
#   remediation: Create a new DAX cluster with server-side encryption (SSESpecification Enabled) and move clients to it; encryption cannot be turned on for an existing cluster.
package hipaa.aws.dax.encryption_at_rest

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("DAX cluster %s does not encrypt data at rest.", [res.label(r)])} if {
	some r in input.resources.aws_dax_cluster
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("DAX cluster %s: its encryption status could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_dax_cluster
	not _known(r)
}

_known(r) if {
	is_string(r.sse_status)
}

_ok(r) if {
	r.sse_status in {"ENABLED", "ENABLING"}
}
