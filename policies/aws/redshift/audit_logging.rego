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

import rego.v1

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s has no audit logging.", [r.name])} if {
	some r in input.resources.aws_redshift_cluster
	not r.audit_logging == true
}
