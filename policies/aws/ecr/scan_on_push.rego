# METADATA
# title: ECR repositories scan images on push
# description: Every pushed image is scanned for known vulnerabilities.
# custom:
#   id: AWS-ECR-01
#   severity: medium
#   hipaa: ["164.308(a)(1)(ii)(A)", "164.308(a)(5)(ii)(B)"]
#   resource_type: aws_ecr_repository
#   evidence: [scan_on_push]
#   remediation: Enable scan on push on the repository (or enhanced scanning with Inspector for the registry).
package hipaa.aws.ecr.scan_on_push

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("ECR repository %s does not scan images on push.", [res.label(r)])} if {
	some r in input.resources.aws_ecr_repository
	r.scan_on_push == false
}

deny contains {"id": r.id, "msg": sprintf("ECR repository %s: whether it scans images on push could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_ecr_repository
	not _readable(r)
}

_readable(r) if is_boolean(r.scan_on_push)
