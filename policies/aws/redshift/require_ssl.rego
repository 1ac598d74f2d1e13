# METADATA
# title: Redshift clusters require TLS connections
# description: Every parameter group of the cluster sets require_ssl=true.
# custom:
#   id: AWS-RS-03
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: aws_redshift_cluster
#   evidence: [require_ssl]
#   remediation: Set require_ssl=true in the cluster's parameter group and reboot the cluster.
package hipaa.aws.redshift.require_ssl

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s does not require TLS connections.", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	r.require_ssl == false
}

deny contains {"id": r.id, "msg": sprintf("Redshift cluster %s: whether it requires TLS could not be read (require_ssl of its parameter groups).", [res.label(r)])} if {
	some r in input.resources.aws_redshift_cluster
	not _read(r)
}

_read(r) if is_boolean(r.require_ssl)
