# METADATA
# title: Route tables do not route the whole internet to an internet gateway
# description: A route of 0.0.0.0/0 or ::/0 to an internet gateway makes the associated subnets public (the AWS Config pack's no-unrestricted-route-to-igw); subnets holding ePHI reach the internet through a NAT gateway or VPC endpoints instead.
# custom:
#   id: AWS-EC2-21
#   severity: medium
#   hipaa: ["164.312(e)(1)", "164.312(a)(1)"]
#   resource_type: aws_route_table
#   evidence: [routes]
#   evidence_optional:
#     routes: An empty list means the table has no route, so nothing reaches the internet.
#   remediation: Remove the default route to the internet gateway from route tables of private subnets; route outbound traffic through a NAT gateway or VPC endpoints.
package hipaa.aws.ec2.route_table_igw

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Route table %s routes all internet traffic to an internet gateway.", [res.label(r)])} if {
	some r in input.resources.aws_route_table
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Route table %s: its routes could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_route_table
	not _known(r)
}

_known(r) if {
	is_array(r.routes)
	every x in r.routes { _typed(x) }
}

_ok(r) if {
	not _open(r)
}

_typed(x) if {
	is_object(x)
	_str_or_null(object.get(x, "destination", 0))
	_str_or_null(object.get(x, "gateway_id", 0))
}

_str_or_null(v) if is_string(v)

_str_or_null(v) if v == null

_open(r) if {
	is_array(r.routes)
	some x in r.routes
	x.destination in {"0.0.0.0/0", "::/0"}
	is_string(x.gateway_id)
	startswith(x.gateway_id, "igw-")
}
