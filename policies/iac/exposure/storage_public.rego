# METADATA
# title: Storage and resource policies are not public (IaC)
# description: >-
#   S3 buckets must block public ACLs and policies; bucket ACLs, snapshots, ECR repositories,
#   Glacier vaults, SQS queues, SNS topics, SSM documents and Lambda permissions must not grant
#   access to everyone.
# custom:
#   id: IAC-PUB-01
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: iac_check
#   scope:
#     field: check_id
#     in: [
#       CKV_AWS_53, CKV_AWS_54, CKV_AWS_55, CKV_AWS_56, CKV2_AWS_6, CKV_AWS_20, CKV_AWS_57, CKV_AWS_70,
#       CKV2_AWS_43, CKV2_AWS_65, CKV_AWS_302, CKV_AWS_32, CKV_AWS_167, CKV_AWS_168, CKV_AWS_169, CKV_AWS_303,
#       CKV_AWS_301
#     ]
#   evidence: [check_id, check_name, result, resource_address, framework, file, file_path, start_line, end_line, line_range]
#   remediation: >-
#     Add an aws_s3_bucket_public_access_block with all four settings true, and restrict resource
#     policies to named principals or services.
package hipaa.iac.exposure.storage_public

import data.hipaa.lib.iac
import rego.v1

# The checkov checks that implement this control are listed once, in METADATA `scope`:
# evaluation passes that scope to the engine, and judges only those iac_check resources.
deny contains entry if some entry in iac.not_passed_in("IAC-PUB-01")
