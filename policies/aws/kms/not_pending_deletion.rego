# METADATA
# title: Customer managed KMS keys are not scheduled for deletion
# description: Deleting a KMS key makes everything encrypted under it unreadable for good; a key pending deletion must be a deliberate decision, reviewed before the waiting period ends.
# custom:
#   id: AWS-KMS-02
#   severity: high
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.312(a)(2)(iv)"]
#   resource_type: aws_kms_key
#   evidence: [key_state]
#   remediation: Cancel the key deletion (CancelKeyDeletion) unless no data is encrypted under it.
package hipaa.aws.kms.not_pending_deletion

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("KMS key %s is scheduled for deletion.", [res.label(r)])} if {
	some r in input.resources.aws_kms_key
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("KMS key %s: its state could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_kms_key
	not _known(r)
}

_known(r) if {
	r.key_state in {"Enabled", "Disabled", "PendingDeletion", "PendingImport", "PendingReplicaDeletion", "Unavailable", "Creating", "Updating"}
}

_ok(r) if {
	r.key_state != "PendingDeletion"
	r.key_state != "PendingReplicaDeletion"
}
