# METADATA
# title: Load balancer listeners and CDNs serve TLS only (IaC)
# description: >-
#   Load balancer listeners must use HTTPS/TLS 1.2+, HTTP must redirect to HTTPS, and CloudFront
#   must require HTTPS with a modern TLS policy.
# custom:
#   id: IAC-TLS-01
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_2, CKV_AWS_103, CKV2_AWS_20, CKV_AWS_34, CKV_AWS_174, CKV2_AWS_54, CKV_AWS_213, CKV_AWS_259
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
#     Use protocol HTTPS/TLS with a TLS 1.2+ security policy on listeners, redirect port 80 to 443,
#     and set viewer_protocol_policy to redirect-to-https or https-only.
package hipaa.iac.transit.listeners

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-TLS-01")
