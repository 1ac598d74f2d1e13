# METADATA
# title: EMR clusters use Kerberos authentication
# description: Kerberos authenticates the users and services of a cluster that processes ePHI, instead of trusting any process that can reach it.
# custom:
#   id: AWS-EMR-04
#   severity: medium
#   hipaa: ["164.312(d)", "164.308(a)(3)(i)", "164.308(a)(3)(ii)(A)", "164.308(a)(3)(ii)(B)", "164.308(a)(4)(i)"]
#   resource_type: aws_emr_cluster
#   evidence: [kerberos_enabled]
#   remediation: Launch the cluster with a security configuration that has Kerberos authentication (AuthenticationConfiguration.KerberosConfiguration) and KerberosAttributes.
package hipaa.aws.emr.kerberos

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("EMR cluster %s does not use Kerberos authentication.", [res.label(r)])} if {
	some r in input.resources.aws_emr_cluster
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("EMR cluster %s: its Kerberos setting could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_emr_cluster
	not _known(r)
}

_known(r) if {
	is_boolean(r.kerberos_enabled)
}

_ok(r) if {
	r.kerberos_enabled == true
}
