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

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": lb.id, "msg": sprintf("Classic load balancer %s has a plaintext %s listener on port %s.", [res.label(lb), protocol, _port(l)])} if {
	some lb in input.resources.aws_elb_load_balancer
	_listeners_readable(lb)
	some l in lb.listeners
	protocol := l.protocol
	not _encrypted(protocol)
}

deny contains {"id": lb.id, "msg": sprintf("Classic load balancer %s: its listeners could not be read.", [res.label(lb)])} if {
	some lb in input.resources.aws_elb_load_balancer
	not _listeners_readable(lb)
}

not_applicable contains {"id": lb.id, "reason": sprintf("Classic load balancer %s has no listeners.", [res.label(lb)])} if {
	some lb in input.resources.aws_elb_load_balancer
	lb.listeners == []
}

_encrypted(protocol) if protocol in {"HTTPS", "SSL"}

# A list of listeners, each an object with a protocol name.
_listeners_readable(lb) if {
	is_array(lb.listeners)
	every l in lb.listeners {
		is_object(l)
		is_string(l.protocol)
	}
}

_port(l) := res.text(object.get(l, "port", null))
