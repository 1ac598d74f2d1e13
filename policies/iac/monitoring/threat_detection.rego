# METADATA
# title: Threat detection and image scanning are enabled (IaC)
# description: >-
#   GuardDuty detectors declared in code must be enabled (organisation-wide where configured), and
#   ECR repositories must scan images on push.
# custom:
#   id: IAC-MON-01
#   severity: medium
#   hipaa: ["164.308(a)(1)(ii)(A)", "164.308(a)(5)(ii)(B)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_238, CKV2_AWS_3, CKV_AWS_163
#     ]
#   evidence: [check_id, check_name, result, resource_address, framework, file, file_path, start_line, end_line, line_range]
#   remediation: >-
#     Enable the GuardDuty detector (and auto-enable for the organisation) and set scan_on_push =
#     true on ECR repositories.
package hipaa.iac.monitoring.threat_detection

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-MON-01")
