# METADATA
# title: OpenSearch domains are reachable only inside a VPC
# description: A domain with a public endpoint is reachable from the internet; domains holding ePHI live in a VPC.
# custom:
#   id: AWS-OS-04
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)"]
#   resource_type: aws_opensearch_domain
#   evidence: [in_vpc]
#   remediation: Create the domain with VPC access (subnets and security groups) and migrate the indices.
package hipaa.aws.opensearch.in_vpc

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": d.id, "msg": sprintf("OpenSearch domain %s has a public endpoint (not in a VPC).", [res.label(d)])} if {
	some d in input.resources.aws_opensearch_domain
	d.in_vpc == false
}

deny contains {"id": d.id, "msg": sprintf("OpenSearch domain %s: whether it is in a VPC could not be read.", [res.label(d)])} if {
	some d in input.resources.aws_opensearch_domain
	not _read(d)
}

_read(d) if is_boolean(d.in_vpc)
