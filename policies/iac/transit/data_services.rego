# METADATA
# title: Data services require encryption in transit (IaC)
# description: >-
#   ElastiCache, OpenSearch, DocumentDB, Redshift, EFS mounts, MemoryDB, DAX, EMR, DMS, CloudSearch,
#   MSK, SES, Transfer Family, Session Manager and RDS certificates declared in code must enforce
#   TLS.
# custom:
#   id: IAC-TLS-02
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(e)(2)(ii)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_30, CKV_AWS_6, CKV_AWS_83, CKV_AWS_228, CKV_AWS_90, CKV_AWS_105, CKV_AWS_97, CKV_AWS_202,
#       CKV_AWS_215, CKV_AWS_239, CKV_AWS_351, CKV2_AWS_49, CKV_AWS_220, CKV_AWS_218, CKV_AWS_81, CKV_AWS_365,
#       CKV_AWS_357, CKV_AWS_112, CKV_AWS_211
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
#     Enable the service's in-transit encryption setting (transit_encryption_enabled, enforce_https,
#     require_ssl, tls parameter groups) and a TLS 1.2+ policy.
package hipaa.iac.transit.data_services

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-TLS-02")
