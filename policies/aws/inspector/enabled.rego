# METADATA
# title: Inspector scans EC2, ECR and Lambda in every region
# description: Vulnerability scanning covers instances, container images and functions.
# custom:
#   id: AWS-INSPECTOR-01
#   severity: medium
#   hipaa: ["164.308(a)(1)(ii)(A)", "164.308(a)(1)(ii)(B)", "164.308(a)(5)(ii)(B)"]
#   resource_type: aws_inspector2_settings
#   evidence: [scanning.ec2, scanning.ecr, scanning.lambda]
#   remediation: Activate Amazon Inspector for EC2, ECR and Lambda in the region.
package hipaa.aws.inspector.enabled

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Inspector does not scan %s in %s.", [concat(", ", missing), res.text(object.get(r, "region", res.label(r)))])} if {
	some r in input.resources.aws_inspector2_settings
	missing := [t | some t in ["ec2", "ecr", "lambda"]; not _scans(r, t)]
	count(missing) > 0
}

_scans(r, t) if {
	is_object(r.scanning)
	r.scanning[t] == true
}
