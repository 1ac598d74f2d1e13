# METADATA
# title: IAM Access Analyzer is enabled in every region
# description: An active account or organization analyzer reports resources shared outside the zone of trust.
# custom:
#   id: AWS-AA-01
#   severity: medium
#   hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(1)(ii)(A)"]
#   resource_type: aws_access_analyzer_settings
#   evidence: [active_analyzers]
#   remediation: Create an IAM Access Analyzer (account or organization) in the region.
package hipaa.aws.accessanalyzer.enabled

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("IAM Access Analyzer has no active analyzer in %s.", [res.text(object.get(r, "region", res.label(r)))])} if {
	some r in input.resources.aws_access_analyzer_settings
	not _active(r)
}

_active(r) if {
	is_array(r.active_analyzers)
	count(r.active_analyzers) > 0
}
