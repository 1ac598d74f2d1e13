# METADATA
# title: Credentials unused for 90 days are disabled
# description: Console passwords and active access keys not used for more than 90 days (or never used since created that long ago) are removed or deactivated.
# custom:
#   id: AWS-IAM-11
#   severity: medium
#   hipaa: ["164.308(a)(3)(ii)(C)", "164.308(a)(4)(ii)(C)"]
#   resource_type: aws_iam_user
#   evidence: [console_access, password_unused_days, access_keys]
#   remediation: Delete the user's login profile and deactivate or delete access keys not used in 90 days.
package hipaa.aws.iam.unused_credentials

import rego.v1

deny contains {"id": u.id, "msg": sprintf("IAM user %s has a console password unused for %v days.", [u.name, object.get(u, "password_unused_days", "unknown")])} if {
	some u in input.resources.aws_iam_user
	not u.console_access == false
	not u.password_unused_days <= 90
}

deny contains {"id": u.id, "msg": sprintf("IAM user %s has the active access key %s unused for %v days.", [u.name, k.id, object.get(k, "unused_days", "unknown")])} if {
	some u in input.resources.aws_iam_user
	some k in u.access_keys
	k.status == "Active"
	not k.unused_days <= 90
}

deny contains {"id": u.id, "msg": sprintf("IAM user %s: its access keys could not be read.", [u.name])} if {
	some u in input.resources.aws_iam_user
	not is_array(u.access_keys)
}
