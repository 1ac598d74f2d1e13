# METADATA
# title: EMR cluster masters have no public address
# description: The master node of a cluster processing ePHI is reachable only inside the VPC (no public DNS name).
# custom:
#   id: AWS-EMR-03
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)"]
#   resource_type: aws_emr_cluster
#   evidence: [master_public_dns]
#   evidence_optional:
#     master_public_dns: DescribeCluster gives no MasterPublicDnsName (null) when the master has no public address.
#   remediation: Launch the cluster in a private subnet (no public IP assignment) and reach it through Session Manager or a VPN.
package hipaa.aws.emr.master_not_public

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": c.id, "msg": sprintf("EMR cluster %s has a public master node (%s).", [res.label(c), dns])} if {
	some c in input.resources.aws_emr_cluster
	dns := c.master_public_dns
	_name(dns)
	not _private_name(dns)
}

deny contains {"id": c.id, "msg": sprintf("EMR cluster %s: its master node address could not be read.", [res.label(c)])} if {
	some c in input.resources.aws_emr_cluster
	not _known(c)
}

_name(dns) if {
	is_string(dns)
	dns != ""
}

# A cluster in a private subnet reports its private DNS name (ip-10-0-1-5.ec2.internal).
_private_name(dns) if startswith(dns, "ip-")

_private_name(dns) if endswith(dns, ".internal")

_known(c) if _name(c.master_public_dns)

_known(c) if is_null(c.master_public_dns)
