# METADATA
# title: RDS instances have Enhanced Monitoring
# description: Enhanced Monitoring gathers operating-system metrics of the database host at intervals of a minute or less.
# custom:
#   id: AWS-RDS-15
#   severity: low
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_rds_instance
#   evidence: [monitoring_interval]
#   remediation: Modify the instance with a MonitoringInterval (1-60 seconds) and a monitoring role.
package hipaa.aws.rds.enhanced_monitoring

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("RDS instance %s does not have Enhanced Monitoring.", [res.label(r)])} if {
	some r in input.resources.aws_rds_instance
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("RDS instance %s: its monitoring interval could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_rds_instance
	not _known(r)
}

_known(r) if {
	is_number(r.monitoring_interval)
}

_ok(r) if {
	r.monitoring_interval > 0
}
