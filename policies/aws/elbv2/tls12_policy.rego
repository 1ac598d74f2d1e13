# METADATA
# title: Load balancer TLS listeners allow only TLS 1.2+
# description: The security policy of every HTTPS/TLS listener offers no protocol older than TLS 1.2 (read from DescribeSSLPolicies).
# custom:
#   id: AWS-ELBV2-02
#   severity: high
#   hipaa: ["164.312(e)(2)(ii)", "164.312(e)(2)(i)"]
#   resource_type: aws_lb
#   evidence: [listeners]
#   remediation: Use ELBSecurityPolicy-TLS13-1-2-2021-06 (or another TLS 1.2+ policy) on the listener.
package hipaa.aws.elbv2.tls12_policy

import rego.v1

deny contains {"id": lb.id, "msg": sprintf("Load balancer %s listener on port %v allows %s (%s).", [lb.name, l.port, concat(", ", _old(l)), l.ssl_policy])} if {
	some lb in input.resources.aws_lb
	some l in lb.listeners
	l.protocol in {"HTTPS", "TLS"}
	count(_old(l)) > 0
}

deny contains {"id": lb.id, "msg": sprintf("Load balancer %s listener on port %v has no readable TLS protocols.", [lb.name, l.port])} if {
	some lb in input.resources.aws_lb
	some l in lb.listeners
	l.protocol in {"HTTPS", "TLS"}
	not count(l.tls_protocols) > 0
}

deny contains {"id": lb.id, "msg": sprintf("Load balancer %s: its listeners could not be read.", [lb.name])} if {
	some lb in input.resources.aws_lb
	not is_array(lb.listeners)
}

_old(l) := sort([p | some p in l.tls_protocols; not p in {"TLSv1.2", "TLSv1.3"}])
