# METADATA
# title: Redshift clusters have audit logging
# description: Connection, user and user-activity logs are delivered to S3 or CloudWatch.
# custom:
#   id: AWS-RS-05
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_redshift_cluster
#   evidence: [audit_logging]
#   remediation: Enable audit logging on the cluster.
package hipaa.aws.redshift.audit_logging

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s has no audit logging.", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	r.audit_logging == false
}

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s: its audit logging could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	not _read(r)
}

_read(r) if is_boolean(r.audit_logging)
