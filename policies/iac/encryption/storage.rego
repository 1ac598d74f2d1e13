# METADATA
# title: Storage services encrypt data at rest (IaC)
# description: >-
#   S3 buckets and objects, EBS volumes and launch configurations, EFS, FSx and backup vaults
#   declared in code must encrypt data at rest.
# custom:
#   id: IAC-ENC-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_19, CKV_AWS_145, CKV_AWS_186, CKV_AWS_181, CKV_AWS_3, CKV_AWS_8, CKV_AWS_106, CKV2_AWS_2,
#       CKV_AWS_189, CKV_AWS_42, CKV_AWS_184, CKV_AWS_178, CKV_AWS_179, CKV_AWS_190, CKV_AWS_203, CKV_AWS_166
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
#     Enable encryption at rest on the resource (SSE-KMS with a customer managed key where the
#     service allows it), then re-run the scan.
package hipaa.iac.encryption.storage

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-ENC-01")
