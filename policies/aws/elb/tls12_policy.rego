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

import data.hipaa.lib.resource as res
import rego.v1

_modern := {"TLSv1.2", "TLSv1.3"}

deny contains {"id": lb.id, "msg": sprintf("Classic load balancer %s listener on port %s allows %s.", [res.label(lb), _port(l), concat(", ", old)])} if {
	some lb in input.resources.aws_elb_load_balancer
	some l in _tls_listeners(lb)
	_protocols_readable(l)
	old := sort([p | some p in l.tls_protocols; not p in _modern])
	count(old) > 0
}

deny contains {"id": lb.id, "msg": sprintf("Classic load balancer %s listener on port %s has no readable TLS protocols.", [res.label(lb), _port(l)])} if {
	some lb in input.resources.aws_elb_load_balancer
	some l in _tls_listeners(lb)
	not _protocols_known(l)
}

deny contains {"id": lb.id, "msg": sprintf("Classic load balancer %s: its listeners could not be read.", [res.label(lb)])} if {
	some lb in input.resources.aws_elb_load_balancer
	not _listeners_readable(lb)
}

not_applicable contains {"id": lb.id, "reason": sprintf("Classic load balancer %s has no HTTPS or SSL listener.", [res.label(lb)])} if {
	some lb in input.resources.aws_elb_load_balancer
	_listeners_readable(lb)
	count(_tls_listeners(lb)) == 0
}

# A list of listeners, each an object with a protocol name.
_listeners_readable(lb) if {
	is_array(lb.listeners)
	every l in lb.listeners {
		is_object(l)
		is_string(l.protocol)
	}
}

_tls_listeners(lb) := [l | some l in lb.listeners; l.protocol in {"HTTPS", "SSL"}] if _listeners_readable(lb)

_protocols_readable(l) if {
	is_array(l.tls_protocols)
	every p in l.tls_protocols {
		is_string(p)
	}
}

_protocols_known(l) if {
	_protocols_readable(l)
	count(l.tls_protocols) > 0
}

_port(l) := res.text(object.get(l, "port", null))
