# METADATA
# title: Storage and resource policies are not public (IaC)
# description: >-
#   S3 buckets must block public ACLs and policies; bucket ACLs, snapshots, ECR repositories,
#   Glacier vaults, SQS queues, SNS topics, SSM documents and Lambda permissions must not grant
#   access to everyone.
# custom:
#   id: IAC-PUB-01
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_53, CKV_AWS_54, CKV_AWS_55, CKV_AWS_56, CKV2_AWS_6, CKV_AWS_20, CKV_AWS_57, CKV_AWS_70,
#       CKV2_AWS_43, CKV2_AWS_65, CKV_AWS_302, CKV_AWS_32, CKV_AWS_167, CKV_AWS_168, CKV_AWS_169, CKV_AWS_303,
#       CKV_AWS_301
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
#     Add an aws_s3_bucket_public_access_block with all four settings true, and restrict resource
#     policies to named principals or services.
package hipaa.iac.exposure.storage_public

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-PUB-01")
