# METADATA
# title: The database's storage is encrypted at rest
# description: >-
#   PostgreSQL has no native transparent data encryption, so the server's storage is judged from
#   what the inventory links to it: the host collector's disk encryption of the same host (every
#   mounted file system other than /boot on LUKS), or the RDS/Aurora resource with the same endpoint
#   (storage_encrypted). Without such evidence the control is not applicable and points to an
#   attestation.
# custom:
#   id: DB-PG-21
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: postgres_server
#   evidence: [host]
#   reads: [host, aws_rds_instance, aws_rds_cluster]
#   remediation: >-
#     Put the data directory on an encrypted volume (LUKS, or an encrypted EBS/RDS volume); scan the
#     host too (hipaa-scan collect host) or record an attestation (hipaa-scan attest) that names the
#     encryption.
package hipaa.db.postgres.at_rest

import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: host %s has a file system that is not encrypted.", [r.id, h.id])} if {
	some r in input.resources.postgres_server
	some h in _hosts(r)
	not _host_encrypted(h)
}

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: RDS resource %s is not encrypted at rest.", [r.id, d.id])} if {
	some r in input.resources.postgres_server
	some d in _rds(r)
	not d.storage_encrypted == true
}

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: the server's host name is not reported.", [r.id])} if {
	some r in input.resources.postgres_server
	not _has_host(r)
}

_has_host(r) if is_string(r.host)

not_applicable contains {"id": r.id, "reason": "No host or RDS resource in this inventory matches the server's address, so encryption at rest cannot be judged here: scan the host as well, or record an attestation (hipaa-scan attest)."} if {
	some r in input.resources.postgres_server
	is_string(r.host)
	count(_hosts(r)) == 0
	count(_rds(r)) == 0
}

_hosts(r) := [h |
	is_string(r.host)
	some h in object.get(input.resources, "host", [])
	is_object(h)
	_names(h)[r.host]
]

_names(h) := {v | some k in ["id", "name", "address"]; v := h[k]; is_string(v)}

_rds(r) := [d |
	is_string(r.host)
	some t in ["aws_rds_instance", "aws_rds_cluster"]
	some d in object.get(input.resources, t, [])
	is_object(d)
	d.endpoint_address == r.host
]

_host_encrypted(h) if {
	is_array(h.disk_encryption.filesystems)
	count(_data_filesystems(h)) > 0
	every f in _data_filesystems(h) {
		f.encrypted == true
	}
}

_data_filesystems(h) := [f |
	some f in h.disk_encryption.filesystems
	is_object(f)
	not _boot(f)
]

_boot(f) if f.mountpoint in {"/boot", "/boot/efi"}
