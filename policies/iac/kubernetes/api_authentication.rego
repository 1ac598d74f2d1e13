# METADATA
# title: The Kubernetes API authenticates and authorises every request (IaC)
# description: >-
#   kube-apiserver and kubelet manifests must disable anonymous auth and static password/token files
#   and must authorise with Node and RBAC, never AlwaysAllow/AlwaysAdmit.
# custom:
#   id: IAC-K8S-05
#   severity: high
#   hipaa: ["164.312(d)", "164.312(a)(1)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_K8S_68, CKV_K8S_138, CKV_K8S_69, CKV_K8S_70, CKV_K8S_74, CKV_K8S_75, CKV_K8S_77, CKV_K8S_139,
#       CKV_K8S_79
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
#     Set --anonymous-auth=false, remove --basic-auth-file/--token-auth-file, and use
#     --authorization-mode=Node,RBAC.
package hipaa.iac.kubernetes.api_authentication

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-K8S-05")
