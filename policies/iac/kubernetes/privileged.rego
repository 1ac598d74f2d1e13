# METADATA
# title: Containers do not run privileged or share host namespaces (IaC)
# description: >-
#   Kubernetes workloads, pod security policies and ECS, Batch and CodeBuild definitions must not
#   run privileged containers, escalate privileges, run as root, share host PID/IPC/network
#   namespaces, mount the Docker socket or add CAP_SYS_ADMIN.
# custom:
#   id: IAC-K8S-01
#   severity: high
#   hipaa: ["164.312(a)(1)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_K8S_16, CKV_K8S_2, CKV_K8S_20, CKV_K8S_5, CKV_K8S_17, CKV_K8S_18, CKV_K8S_19, CKV_K8S_1,
#       CKV_K8S_3, CKV_K8S_4, CKV_K8S_23, CKV_K8S_6, CKV_K8S_27, CKV_K8S_39, CKV_AWS_334, CKV_AWS_210,
#       CKV_AWS_316
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
#     Set securityContext privileged: false, allowPrivilegeEscalation: false, runAsNonRoot: true,
#     and remove hostPID/hostIPC/hostNetwork and docker.sock mounts.
package hipaa.iac.kubernetes.privileged

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-K8S-01")
