# METADATA
# title: Site-to-Site VPN connections have both tunnels up
# description: Each VPN connection has two tunnels for redundancy; with one down, ePHI traffic to the premises depends on a single path and stops when it fails.
# custom:
#   id: AWS-EC2-25
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(B)", "164.308(a)(1)(ii)(B)", "164.308(a)(7)(i)", "164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(C)"]
#   resource_type: aws_vpn_connection
#   evidence: [state, tunnels]
#   remediation: Bring the down tunnel up; check the customer gateway's configuration for it (IKE, pre-shared key, routing) against the VPN connection's configuration.
package hipaa.aws.ec2.vpn_tunnels_up

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("VPN connection %s does not have both tunnels up.", [res.label(r)])} if {
	some r in input.resources.aws_vpn_connection
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("VPN connection %s: its tunnels' status could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_vpn_connection
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "The VPN connection is not available (pending, deleting or deleted)."} if {
	some r in input.resources.aws_vpn_connection
	_na(r)
}

_na(r) if {
	is_string(r.state)
	r.state != "available"
}

_known(r) if {
	r.state == "available"
	is_array(r.tunnels)
	every t in r.tunnels {
		is_object(t)
	}
}

_ok(r) if {
	count(r.tunnels) >= 2
	count([t | some t in r.tunnels; not t.status == "UP"]) == 0
}
