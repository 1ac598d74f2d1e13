# METADATA
# title: Kubernetes control-plane traffic uses TLS (IaC)
# description: >-
#   kube-apiserver, kubelet and etcd manifests must serve and verify TLS with strong ciphers and
#   must not open insecure ports.
# custom:
#   id: IAC-K8S-03
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_K8S_71, CKV_K8S_72, CKV_K8S_73, CKV_K8S_100, CKV_K8S_105, CKV_K8S_116, CKV_K8S_117, CKV_K8S_118,
#       CKV_K8S_119, CKV_K8S_121, CKV_K8S_148, CKV_K8S_151, CKV_K8S_88, CKV_K8S_86, CKV_K8S_89, CKV_K8S_102
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
#     Set the --tls-cert-file/--tls-private-key-file, client CA and etcd certificate flags,
#     --kubelet-https=true, --insecure-port=0 and a strong --tls-cipher-suites list.
package hipaa.iac.kubernetes.api_tls

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-K8S-03")
