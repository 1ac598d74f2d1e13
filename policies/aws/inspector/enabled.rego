# METADATA
# title: Inspector scans EC2, ECR and Lambda in every region
# description: Vulnerability scanning covers instances, container images and functions.
# custom:
#   id: AWS-INSPECTOR-01
#   severity: medium
#   hipaa: ["164.308(a)(1)(ii)(A)", "164.308(a)(1)(ii)(B)", "164.308(a)(5)(ii)(B)"]
#   resource_type: aws_inspector2_settings
#   evidence: [scanning]
#   remediation: Activate Amazon Inspector for EC2, ECR and Lambda in the region.
package hipaa.aws.inspector.enabled

import rego.v1

deny contains {"id": r.id, "msg": sprintf("Inspector does not scan %s in %s.", [concat(", ", _missing(r)), object.get(r, "region", r.name)])} if {
	some r in input.resources.aws_inspector2_settings
	count(_missing(r)) > 0
}

_missing(r) := [t | some t in ["ec2", "ecr", "lambda"]; not r.scanning[t] == true]
