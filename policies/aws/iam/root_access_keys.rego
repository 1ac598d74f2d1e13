# METADATA
# title: The root user has no access keys
# description: Root access keys give unattributable, unrestricted programmatic access; actions must be taken by individually identified users.
# custom:
#   id: AWS-IAM-02
#   severity: critical
#   hipaa: ["164.312(a)(2)(i)", "164.308(a)(3)(ii)(A)"]
#   resource_type: aws_account
#   evidence: [root.access_keys_present]
#   remediation: Delete the root user's access keys; use IAM roles or users with least privilege instead.
package hipaa.aws.iam.root_access_keys

import rego.v1

deny contains {"id": a.id, "msg": sprintf("The root user of account %s has access keys.", [a.id])} if {
	some a in input.resources.aws_account
	not a.root.access_keys_present == false
}
