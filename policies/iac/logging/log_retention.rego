# METADATA
# title: Log groups set a retention of at least one year (IaC)
# description: >-
#   CloudWatch log groups declared in code must set a retention period, of at least one year.
# custom:
#   id: IAC-LOG-03
#   severity: medium
#   hipaa: ["164.312(b)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_66, CKV_AWS_338
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
#     Set retention_in_days to 365 or more (2192 days keeps six years, the documentation retention
#     period).
package hipaa.iac.logging.log_retention

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-LOG-03")
