# METADATA
# title: Queues, streams, logs, secrets and build services encrypt data at rest (IaC)
# description: >-
#   SNS, SQS, Kinesis, Firehose, Amazon MQ, CloudWatch Logs, CloudTrail, Secrets Manager, SSM
#   parameters, ECR, Lambda environments, SageMaker, CodeBuild, EMR, WorkSpaces and API caches
#   declared in code must encrypt what they store.
# custom:
#   id: IAC-ENC-03
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_26, CKV_AWS_27, CKV_AWS_43, CKV_AWS_185, CKV_AWS_240, CKV_AWS_241, CKV_AWS_209, CKV_AWS_158,
#       CKV_AWS_35, CKV_AWS_149, CKV2_AWS_34, CKV_AWS_337, CKV_AWS_136, CKV_AWS_173, CKV_AWS_22, CKV_AWS_98,
#       CKV_AWS_187, CKV_AWS_78, CKV_AWS_147, CKV_AWS_311, CKV_AWS_171, CKV_AWS_349, CKV_AWS_350, CKV_AWS_155,
#       CKV_AWS_156, CKV_AWS_308, CKV_AWS_214
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
#     Set the service's KMS key (kms_master_key_id, kms_key_id, encryption_configuration) so that
#     stored messages, logs and secrets are encrypted.
package hipaa.iac.encryption.services

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-ENC-03")
