# METADATA
# title: Security groups and network ACLs do not expose ports to the internet (IaC)
# description: >-
#   Security groups and network ACLs declared in code must not allow ingress from 0.0.0.0/0 to SSH,
#   RDP, HTTP or all ports, and default security groups must deny all traffic.
# custom:
#   id: IAC-NET-01
#   severity: high
#   hipaa: ["164.312(a)(1)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_24, CKV_AWS_25, CKV_AWS_260, CKV_AWS_277, CKV2_AWS_12, CKV_AWS_229, CKV_AWS_230, CKV_AWS_231,
#       CKV_AWS_232, CKV_AWS_352, CKV_AWS_100, CKV2_AWS_7
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
#     Restrict ingress cidr_blocks to known networks (a VPN or corporate range) or use SSM Session
#     Manager instead of open SSH/RDP.
package hipaa.iac.network.ingress

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-NET-01")
