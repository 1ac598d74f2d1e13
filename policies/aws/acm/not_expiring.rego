# METADATA
# title: ACM certificates do not expire within 30 days
# description: Certificates that serve ePHI endpoints are renewed at least 30 days before they expire (days measured at collection time).
# custom:
#   id: AWS-ACM-01
#   severity: high
#   hipaa: ["164.312(e)(2)(ii)", "164.312(e)(1)"]
#   resource_type: aws_acm_certificate
#   evidence: [days_to_expiry]
#   remediation: Renew or re-import the certificate (use DNS validation so ACM renews it automatically).
package hipaa.aws.acm.not_expiring

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": c.id, "msg": sprintf("Certificate %s expires in %s days.", [res.label(c), _days(c)])} if {
	some c in input.resources.aws_acm_certificate
	not _valid_long_enough(c)
}

_valid_long_enough(c) if {
	is_number(c.days_to_expiry)
	c.days_to_expiry > 30
}

_days(c) := format_int(c.days_to_expiry, 10) if is_number(c.days_to_expiry)

_days(c) := "an unknown number of" if not _dated(c)

_dated(c) if is_number(c.days_to_expiry)
