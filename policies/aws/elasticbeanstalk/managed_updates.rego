# METADATA
# title: Elastic Beanstalk environments take managed platform updates
# description: Managed platform updates apply the platform's security patches in a maintenance window, so the servers that run the ePHI application do not fall behind.
# custom:
#   id: AWS-EB-01
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(B)"]
#   resource_type: aws_elastic_beanstalk_environment
#   evidence: [managed_actions_enabled]
#   remediation: Turn on managed platform updates (aws:elasticbeanstalk:managedactions ManagedActionsEnabled true, with an update level and window).
package hipaa.aws.elasticbeanstalk.managed_updates

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Elastic Beanstalk environment %s does not take managed platform updates.", [res.label(r)])} if {
	some r in input.resources.aws_elastic_beanstalk_environment
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Elastic Beanstalk environment %s: its managed update setting could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_elastic_beanstalk_environment
	not _known(r)
}

_known(r) if {
	is_string(r.managed_actions_enabled)
}

_ok(r) if {
	r.managed_actions_enabled == "true"
}
