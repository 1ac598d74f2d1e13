# METADATA
# title: Load balancer listeners use HTTPS/TLS (or redirect HTTP to HTTPS)
# description: Every ALB/NLB listener terminates TLS, or (HTTP only) redirects to HTTPS. A Gateway Load Balancer carries GENEVE traffic on port 6081, which has no TLS, so it is not judged.
# custom:
#   id: AWS-ELBV2-01
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: aws_lb
#   evidence: [type, listeners]
#   remediation: Replace HTTP/TCP listeners with HTTPS/TLS listeners, or make the HTTP listener's default action a redirect to HTTPS.
package hipaa.aws.elbv2.listeners_encrypted

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": lb.id, "msg": sprintf("Load balancer %s has a plaintext %s listener on port %s.", [res.label(lb), protocol, _port(l)])} if {
	some lb in input.resources.aws_lb
	_judged(lb)
	_listeners_readable(lb)
	some l in lb.listeners
	protocol := l.protocol
	not _encrypted(l)
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

not_applicable contains {"id": lb.id, "reason": sprintf("Load balancer %s has no listeners.", [res.label(lb)])} if {
	some lb in input.resources.aws_lb
	_judged(lb)
	lb.listeners == []
}

# Application and Network Load Balancers carry client traffic that TLS can protect.
_judged(lb) if lb.type in {"application", "network"}

_known_type(lb) if lb.type in {"application", "network", "gateway"}

_encrypted(l) if l.protocol in {"HTTPS", "TLS"}

_encrypted(l) if {
	l.protocol == "HTTP"
	l.redirects_to_https == true
}

# A list of listeners, each an object with a protocol name.
_listeners_readable(lb) if {
	is_array(lb.listeners)
	every l in lb.listeners {
		is_object(l)
		is_string(l.protocol)
	}
}

_port(l) := res.text(object.get(l, "port", null))
