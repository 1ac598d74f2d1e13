# METADATA
# title: Classic Load Balancer TLS listeners allow only TLS 1.2+
# description: The SSL negotiation policy of every HTTPS/SSL listener enables no protocol older than TLS 1.2.
# custom:
#   id: AWS-ELB-02
#   severity: high
#   hipaa: ["164.312(e)(2)(ii)", "164.312(e)(2)(i)"]
#   resource_type: aws_elb_load_balancer
#   evidence: [listeners]
#   remediation: Attach ELBSecurityPolicy-TLS-1-2-2017-01 (or a custom policy with only Protocol-TLSv1.2) to the listener.
package hipaa.aws.elb.tls12_policy

import rego.v1

deny contains {"id": lb.id, "msg": sprintf("Classic load balancer %s listener on port %v allows %s.", [lb.name, l.port, concat(", ", _old(l))])} if {
	some lb in input.resources.aws_elb_load_balancer
	some l in lb.listeners
	l.protocol in {"HTTPS", "SSL"}
	count(_old(l)) > 0
}

deny contains {"id": lb.id, "msg": sprintf("Classic load balancer %s listener on port %v has no readable TLS protocols.", [lb.name, l.port])} if {
	some lb in input.resources.aws_elb_load_balancer
	some l in lb.listeners
	l.protocol in {"HTTPS", "SSL"}
	not _tls12(l)
	count(_old(l)) == 0
}

deny contains {"id": lb.id, "msg": sprintf("Classic load balancer %s: its listeners could not be read.", [lb.name])} if {
	some lb in input.resources.aws_elb_load_balancer
	not is_array(lb.listeners)
}

_old(l) := sort([p | some p in l.tls_protocols; not p in {"TLSv1.2", "TLSv1.3"}])

_tls12(l) if "TLSv1.2" in l.tls_protocols
