# METADATA
# title: Load balancer TLS listeners allow only TLS 1.2+
# description: The security policy of every HTTPS/TLS listener offers no protocol older than TLS 1.2 (read from DescribeSSLPolicies). A Gateway Load Balancer has no TLS listeners, so it is not judged.
# custom:
#   id: AWS-ELBV2-02
#   severity: high
#   hipaa: ["164.312(e)(2)(ii)", "164.312(e)(2)(i)"]
#   resource_type: aws_lb
#   evidence: [type, listeners]
#   remediation: Use ELBSecurityPolicy-TLS13-1-2-2021-06 (or another TLS 1.2+ policy) on the listener.
package hipaa.aws.elbv2.tls12_policy

import data.hipaa.lib.resource as res
import rego.v1

_modern := {"TLSv1.2", "TLSv1.3"}

deny contains {"id": lb.id, "msg": sprintf("Load balancer %s listener on port %s allows %s (%s).", [res.label(lb), _port(l), concat(", ", old), _ssl_policy(l)])} if {
	some lb in input.resources.aws_lb
	some l in _tls_listeners(lb)
	_protocols_readable(l)
	old := sort([p | some p in l.tls_protocols; not p in _modern])
	count(old) > 0
}

deny contains {"id": lb.id, "msg": sprintf("Load balancer %s listener on port %s has no readable TLS protocols.", [res.label(lb), _port(l)])} if {
	some lb in input.resources.aws_lb
	some l in _tls_listeners(lb)
	not _protocols_known(l)
}

deny contains {"id": lb.id, "msg": sprintf("Load balancer %s: its listeners could not be read.", [res.label(lb)])} if {
	some lb in input.resources.aws_lb
	_judged(lb)
	not _listeners_readable(lb)
}

deny contains {"id": lb.id, "msg": sprintf("Load balancer %s: its type (application, network or gateway) could not be read.", [res.label(lb)])} if {
	some lb in input.resources.aws_lb
	not _known_type(lb)
}

not_applicable contains {"id": lb.id, "reason": sprintf("Load balancer %s is a Gateway Load Balancer: its listeners carry GENEVE traffic on port 6081, which has no TLS.", [res.label(lb)])} if {
	some lb in input.resources.aws_lb
	lb.type == "gateway"
}

not_applicable contains {"id": lb.id, "reason": sprintf("Load balancer %s has no HTTPS or TLS listener.", [res.label(lb)])} if {
	some lb in input.resources.aws_lb
	_judged(lb)
	_listeners_readable(lb)
	count(_tls_listeners(lb)) == 0
}

# Application and Network Load Balancers can terminate TLS.
_judged(lb) if lb.type in {"application", "network"}

_known_type(lb) if lb.type in {"application", "network", "gateway"}

# A list of listeners, each an object with a protocol name.
_listeners_readable(lb) if {
	is_array(lb.listeners)
	every l in lb.listeners {
		is_object(l)
		is_string(l.protocol)
	}
}

_tls_listeners(lb) := [l | some l in lb.listeners; l.protocol in {"HTTPS", "TLS"}] if {
	_judged(lb)
	_listeners_readable(lb)
}

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

_ssl_policy(l) := res.text(object.get(l, "ssl_policy", null))
