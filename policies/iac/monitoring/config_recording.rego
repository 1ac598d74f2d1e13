# METADATA
# title: AWS Config records every resource in every region (IaC)
# description: >-
#   AWS Config recorders and aggregators declared in code must record all supported resource types
#   in all regions.
# custom:
#   id: IAC-MON-02
#   severity: medium
#   hipaa: ["164.308(a)(1)(ii)(B)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_121, CKV2_AWS_45, CKV2_AWS_48
#     ]
#   evidence: [check_id, check_name, result, resource_address, framework, file, file_path, start_line, end_line, line_range, suppressed.reason]
#   evidence_optional:
#     check_name: Names the check in the message only; the verdict reads result.
#     resource_address: Names the resource in the message only (its id stands in when absent).
#     framework: Shown to the auditor only; the verdict reads result.
#     file: Locates the resource in the message only.
#     file_path: Locates the finding for the JUnit and SARIF reports only.
#     start_line: Locates the resource in the message only.
#     end_line: Locates the finding for the SARIF report only.
#     line_range: Locates the finding for the JUnit and SARIF reports only.
#     suppressed.reason: Absent unless checkov skipped the check; a skip without a reason fails.
#   remediation: >-
#     Set recording_group { all_supported = true, include_global_resource_types = true }, enable the
#     recorder and aggregate all regions.
package hipaa.iac.monitoring.config_recording

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-MON-02")
