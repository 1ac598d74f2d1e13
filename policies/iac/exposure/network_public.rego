# METADATA
# title: Databases and compute are not reachable from the internet (IaC)
# description: >-
#   Databases, brokers, clusters, instances, subnets, EKS endpoints, notebooks and ECS services
#   declared in code must not be publicly accessible or receive public IP addresses.
# custom:
#   id: IAC-PUB-02
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_17, CKV_AWS_87, CKV_AWS_89, CKV_AWS_102, CKV_AWS_69, CKV_AWS_88, CKV_AWS_130, CKV_AWS_333,
#       CKV_AWS_38, CKV_AWS_39, CKV_AWS_164, CKV2_AWS_66, CKV_AWS_291, CKV_AWS_122, CKV_AWS_137, CKV_AWS_154
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
#     Set publicly_accessible = false (or the service's equivalent), keep the resource in private
#     subnets, and reach it through a VPN, bastion or private endpoint.
package hipaa.iac.exposure.network_public

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-PUB-02")
