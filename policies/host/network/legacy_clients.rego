# METADATA
# title: No cleartext remote-login clients are installed
# description: >-
#   The telnet, talk, rsh and NIS (ypbind) clients must not be installed: they send credentials and data unencrypted.
# custom:
#   id: HOST-NET-06
#   severity: medium
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: host
#   evidence: [legacy_clients.installed]
#   related_rules: ["SSG:package_telnet_removed", "SSG:package_talk_removed", "SSG:package_rsh_removed", "SSG:package_ypbind_removed", "CIS:2.3 Ensure nonessential service clients are not installed"]
#   evidence_optional:
#     legacy_clients.installed: An empty list means none of the cleartext clients is installed.
#   remediation: >-
#     apt purge telnet talk rsh-client (RHEL: dnf remove telnet talk rsh ypbind).
package hipaa.host.network.legacy_clients

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: cleartext clients installed (reported: %v).", [h.id, lib.value(h, ["legacy_clients", "installed"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_array(h.legacy_clients.installed)
	count(h.legacy_clients.installed) == 0
}
