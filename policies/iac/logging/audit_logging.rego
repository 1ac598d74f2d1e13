# METADATA
# title: Audit and access logging is enabled (IaC)
# description: >-
#   CloudTrail, VPC flow logs, S3 access logs, load balancer, CloudFront and API Gateway access
#   logs, database, EKS, broker, WAF, DNS and build logs declared in code must be enabled, so that
#   activity touching ePHI is recorded.
# custom:
#   id: IAC-LOG-01
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_67, CKV_AWS_251, CKV2_AWS_10, CKV2_AWS_11, CKV_AWS_18, CKV_AWS_91, CKV_AWS_92, CKV_AWS_86,
#       CKV_AWS_76, CKV_AWS_95, CKV2_AWS_4, CKV_AWS_129, CKV_AWS_324, CKV_AWS_325, CKV2_AWS_27, CKV2_AWS_30,
#       CKV_AWS_37, CKV_AWS_71, CKV_AWS_85, CKV_AWS_104, CKV_AWS_101, CKV_AWS_84, CKV_AWS_317, CKV_AWS_48,
#       CKV_AWS_197, CKV_AWS_80, CKV_AWS_176, CKV2_AWS_31, CKV2_AWS_39, CKV_AWS_223, CKV_AWS_113, CKV_AWS_193,
#       CKV_AWS_314, CKV_AWS_285, CKV2_AWS_63, CKV_AWS_75
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
#     Turn on the resource's logging (access_logs, logging, enabled_cloudwatch_logs_exports,
#     enabled_cluster_log_types) to a protected log destination.
package hipaa.iac.logging.audit_logging

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-LOG-01")
