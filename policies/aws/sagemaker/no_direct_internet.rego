# METADATA
# title: SageMaker notebooks have no direct internet access
# description: Notebooks working on ePHI reach the internet only through the VPC's controlled egress.
# custom:
#   id: AWS-SAGEMAKER-02
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)"]
#   resource_type: aws_sagemaker_notebook
#   evidence: [direct_internet_access]
#   remediation: Recreate the notebook in a VPC subnet with DirectInternetAccess=Disabled.
package hipaa.aws.sagemaker.no_direct_internet

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("SageMaker notebook %s has direct internet access.", [res.label(r)])} if {
	some r in input.resources.aws_sagemaker_notebook
	r.direct_internet_access == true
}

deny contains {"id": r.id, "msg": sprintf("SageMaker notebook %s: whether it has direct internet access could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_sagemaker_notebook
	not _readable(r)
}

_readable(r) if is_boolean(r.direct_internet_access)
