# METADATA
# title: EC2 instances require IMDSv2
# description: Session tokens (IMDSv2) stop SSRF attacks from stealing the instance role's credentials through the metadata service.
# custom:
#   id: AWS-EC2-06
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.312(a)(2)(iv)"]
#   resource_type: aws_ec2_instance
#   evidence: [metadata_options]
#   remediation: "Modify the instance metadata options: HttpTokens=required (and set it in launch templates)."
package hipaa.aws.ec2.imdsv2_required

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": i.id, "msg": sprintf("EC2 instance %s does not require IMDSv2 session tokens (http_tokens %s).", [res.label(i), res.text(i.metadata_options.http_tokens)])} if {
	some i in input.resources.aws_ec2_instance
	_read(i)
	not _imdsv2(i)
}

deny contains {"id": i.id, "msg": sprintf("EC2 instance %s: its instance metadata options could not be read.", [res.label(i)])} if {
	some i in input.resources.aws_ec2_instance
	not _imdsv2(i)
	not _read(i)
}

_read(i) if is_string(i.metadata_options.http_tokens)

_imdsv2(i) if i.metadata_options.http_tokens == "required"

_imdsv2(i) if i.metadata_options.http_endpoint == "disabled"
