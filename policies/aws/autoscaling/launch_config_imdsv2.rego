# METADATA
# title: Auto Scaling launch configurations require IMDSv2
# description: Instance metadata version 2 needs a session token, which stops server-side request forgery from reading the instance role's credentials and reaching ePHI with them.
# custom:
#   id: AWS-ASG-03
#   severity: medium
#   hipaa: ["164.312(a)(1)", "164.312(d)"]
#   resource_type: aws_autoscaling_launch_configuration
#   evidence: [metadata_http_tokens]
#   remediation: Create a launch configuration (or launch template) with MetadataOptions HttpTokens required and move the group to it.
package hipaa.aws.autoscaling.launch_config_imdsv2

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Launch configuration %s does not require IMDSv2 session tokens.", [res.label(r)])} if {
	some r in input.resources.aws_autoscaling_launch_configuration
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Launch configuration %s: its instance metadata options could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_autoscaling_launch_configuration
	not _known(r)
}

_known(r) if {
	is_string(r.metadata_http_tokens)
}

_known(r) if {
	"metadata_http_tokens" in object.keys(r)
	r.metadata_http_tokens == null
}

_ok(r) if {
	r.metadata_http_tokens == "required"
}
