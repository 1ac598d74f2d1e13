# METADATA
# title: SSH compression is off or delayed
# description: >-
#   sshd Compression must be no (or delayed, after authentication), so that no unauthenticated user reaches the compression code.
# custom:
#   id: HOST-SSH-16
#   severity: low
#   hipaa: ["164.312(e)(1)"]
#   resource_type: host
#   evidence: [ssh.compression]
#   related_rules: ["SSG:sshd_disable_compression"]
#   remediation: >-
#     Set 'Compression no' in sshd_config.
package hipaa.host.ssh.compression

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd Compression must be no or delayed (reported: %v).", [h.id, lib.value(h, ["ssh", "compression"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_string(h.ssh.compression)
	upper(h.ssh.compression) in {"NO", "DELAYED"}
}
