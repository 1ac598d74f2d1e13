# METADATA
# title: SSM documents are not shared publicly
# description: A public SSM document shows every AWS account the commands and parameters the entity runs on its ePHI systems.
# custom:
#   id: AWS-SSM-02
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(3)(ii)(B)", "164.308(a)(4)(i)", "164.308(a)(4)(ii)(B)"]
#   resource_type: aws_ssm_document
#   evidence: [shared_with]
#   evidence_optional:
#     shared_with: An empty list is a document shared with no other account (null or missing is still denied).
#   remediation: Stop public sharing (ModifyDocumentPermission --account-ids-to-remove all) and share with named accounts only.
package hipaa.aws.ssm.document_not_public

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("SSM document %s is shared publicly.", [res.label(r)])} if {
	some r in input.resources.aws_ssm_document
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("SSM document %s: its sharing permissions could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_ssm_document
	not _known(r)
}

_known(r) if {
	is_array(r.shared_with)
}

_ok(r) if {
	not _public(r)
}

_public(r) if {
	is_array(r.shared_with)
	some account in r.shared_with
	account == "all"
}
