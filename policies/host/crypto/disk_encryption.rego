# METADATA
# title: Data file systems are encrypted at rest
# description: >-
#   Every mounted disk file system other than /boot and /boot/efi must sit on a LUKS/dm-crypt device.
# custom:
#   id: HOST-CRYPTO-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(1)"]
#   resource_type: host
#   evidence: [disk_encryption.filesystems]
#   remediation: >-
#     Move the data to a LUKS-encrypted volume (cryptsetup luksFormat) and list it in /etc/crypttab.
package hipaa.host.crypto.disk_encryption

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: file system %s on %s is not encrypted.", [h.id, f.mountpoint, f.device])} if {
	some h in input.resources.host
	some f in h.disk_encryption.filesystems
	not f.mountpoint in {"/boot", "/boot/efi"}
	not f.encrypted == true
}

deny contains {"id": h.id, "msg": sprintf("Host %s: block devices are not reported.", [h.id])} if {
	some h in input.resources.host
	not is_array(h.disk_encryption.filesystems)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: no mounted block-device file system was found, so encryption at rest cannot be shown.", [h.id])} if {
	some h in input.resources.host
	is_array(h.disk_encryption.filesystems)
	count(h.disk_encryption.filesystems) == 0
}
