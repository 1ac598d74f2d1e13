# METADATA
# title: Elastic Beanstalk environments use enhanced health reporting
# description: Enhanced health reporting watches the application's requests and instances, so failures of the ePHI application are seen and answered quickly.
# custom:
#   id: AWS-EB-02
#   severity: low
#   hipaa: ["164.312(b)"]
#   resource_type: aws_elastic_beanstalk_environment
#   evidence: [health_reporting]
#   remediation: Set aws:elasticbeanstalk:healthreporting:system SystemType to enhanced.
package hipaa.aws.elasticbeanstalk.enhanced_health

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Elastic Beanstalk environment %s does not use enhanced health reporting.", [res.label(r)])} if {
	some r in input.resources.aws_elastic_beanstalk_environment
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Elastic Beanstalk environment %s: its health reporting setting could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_elastic_beanstalk_environment
	not _known(r)
}

_known(r) if {
	is_string(r.health_reporting)
}

_ok(r) if {
	r.health_reporting == "enhanced"
}
