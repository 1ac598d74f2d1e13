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
#   evidence: [check_id, check_name, result, resource_address, framework, file, file_path, start_line, end_line, line_range]
#   remediation: >-
#     Set multi_az = true on RDS instances and automatic_failover_enabled with multi_az_enabled on
#     Redis replication groups.
package hipaa.iac.backup.availability

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-BAK-03")
