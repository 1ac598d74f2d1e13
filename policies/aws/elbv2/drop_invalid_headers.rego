# METADATA
# title: Application Load Balancers drop invalid HTTP headers
# description: Dropping header fields with invalid names closes a route for HTTP request smuggling and desynchronisation attacks on the services behind.
# custom:
#   id: AWS-ELBV2-05
#   severity: low
#   hipaa: ["164.312(c)(1)", "164.312(e)(1)"]
#   resource_type: aws_lb
#   evidence: [type, drop_invalid_header_fields]
#   remediation: Turn on routing.http.drop_invalid_header_fields.enabled in the load balancer's attributes.
package hipaa.aws.elbv2.drop_invalid_headers

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Application Load Balancer %s does not drop invalid HTTP headers.", [res.label(r)])} if {
	some r in input.resources.aws_lb
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Application Load Balancer %s: its header setting could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_lb
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "Only Application Load Balancers parse HTTP headers."} if {
	some r in input.resources.aws_lb
	_na(r)
}

_na(r) if {
	is_string(r.type)
	r.type != "application"
}

_known(r) if {
	r.type == "application"
	is_boolean(r.drop_invalid_header_fields)
}

_ok(r) if {
	r.drop_invalid_header_fields == true
}
