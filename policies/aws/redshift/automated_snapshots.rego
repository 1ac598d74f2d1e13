# METADATA
# title: Redshift clusters keep automated snapshots for at least 7 days
# description: Automated snapshots are retained a week or more.
# custom:
#   id: AWS-RS-04
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.310(d)(2)(iv)", "164.312(a)(2)(ii)"]
#   resource_type: aws_redshift_cluster
#   evidence: [automated_snapshot_retention_period]
#   remediation: Set the cluster's automated snapshot retention period to 7 days or more.
package hipaa.aws.redshift.automated_snapshots

import data.hipaa.lib.resource as res
import rego.v1

min_days := 7

deny contains {"id": c.id, "msg": sprintf("Redshift cluster %s keeps automated snapshots for %v days (minimum 7).", [res.label(c), days])} if {
	some c in input.resources.aws_redshift_cluster
	days := c.automated_snapshot_retention_period
	is_number(days)
	days < min_days
}

deny contains {"id": c.id, "msg": sprintf("Redshift cluster %s: its automated snapshot retention period could not be read.", [res.label(c)])} if {
	some c in input.resources.aws_redshift_cluster
	not _read(c)
}

_read(c) if is_number(c.automated_snapshot_retention_period)
