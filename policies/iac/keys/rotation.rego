# METADATA
# title: KMS keys and secrets are rotated (IaC)
# description: >-
#   Customer managed KMS keys must have automatic rotation, and Secrets Manager secrets must rotate
#   within 90 days.
# custom:
#   id: IAC-KMS-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)", "164.308(a)(4)(ii)(C)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_7, CKV2_AWS_57, CKV_AWS_304
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
#     Set enable_key_rotation = true on the key, and attach an aws_secretsmanager_secret_rotation of
#     90 days or less to the secret.
package hipaa.iac.keys.rotation

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-KMS-01")
