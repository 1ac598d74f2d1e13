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
#   remediation: >-
#     Stop and disable the service (systemctl disable --now telnet.socket, vsftpd, ...) and use SSH/SFTP instead.
package hipaa.host.network.plaintext_listeners

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: plaintext service %s listens on %s port %d.", [h.id, _plaintext[[s.proto, s.port]], s.address, s.port])} if {
	some h in input.resources.host
	some s in h.listeners.sockets
	not s.loopback == true
	_plaintext[[s.proto, s.port]]
}

deny contains {"id": h.id, "msg": sprintf("Host %s: listening sockets are not reported.", [h.id])} if {
	some h in input.resources.host
	not is_array(h.listeners.sockets)
}

_plaintext := {
	["tcp", 21]: "ftp",
	["tcp", 23]: "telnet",
	["udp", 69]: "tftp",
	["tcp", 512]: "rexec",
	["tcp", 513]: "rlogin",
	["tcp", 514]: "rsh",
}
