# METADATA
# title: Databases encrypt data at rest (IaC)
# description: >-
#   RDS, Aurora, DynamoDB, DAX, Redshift, DocumentDB, Neptune, ElastiCache, MemoryDB, OpenSearch,
#   Keyspaces, Timestream, Athena and Glue resources declared in code must encrypt stored data.
# custom:
#   id: IAC-ENC-02
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_16, CKV_AWS_96, CKV_AWS_140, CKV_AWS_327, CKV_AWS_119, CKV_AWS_271, CKV_AWS_47, CKV_AWS_64,
#       CKV_AWS_142, CKV_AWS_282, CKV_AWS_74, CKV_AWS_182, CKV_AWS_292, CKV_AWS_44, CKV_AWS_347, CKV_AWS_29,
#       CKV_AWS_191, CKV_AWS_201, CKV_AWS_5, CKV_AWS_247, CKV_AWS_265, CKV_AWS_160, CKV_AWS_77, CKV_AWS_159,
#       CKV_AWS_82, CKV_AWS_94, CKV_AWS_99
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
#     Turn on storage encryption (for RDS storage_encrypted = true, for DynamoDB
#     server_side_encryption with a KMS key); existing databases must be re-created from an
#     encrypted snapshot.
package hipaa.iac.encryption.databases

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-ENC-02")
