# METADATA
# title: Macie is enabled in every region
# description: Sensitive-data discovery finds ePHI in S3 buckets that are not known to hold it.
# custom:
#   id: AWS-MACIE-01
#   severity: medium
#   hipaa: ["164.308(a)(1)(ii)(A)", "164.308(a)(7)(ii)(E)"]
#   resource_type: aws_macie_settings
#   evidence: [enabled]
#   remediation: Enable Amazon Macie in the region and configure automated sensitive data discovery.
package hipaa.aws.macie.enabled

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Macie is not enabled in %s.", [res.text(object.get(r, "region", res.label(r)))])} if {
	some r in input.resources.aws_macie_settings
	not r.enabled == true
}
