# METADATA
# title: CodeBuild projects keep no credentials in plaintext environment variables
# description: Plaintext environment variables are shown to anyone who can read the project; AWS access keys or passwords there give access to ePHI systems. Keep them in Secrets Manager or Parameter Store.
# custom:
#   id: AWS-CODEBUILD-01
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)"]
#   resource_type: aws_codebuild_project
#   evidence: [environment_variables]
#   evidence_optional:
#     environment_variables: An empty list is a project without environment variables, so none of them holds a credential (null or missing is still denied).
#   remediation: Move AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and other secrets to Secrets Manager or Parameter Store variables (type SECRETS_MANAGER / PARAMETER_STORE), and rotate the exposed values.
package hipaa.aws.codebuild.no_plaintext_credentials

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("CodeBuild project %s keeps credentials in plaintext environment variables.", [res.label(r)])} if {
	some r in input.resources.aws_codebuild_project
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("CodeBuild project %s: its environment variables could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_codebuild_project
	not _known(r)
}

_known(r) if {
	is_array(r.environment_variables)
	every v in r.environment_variables {
		is_object(v)
		is_string(v.name)
	}
}

_ok(r) if {
	count([v | some v in r.environment_variables; _plain_secret(v)]) == 0
}

_plain_secret(v) if {
	is_string(v.name)
	upper(v.name) in {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"}
	not _stored(v)
}

_plain_secret(v) if {
	is_string(v.name)
	regex.match(`(?i)(PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE_?KEY)`, v.name)
	not _stored(v)
}

# CodeBuild's default type is PLAINTEXT: a missing or null type counts as plaintext.
_stored(v) if {
	v.type in {"PARAMETER_STORE", "SECRETS_MANAGER"}
}
