# METADATA
# title: Load balancers write access logs
# description: Requests reaching systems that hold ePHI are logged.
# custom:
#   id: AWS-ELBV2-03
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_lb
#   evidence: [access_logs]
#   remediation: Set access_logs.s3.enabled=true with a log bucket on the load balancer.
package hipaa.aws.elbv2.access_logs

import rego.v1

deny contains {"id": r.id, "msg": sprintf("Load balancer %s writes no access logs.", [r.name])} if {
	some r in input.resources.aws_lb
	not r.access_logs == true
}
