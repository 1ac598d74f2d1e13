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
#   related_rules: ["SSG:encrypt_partitions"]
#   remediation: >-
#     Move the data to a LUKS-encrypted volume (cryptsetup luksFormat) and list it in /etc/crypttab.
package hipaa.host.crypto.disk_encryption

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: file system %s on %s is not encrypted.", [h.id, mountpoint, device])} if {
	some h in input.resources.host
	is_array(h.disk_encryption.filesystems)
	some f in h.disk_encryption.filesystems
	not _boot(f)
	not f.encrypted == true
	mountpoint := res.text(object.get(_object(f), "mountpoint", null))
	device := res.text(object.get(_object(f), "device", null))
}

deny contains {"id": h.id, "msg": sprintf("Host %s: block devices are not reported.", [h.id])} if {
	some h in input.resources.host
	not _reported(h)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: no mounted block-device file system other than /boot was found, so encryption at rest cannot be shown.", [h.id])} if {
	some h in input.resources.host
	_reported(h)
	not _data_filesystem(h)
}

_reported(h) if is_array(h.disk_encryption.filesystems)

_data_filesystem(h) if {
	some f in h.disk_encryption.filesystems
	not _boot(f)
}

# /boot and the EFI partition hold no ePHI and must stay readable by the boot loader.
_boot(f) if f.mountpoint == "/boot"

_boot(f) if f.mountpoint == "/boot/efi"

_object(f) := f if is_object(f)

_object(f) := {} if not is_object(f)
