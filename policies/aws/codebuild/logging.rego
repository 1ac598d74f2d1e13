# METADATA
# title: CodeBuild projects log their builds
# description: Build logs in CloudWatch Logs or S3 record what each build of the ePHI systems' code ran, for review and investigation.
# custom:
#   id: AWS-CODEBUILD-03
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_codebuild_project
#   evidence: [logging]
#   remediation: Enable CloudWatch Logs or S3 logs in the project's logsConfig.
package hipaa.aws.codebuild.logging

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("CodeBuild project %s does not log its builds.", [res.label(r)])} if {
	some r in input.resources.aws_codebuild_project
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("CodeBuild project %s: its logging configuration could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_codebuild_project
	not _known(r)
}

_known(r) if {
	is_object(r.logging)
	_some_status(r)
}

_some_status(r) if is_string(r.logging.cloudwatch)

_some_status(r) if is_string(r.logging.s3)

_ok(r) if {
	r.logging.cloudwatch == "ENABLED"
}

_ok(r) if {
	r.logging.s3 == "ENABLED"
}
