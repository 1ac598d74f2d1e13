# METADATA
# title: Services authenticate their clients (IaC)
# description: >-
#   Databases must use IAM authentication, Redis must require an auth token, and Lambda function
#   URLs must not allow unauthenticated calls.
# custom:
#   id: IAC-IAM-03
#   severity: high
#   hipaa: ["164.312(d)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_161, CKV_AWS_162, CKV_AWS_359, CKV_AWS_31, CKV_AWS_258
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
#     Enable iam_database_authentication_enabled, set an auth_token with transit encryption, and use
#     authorization_type AWS_IAM on function URLs.
package hipaa.iac.identity.authentication

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-IAM-03")
