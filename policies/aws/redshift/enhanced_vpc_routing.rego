# METADATA
# title: Redshift clusters use enhanced VPC routing
# description: Enhanced VPC routing forces COPY and UNLOAD traffic between the cluster and data stores through the VPC, under its security groups, endpoints and flow logs.
# custom:
#   id: AWS-RS-07
#   severity: low
#   hipaa: ["164.312(e)(1)"]
#   resource_type: aws_redshift_cluster
#   evidence: [enhanced_vpc_routing]
#   remediation: Modify the cluster with EnhancedVpcRouting.
package hipaa.aws.redshift.enhanced_vpc_routing

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s does not use enhanced VPC routing.", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s: whether it uses enhanced VPC routing could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	not _known(r)
}

_known(r) if {
	is_boolean(r.enhanced_vpc_routing)
}

_ok(r) if {
	r.enhanced_vpc_routing == true
}
