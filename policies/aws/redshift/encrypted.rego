# METADATA
# title: Redshift clusters are encrypted
# description: Data warehouse clusters holding ePHI encrypt data at rest with KMS.
# custom:
#   id: AWS-RS-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)", "164.314(b)(1)"]
#   resource_type: aws_redshift_cluster
#   evidence: [encrypted]
#   remediation: Modify the cluster to enable encryption with a KMS key.
package hipaa.aws.redshift.encrypted

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s is not encrypted.", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	r.encrypted == false
}

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s: whether it is encrypted could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	not _read(r)
}

_read(r) if is_boolean(r.encrypted)
