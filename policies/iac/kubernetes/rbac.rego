# METADATA
# title: Kubernetes RBAC grants least privilege (IaC)
# description: >-
#   Roles and bindings must not use wildcards, grant escalate/bind/impersonate or secret-reading
#   rights broadly, or bind the default service account.
# custom:
#   id: IAC-K8S-06
#   severity: high
#   hipaa: ["164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(B)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_K8S_49, CKV_K8S_155, CKV_K8S_156, CKV_K8S_157, CKV_K8S_158, CKV2_K8S_1, CKV2_K8S_2, CKV2_K8S_3,
#       CKV2_K8S_4, CKV2_K8S_5, CKV_K8S_41, CKV_K8S_42
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
#     List explicit verbs and resources in Roles, bind them to dedicated service accounts, and set
#     automountServiceAccountToken: false on the default one.
package hipaa.iac.kubernetes.rbac

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-K8S-06")
