# METADATA
# title: EKS clusters encrypt Kubernetes secrets with KMS
# description: Envelope encryption of Kubernetes secrets with a KMS key protects credentials that workloads use to reach ePHI, beyond the default etcd volume encryption.
# custom:
#   id: AWS-EKS-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: aws_eks_cluster
#   evidence: [secrets_kms_key_arn]
#   remediation: Associate a KMS key for secrets encryption with the cluster (AssociateEncryptionConfig).
package hipaa.aws.eks.secrets_encrypted

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("EKS cluster %s does not encrypt Kubernetes secrets with a KMS key.", [res.label(r)])} if {
	some r in input.resources.aws_eks_cluster
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("EKS cluster %s: its secrets encryption could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_eks_cluster
	not _known(r)
}

_known(r) if {
	is_string(r.secrets_kms_key_arn)
}

_known(r) if {
	r.secrets_kms_key_arn == null
}

_ok(r) if {
	is_string(r.secrets_kms_key_arn)
	r.secrets_kms_key_arn != ""
}
