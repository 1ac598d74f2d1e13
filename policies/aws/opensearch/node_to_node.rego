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

import rego.v1

deny contains {"id": r.id, "msg": sprintf("OpenSearch domain %s does not encrypt node-to-node traffic.", [r.name])} if {
	some r in input.resources.aws_opensearch_domain
	not r.node_to_node_encryption == true
}
