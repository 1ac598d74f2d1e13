# METADATA
# title: CodeBuild source URLs embed no credentials
# description: A personal access token or password written into a source repository URL is visible to anyone who can read the project and opens the code that processes ePHI.
# custom:
#   id: AWS-CODEBUILD-02
#   severity: high
#   hipaa: ["164.312(a)(1)"]
#   resource_type: aws_codebuild_project
#   evidence: [sources]
#   remediation: Remove the user name and token from the source location and connect the repository with OAuth or an AWS CodeConnections connection.
package hipaa.aws.codebuild.source_url_credentials

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("CodeBuild project %s has a source URL with embedded credentials.", [res.label(r)])} if {
	some r in input.resources.aws_codebuild_project
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("CodeBuild project %s: its sources could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_codebuild_project
	not _known(r)
}

_known(r) if {
	is_array(r.sources)
	count(r.sources) > 0
	every s in r.sources {
		is_object(s)
		is_boolean(s.url_has_credentials)
	}
}

_ok(r) if {
	count([s | some s in r.sources; s.url_has_credentials == true]) == 0
}
