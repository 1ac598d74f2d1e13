# METADATA
# title: TLS key exchange gives at least 112-bit security (DH 2048+, ECDH 224+)
# description: >-
#   NIST SP 800-52 Rev. 2 (with SP 800-57 and SP 800-131A) requires at least 112-bit security for the
#   key exchange: finite-field Diffie-Hellman groups of 2048 bits or more and elliptic-curve keys of 224
#   bits or more. A server that negotiates DHE with a 1024-bit group (Logjam-class) lets a well-funded
#   attacker recover session keys, and the ePHI they protect, however strong the cipher. Judged on the
#   smallest ephemeral key of each kind over every accepted suite; an endpoint with no ephemeral
#   key exchange at all (static RSA only, which TLS-CIPHER-03 fails) is not applicable.
# custom:
#   id: TLS-CIPHER-04
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(e)(2)(ii)"]
#   resource_type: tls_endpoint
#   evidence: [ephemeral_keys.dh_min_size, ephemeral_keys.ecdh_min_size]
#   evidence_optional:
#     ephemeral_keys.dh_min_size: Null when the endpoint accepts no DHE suite, so there is no finite-field group to judge (a key that is left out still fails).
#     ephemeral_keys.ecdh_min_size: Null when the endpoint accepts no ECDHE suite, so there is no curve to judge (a key that is left out still fails).
#   remediation: >-
#     Use DH groups of 2048 bits or more (e.g. ffdhe2048 or larger, RFC 7919) or drop DHE suites, and offer
#     only curves of 224 bits or more (X25519, P-256, P-384).
package hipaa.tls.cipher.key_exchange_strength

import data.hipaa.lib.resource as res
import rego.v1

_minimum := {"dh_min_size": 2048, "ecdh_min_size": 224}

_kind := {"dh_min_size": "DH group", "ecdh_min_size": "ECDH key"}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s negotiates a %s-bit ephemeral %s, under %d bits (112-bit security).", [e.id, res.text(size), _kind[k], _minimum[k]])} if {
	some e in input.resources.tls_endpoint
	some k in ["dh_min_size", "ecdh_min_size"]
	size := e.ephemeral_keys[k]
	is_number(size)
	size < _minimum[k]
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no ephemeral key size facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not _known(e)
}

not_applicable contains {"id": e.id, "reason": "The endpoint accepts no ephemeral (EC)DH key exchange, so there is no key exchange size to judge (static key exchange is judged by TLS-CIPHER-03)."} if {
	some e in input.resources.tls_endpoint
	_known(e)
	e.ephemeral_keys.dh_min_size == null
	e.ephemeral_keys.ecdh_min_size == null
}

# Both sizes are present, each a number or null (no suite of that kind).
_known(e) if {
	is_object(e.ephemeral_keys)
	every k in ["dh_min_size", "ecdh_min_size"] {
		_size_fact(e.ephemeral_keys, k)
	}
}

_size_fact(keys, k) if is_number(keys[k])

_size_fact(keys, k) if keys[k] == null
