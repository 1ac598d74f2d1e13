# METADATA
# title: IAM policies grant least privilege (IaC)
# description: >-
#   IAM policies and roles declared in code must not grant administrator, wildcard, privilege-
#   escalation, credential-exposure or unconstrained write access, and key policies must not allow
#   any principal.
# custom:
#   id: IAC-IAM-01
#   severity: high
#   hipaa: ["164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(B)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_1, CKV_AWS_62, CKV_AWS_63, CKV_AWS_274, CKV_AWS_286, CKV_AWS_287, CKV_AWS_288, CKV_AWS_289,
#       CKV_AWS_290, CKV_AWS_355, CKV_AWS_107, CKV_AWS_108, CKV_AWS_109, CKV_AWS_110, CKV_AWS_111,
#       CKV2_AWS_40, CKV2_AWS_56, CKV_AWS_60, CKV_AWS_61, CKV_AWS_40, CKV_AWS_33
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
#     Replace wildcard actions and resources with the specific ones the workload needs, attach
#     policies to groups or roles, and name principals in key and trust policies.
package hipaa.iac.identity.least_privilege

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-IAM-01")
