# METADATA
# title: Session Manager ends idle sessions within 20 minutes
# description: "Automatic logoff: Session Manager preferences are set in every region with an idle session timeout of 20 minutes or less."
# custom:
#   id: AWS-SSM-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iii)"]
#   resource_type: aws_ssm_settings
#   evidence: [session_manager.idle_session_timeout_minutes]
#   remediation: Set Session Manager preferences (SSM-SessionManagerRunShell) with idleSessionTimeout of 20 or less in the region.
package hipaa.aws.ssm.session_idle_timeout

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Session Manager in %s has no idle timeout of 20 minutes or less.", [res.text(object.get(r, "region", res.label(r)))])} if {
	some r in input.resources.aws_ssm_settings
	not _short(r)
}

_short(r) if {
	is_number(r.session_manager.idle_session_timeout_minutes)
	r.session_manager.idle_session_timeout_minutes <= 20
}
