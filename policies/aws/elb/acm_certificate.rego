# METADATA
# title: Classic Load Balancer TLS listeners use ACM certificates
# description: Certificates issued or imported in AWS Certificate Manager are tracked and (when issued by ACM) renewed automatically; a certificate uploaded to IAM expires unnoticed.
# custom:
#   id: AWS-ELB-05
#   severity: low
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: aws_elb_load_balancer
#   evidence: [listeners]
#   remediation: Issue or import the certificate in ACM and set it on the HTTPS/SSL listeners.
package hipaa.aws.elb.acm_certificate

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Classic Load Balancer %s has an HTTPS/SSL listener whose certificate is not from ACM.", [res.label(r)])} if {
	some r in input.resources.aws_elb_load_balancer
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Classic Load Balancer %s: its listeners could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_elb_load_balancer
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "The load balancer has no HTTPS or SSL listener."} if {
	some r in input.resources.aws_elb_load_balancer
	_na(r)
}

_known(r) if {
	is_array(r.listeners)
	every li in r.listeners { _typed(li) }
}

_ok(r) if {
	not _non_acm(r)
}

_typed(li) if {
	is_object(li)
	is_string(li.protocol)
	not li.protocol in _tls
}

_typed(li) if {
	is_object(li)
	li.protocol in _tls
	is_string(li.certificate_id)
}

_typed(li) if {
	is_object(li)
	li.protocol in _tls
	object.get(li, "certificate_id", 0) == null
}

_tls := {"HTTPS", "SSL"}

_non_acm(r) if {
	is_array(r.listeners)
	some li in r.listeners
	li.protocol in _tls
	not _acm_listener(li)
}

_acm_listener(li) if _acm(li.certificate_id)

_acm(arn) if {
	is_string(arn)
	regex.match(`^arn:aws[a-z-]*:acm:`, arn)
}

_na(r) if {
	is_array(r.listeners)
	every li in r.listeners { _plain(li) }
}

_plain(li) if {
	is_object(li)
	is_string(li.protocol)
	not li.protocol in _tls
}
