# METADATA
# title: Databases and caches are deployed across availability zones (IaC)
# description: >-
#   RDS instances and Redis replication groups declared in code should run Multi-AZ with automatic
#   failover, so that ePHI stays available in an emergency.
# custom:
#   id: IAC-BAK-03
#   severity: low
#   hipaa: ["164.308(a)(7)(ii)(B)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_157, CKV2_AWS_50
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
#     Set multi_az = true on RDS instances and automatic_failover_enabled with multi_az_enabled on
#     Redis replication groups.
package hipaa.iac.backup.availability

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-BAK-03")
