# METADATA
# title: Redshift clusters are not publicly accessible
# description: A cluster with a public endpoint is reachable from the internet.
# custom:
#   id: AWS-RS-02
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.308(a)(3)(i)"]
#   resource_type: aws_redshift_cluster
#   evidence: [publicly_accessible]
#   remediation: Modify the cluster and turn off Publicly accessible.
package hipaa.aws.redshift.not_public

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s is publicly accessible.", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	r.publicly_accessible == true
}

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s: whether it is publicly accessible could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	not _read(r)
}

_read(r) if is_boolean(r.publicly_accessible)
