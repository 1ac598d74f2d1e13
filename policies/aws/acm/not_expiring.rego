# METADATA
# title: ACM certificates do not expire within 30 days
# description: Certificates that serve ePHI endpoints are renewed at least 30 days before they expire (days measured at collection time).
# custom:
#   id: AWS-ACM-01
#   severity: high
#   hipaa: ["164.312(e)(2)(ii)", "164.312(e)(1)"]
#   resource_type: aws_acm_certificate
#   evidence: [days_to_expiry, not_after]
#   remediation: Renew or re-import the certificate (use DNS validation so ACM renews it automatically).
package hipaa.aws.acm.not_expiring

import rego.v1

deny contains {"id": c.id, "msg": sprintf("Certificate %s expires in %v days.", [c.name, object.get(c, "days_to_expiry", "an unknown number of")])} if {
	some c in input.resources.aws_acm_certificate
	not c.days_to_expiry > 30
}
