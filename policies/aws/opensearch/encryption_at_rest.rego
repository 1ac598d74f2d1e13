# METADATA
# title: OpenSearch domains encrypt data at rest
# description: Indices, logs and swap of a domain holding ePHI are encrypted with KMS.
# custom:
#   id: AWS-OS-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)", "164.314(b)(1)"]
#   resource_type: aws_opensearch_domain
#   evidence: [encryption_at_rest]
#   remediation: "Enable encryption at rest on the domain (new domains: at creation; older ones need a new domain and reindex)."
package hipaa.aws.opensearch.encryption_at_rest

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": d.id, "msg": sprintf("OpenSearch domain %s does not encrypt data at rest.", [res.label(d)])} if {
	some d in input.resources.aws_opensearch_domain
	d.encryption_at_rest == false
}

deny contains {"id": d.id, "msg": sprintf("OpenSearch domain %s: whether it encrypts data at rest could not be read.", [res.label(d)])} if {
	some d in input.resources.aws_opensearch_domain
	not _read(d)
}

_read(d) if is_boolean(d.encryption_at_rest)
