# METADATA
# title: Classic Load Balancers accept only HTTPS/SSL
# description: Every listener of an internet- or VPC-facing classic load balancer uses HTTPS or SSL.
# custom:
#   id: AWS-ELB-01
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: aws_elb_load_balancer
#   evidence: [listeners]
#   remediation: Replace HTTP/TCP listeners with HTTPS/SSL listeners using an ACM certificate.
package hipaa.aws.elb.listeners_encrypted

import rego.v1

deny contains {"id": lb.id, "msg": sprintf("Classic load balancer %s has a plaintext %s listener on port %v.", [lb.name, l.protocol, l.port])} if {
	some lb in input.resources.aws_elb_load_balancer
	some l in lb.listeners
	not l.protocol in {"HTTPS", "SSL"}
}

deny contains {"id": lb.id, "msg": sprintf("Classic load balancer %s: its listeners could not be read.", [lb.name])} if {
	some lb in input.resources.aws_elb_load_balancer
	not is_array(lb.listeners)
}
