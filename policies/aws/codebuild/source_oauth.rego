# METADATA
# title: CodeBuild GitHub and Bitbucket sources connect with OAuth or CodeConnections
# description: An OAuth grant or CodeConnections connection can be scoped and revoked centrally; a personal token ties the build of ePHI systems to one person's account.
# custom:
#   id: AWS-CODEBUILD-04
#   severity: medium
#   hipaa: ["164.312(d)", "164.308(a)(1)(ii)(B)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)", "164.312(a)(1)"]
#   resource_type: aws_codebuild_project
#   evidence: [sources]
#   remediation: Connect the GitHub or Bitbucket source with OAuth or an AWS CodeConnections connection (source auth type OAUTH or CODECONNECTIONS).
package hipaa.aws.codebuild.source_oauth

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("CodeBuild project %s has a GitHub or Bitbucket source that does not use OAuth or CodeConnections.", [res.label(r)])} if {
	some r in input.resources.aws_codebuild_project
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("CodeBuild project %s: its sources could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_codebuild_project
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "The project has no GitHub or Bitbucket source."} if {
	some r in input.resources.aws_codebuild_project
	_na(r)
}

_hosted(s) if {
	s.type in {"GITHUB", "GITHUB_ENTERPRISE", "BITBUCKET"}
}

_na(r) if {
	is_array(r.sources)
	every s in r.sources {
		is_object(s)
	}
	count([s | some s in r.sources; _hosted(s)]) == 0
}

_known(r) if {
	is_array(r.sources)
	every s in r.sources {
		is_object(s)
	}
}

_ok(r) if {
	count([s | some s in r.sources; _hosted(s); not _connected(s)]) == 0
}

_connected(s) if {
	s.auth_type in {"OAUTH", "CODECONNECTIONS"}
}
