# METADATA
# title: EMR cluster masters have no public address
# description: The master node of a cluster processing ePHI is reachable only inside the VPC (no public DNS name).
# custom:
#   id: AWS-EMR-03
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(A)", "164.308(a)(3)(i)"]
#   resource_type: aws_emr_cluster
#   evidence: [master_public_dns]
#   remediation: Launch the cluster in a private subnet (no public IP assignment) and reach it through Session Manager or a VPN.
package hipaa.aws.emr.master_not_public

import rego.v1

deny contains {"id": c.id, "msg": sprintf("EMR cluster %s has a public master node (%s).", [c.name, c.master_public_dns])} if {
	some c in input.resources.aws_emr_cluster
	is_string(c.master_public_dns)
	not _private_name(c.master_public_dns)
}

# A cluster in a private subnet reports its private DNS name (ip-10-0-1-5.ec2.internal).
_private_name(dns) if startswith(dns, "ip-")

_private_name(dns) if endswith(dns, ".internal")

deny contains {"id": c.id, "msg": sprintf("EMR cluster %s: its master node address could not be read.", [c.name])} if {
	some c in input.resources.aws_emr_cluster
	not _known(c)
}

_known(c) if is_string(c.master_public_dns)

_known(c) if is_null(c.master_public_dns)
