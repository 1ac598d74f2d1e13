# METADATA
# title: SSM managed instances are patch compliant
# description: Patch Manager reports every managed instance compliant with its patch baseline.
# custom:
#   id: AWS-EC2-12
#   severity: high
#   hipaa: ["164.308(a)(1)(ii)(B)", "164.308(a)(5)(ii)(B)"]
#   resource_type: aws_ssm_managed_instance
#   evidence: [patch_compliance]
#   remediation: Run AWS-RunPatchBaseline (Patch Manager) on a maintenance window and fix the instances reported non-compliant.
package hipaa.aws.ec2.ssm_patch_compliant

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": m.id, "msg": sprintf("Managed instance %s is not patch compliant (%s).", [res.label(m), res.text(object.get(m, "patch_compliance", null))])} if {
	some m in input.resources.aws_ssm_managed_instance
	not m.patch_compliance == "COMPLIANT"
}
