# METADATA
# title: Load balancer listeners use HTTPS/TLS (or redirect HTTP to HTTPS)
# description: Every ALB/NLB listener terminates TLS, or (HTTP only) redirects to HTTPS.
# custom:
#   id: AWS-ELBV2-01
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: aws_lb
#   evidence: [listeners]
#   remediation: Replace HTTP/TCP listeners with HTTPS/TLS listeners, or make the HTTP listener's default action a redirect to HTTPS.
package hipaa.aws.elbv2.listeners_encrypted

import rego.v1

deny contains {"id": lb.id, "msg": sprintf("Load balancer %s has a plaintext %s listener on port %v.", [lb.name, l.protocol, l.port])} if {
	some lb in input.resources.aws_lb
	some l in lb.listeners
	not l.protocol in {"HTTPS", "TLS"}
	not l.redirects_to_https == true
}

deny contains {"id": lb.id, "msg": sprintf("Load balancer %s: its listeners could not be read.", [lb.name])} if {
	some lb in input.resources.aws_lb
	not is_array(lb.listeners)
}
