# METADATA
# title: Data stores are backed up (automated backups, PITR, backup plans) (IaC)
# description: >-
#   DynamoDB point-in-time recovery, RDS, DocumentDB, Neptune, ElastiCache and Redshift automated
#   backups, and AWS Backup selections declared in code must be enabled.
# custom:
#   id: IAC-BAK-01
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.310(d)(2)(iv)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_28, CKV_AWS_165, CKV_AWS_133, CKV_AWS_134, CKV_AWS_343, CKV_AWS_360, CKV_AWS_361, CKV2_AWS_8,
#       CKV2_AWS_9, CKV2_AWS_18
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
#     Enable point_in_time_recovery, set backup_retention_period to 7 days or more, or add the
#     resource to an AWS Backup plan.
package hipaa.iac.backup.backups

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-BAK-01")
