# METADATA
# title: The account has a security contact
# description: AWS knows whom to notify about security issues in the account (the SECURITY alternate contact).
# custom:
#   id: AWS-ACCOUNT-01
#   severity: low
#   hipaa: ["164.308(a)(2)", "164.308(a)(6)(ii)"]
#   resource_type: aws_account_contact
#   evidence: [security_contact]
#   remediation: Set the account's security alternate contact (name, e-mail, phone) to the security officer's team.
package hipaa.aws.account.security_contact

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": c.id, "msg": sprintf("%s is not set.", [res.label(c)])} if {
	some c in input.resources.aws_account_contact
	not c.security_contact.present == true
}
