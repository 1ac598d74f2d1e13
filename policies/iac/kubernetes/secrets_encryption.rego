# METADATA
# title: Kubernetes secrets are encrypted at rest (IaC)
# description: >-
#   The API server must be configured with an encryption provider, and EKS clusters must encrypt
#   secrets with a KMS key.
# custom:
#   id: IAC-K8S-02
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_K8S_104, CKV_AWS_58
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
#     Pass --encryption-provider-config to kube-apiserver, or add encryption_config { resources =
#     ["secrets"] } with a KMS key to the EKS cluster.
package hipaa.iac.kubernetes.secrets_encryption

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-K8S-02")
