# METADATA
# title: OpenSearch domains encrypt node-to-node traffic
# description: Traffic between the domain's nodes is TLS-encrypted.
# custom:
#   id: AWS-OS-02
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: aws_opensearch_domain
#   evidence: [node_to_node_encryption]
#   remediation: Enable node-to-node encryption on the domain.
package hipaa.aws.opensearch.node_to_node

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": d.id, "msg": sprintf("OpenSearch domain %s does not encrypt node-to-node traffic.", [res.label(d)])} if {
	some d in input.resources.aws_opensearch_domain
	d.node_to_node_encryption == false
}

deny contains {"id": d.id, "msg": sprintf("OpenSearch domain %s: whether it encrypts node-to-node traffic could not be read.", [res.label(d)])} if {
	some d in input.resources.aws_opensearch_domain
	not _read(d)
}

_read(d) if is_boolean(d.node_to_node_encryption)
