# METADATA
# title: Swap is encrypted or absent
# description: >-
#   Memory pages that hold ePHI are written to swap; swap must be on dm-crypt, in memory (zram), or absent.
# custom:
#   id: HOST-CRYPTO-02
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: host
#   evidence: [swap.devices]
#   related_rules: ["SSG:encrypt_partitions"]
#   remediation: >-
#     Put swap on a dm-crypt device (random key in /etc/crypttab) or turn it off.
package hipaa.host.crypto.swap_encryption

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: swap %s is not encrypted.", [h.id, name])} if {
	some h in input.resources.host
	is_array(h.swap.devices)
	some d in h.swap.devices
	not d.encrypted == true
	not d.in_memory == true
	name := res.text(object.get(_object(d), "name", null))
}

deny contains {"id": h.id, "msg": sprintf("Host %s: swap devices are not reported.", [h.id])} if {
	some h in input.resources.host
	not _reported(h)
}

not_applicable contains {"id": h.id, "reason": "The host has no swap, so no swapped-out memory can reach a disk."} if {
	some h in input.resources.host
	h.swap.devices == []
}

_reported(h) if is_array(h.swap.devices)

_object(d) := d if is_object(d)

_object(d) := {} if not is_object(d)
