# METADATA
# title: Classic Load Balancers write access logs
# description: Requests reaching systems that hold ePHI are logged.
# custom:
#   id: AWS-ELB-03
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_elb_load_balancer
#   evidence: [access_logs]
#   remediation: Enable access logs on the load balancer to an S3 bucket.
package hipaa.aws.elb.access_logs

import rego.v1

deny contains {"id": r.id, "msg": sprintf("Classic load balancer %s writes no access logs.", [r.name])} if {
	some r in input.resources.aws_elb_load_balancer
	not r.access_logs == true
}
