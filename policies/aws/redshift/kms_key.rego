# METADATA
# title: Redshift clusters are encrypted with a KMS key
# description: The cluster is encrypted with an AWS KMS key, whose policy controls who can decrypt and whose use CloudTrail records.
# custom:
#   id: AWS-RS-06
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: aws_redshift_cluster
#   evidence: [encrypted, kms_key_id]
#   remediation: Encrypt the cluster with a customer managed KMS key (ModifyCluster Encrypted with KmsKeyId).
package hipaa.aws.redshift.kms_key

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s is not encrypted with a KMS key.", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s: its encryption could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	not _known(r)
}

_known(r) if {
	is_boolean(r.encrypted)
	is_string(r.kms_key_id)
}

_known(r) if {
	is_boolean(r.encrypted)
	r.kms_key_id == null
}

_ok(r) if {
	r.encrypted == true
	is_string(r.kms_key_id)
	r.kms_key_id != ""
}
