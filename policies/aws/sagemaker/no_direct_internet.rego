# METADATA
# title: SageMaker notebooks have no direct internet access
# description: Notebooks working on ePHI reach the internet only through the VPC's controlled egress.
# custom:
#   id: AWS-SAGEMAKER-02
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(A)", "164.308(a)(3)(i)"]
#   resource_type: aws_sagemaker_notebook
#   evidence: [direct_internet_access]
#   remediation: Recreate the notebook in a VPC subnet with DirectInternetAccess=Disabled.
package hipaa.aws.sagemaker.no_direct_internet

import rego.v1

deny contains {"id": r.id, "msg": sprintf("SageMaker notebook %s has direct internet access.", [r.name])} if {
	some r in input.resources.aws_sagemaker_notebook
	not r.direct_internet_access == false
}
