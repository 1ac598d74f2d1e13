# METADATA
# title: SSM managed instances comply with their State Manager associations
# description: State Manager associations keep a configuration (agents, hardening, antivirus) applied; every managed instance reports them compliant.
# custom:
#   id: AWS-EC2-24
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(B)", "164.308(a)(1)(ii)(B)"]
#   resource_type: aws_ssm_managed_instance
#   evidence: [association_compliance]
#   remediation: Fix the failing associations (see Systems Manager Compliance) or associate the instance with its baseline configuration.
package hipaa.aws.ec2.ssm_association_compliant

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("SSM managed instance %s reports State Manager association compliance %s, not COMPLIANT.", [res.label(r), res.text(r.association_compliance)])} if {
	some r in input.resources.aws_ssm_managed_instance
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("SSM managed instance %s: its association compliance could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_ssm_managed_instance
	not _known(r)
}

_known(r) if {
	is_string(r.association_compliance)
}

_ok(r) if {
	r.association_compliance == "COMPLIANT"
}
