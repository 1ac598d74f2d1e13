# METADATA
# title: No plaintext remote-access service is listening
# description: >-
#   Telnet (23), FTP (21), TFTP (69/udp), rexec (512), rlogin (513) and rsh (514/tcp) send credentials and data in clear text; none may listen on a non-loopback address.
# custom:
#   id: HOST-NET-02
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: host
#   evidence: [listeners.sockets]
#   related_rules: ["SSG:service_telnet_disabled", "SSG:service_rsh_disabled", "CIS:2.2.x Ensure nonessential services are not listening"]
#   evidence_optional:
#     listeners.sockets: An empty list means nothing listens on the network, so no plaintext service does.
#   remediation: >-
#     Stop and disable the service (systemctl disable --now telnet.socket, vsftpd, ...) and use SSH/SFTP instead.
package hipaa.host.network.plaintext_listeners

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: plaintext service %s listens on %s port %d.", [h.id, service, address, s.port])} if {
	some h in input.resources.host
	is_array(h.listeners.sockets)
	some s in h.listeners.sockets
	is_object(s)
	not s.loopback == true
	service := _plaintext[[s.proto, s.port]]
	address := res.text(object.get(s, "address", null))
}

deny contains {"id": h.id, "msg": sprintf("Host %s: listening sockets are not reported.", [h.id])} if {
	some h in input.resources.host
	not _sockets_reported(h)
}

_sockets_reported(h) if {
	is_array(h.listeners.sockets)
	every s in h.listeners.sockets {
		is_string(s.proto)
		is_number(s.port)
	}
}

_plaintext := {
	["tcp", 21]: "ftp",
	["tcp", 23]: "telnet",
	["udp", 69]: "tftp",
	["tcp", 512]: "rexec",
	["tcp", 513]: "rlogin",
	["tcp", 514]: "rsh",
}
