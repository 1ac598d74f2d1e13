# METADATA
# title: No plaintext server packages are installed
# description: >-
#   Telnet, rsh, TFTP, FTP and NIS server packages must not be installed.
# custom:
#   id: HOST-NET-03
#   severity: medium
#   hipaa: ["164.312(e)(1)"]
#   resource_type: host
#   evidence: [legacy_services.installed]
#   remediation: >-
#     Remove the packages (apt-get purge telnetd rsh-server tftpd-hpa vsftpd nis / dnf remove telnet-server rsh-server tftp-server vsftpd ypserv).
package hipaa.host.network.legacy_packages

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: plaintext server package %s is installed.", [h.id, p])} if {
	some h in input.resources.host
	some p in h.legacy_services.installed
}

deny contains {"id": h.id, "msg": sprintf("Host %s: installed packages are not reported.", [h.id])} if {
	some h in input.resources.host
	not is_array(h.legacy_services.installed)
}
