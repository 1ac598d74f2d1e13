# METADATA
# title: EC2 instances have detailed monitoring
# description: Detailed monitoring sends the instance's metrics every minute, so alarms on unusual activity fire in minutes rather than after five.
# custom:
#   id: AWS-EC2-15
#   severity: low
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_ec2_instance
#   evidence: [monitoring, state]
#   remediation: Enable detailed monitoring on the instance (MonitorInstances).
package hipaa.aws.ec2.detailed_monitoring

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("EC2 instance %s does not have detailed monitoring.", [res.label(r)])} if {
	some r in input.resources.aws_ec2_instance
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("EC2 instance %s: its monitoring state could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_ec2_instance
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "The instance is terminated or shutting down."} if {
	some r in input.resources.aws_ec2_instance
	_na(r)
}

_na(r) if {
	r.state in {"terminated", "shutting-down"}
}

_known(r) if {
	is_string(r.monitoring)
	r.state in {"pending", "running", "stopping", "stopped"}
}

_ok(r) if {
	r.monitoring in {"enabled", "pending"}
}
