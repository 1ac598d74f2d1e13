# METADATA
# title: No access keys for the root user (IaC)
# description: >-
#   Code must not create access keys for the root user, so that every action is attributable to a
#   named identity.
# custom:
#   id: IAC-IAM-04
#   severity: critical
#   hipaa: ["164.312(a)(2)(i)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_348
#     ]
#   evidence: [check_id, check_name, result, resource_address, framework, file, file_path, start_line, end_line, line_range]
#   remediation: >-
#     Remove the aws_iam_access_key for the root user; use named IAM roles or SSO users.
package hipaa.iac.identity.root_keys

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-IAM-04")
