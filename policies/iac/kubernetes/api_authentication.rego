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
#   evidence: [check_id, check_name, result, resource_address, framework, file, file_path, start_line, end_line, line_range]
#   remediation: >-
#     Set --anonymous-auth=false, remove --basic-auth-file/--token-auth-file, and use
#     --authorization-mode=Node,RBAC.
package hipaa.iac.kubernetes.api_authentication

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-K8S-05")
