# METADATA
# title: DMS replication instances are not publicly accessible
# description: A replication instance copies whole databases, ePHI included; a public address exposes it to the internet.
# custom:
#   id: AWS-DMS-01
#   severity: high
#   hipaa: ["164.308(a)(1)(ii)(B)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)", "164.312(a)(1)", "164.312(e)(1)"]
#   resource_type: aws_dms_replication_instance
#   evidence: [publicly_accessible]
#   remediation: Replication instances cannot be made private in place; create a new one with PubliclyAccessible false in a private subnet group and move the tasks to it.
package hipaa.aws.dms.not_public

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("DMS replication instance %s is publicly accessible.", [res.label(r)])} if {
	some r in input.resources.aws_dms_replication_instance
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("DMS replication instance %s: its public accessibility could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_dms_replication_instance
	not _known(r)
}

_known(r) if {
	is_boolean(r.publicly_accessible)
}

_ok(r) if {
	r.publicly_accessible == false
}
