# METADATA
# title: Versioning and deletion protection guard ePHI against destruction (IaC)
# description: >-
#   S3 versioning and deletion protection on databases and ledgers declared in code must be enabled,
#   so that ePHI cannot be silently overwritten or deleted.
# custom:
#   id: IAC-BAK-02
#   severity: medium
#   hipaa: ["164.312(c)(1)", "164.308(a)(7)(ii)(A)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_21, CKV_AWS_139, CKV_AWS_293, CKV2_AWS_58, CKV_AWS_172
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
#     Enable bucket versioning (aws_s3_bucket_versioning status Enabled) and deletion_protection =
#     true on databases.
package hipaa.iac.backup.versioning

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-BAK-02")
