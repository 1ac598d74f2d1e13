package hipaa.tls.certificate.trusted_test

import data.hipaa.tls.certificate.trusted as policy
import rego.v1

_ep(c) := {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "certificate": c}]}}

test_trusted_passes if {
	count(policy.deny) == 0 with input as _ep({"subject": "CN=h", "trusted": true, "trust_store": "system"})
}

test_untrusted_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h that is not trusted (unable to get local issuer)."}} with input as _ep({"subject": "CN=h", "trusted": false, "trust_error": "unable to get local issuer"})
}

test_untrusted_second_deployment_fails if {
	count(policy.deny) == 1 with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "certificate": {"subject": "CN=h", "trusted": true}, "other_certificates": [{"subject": "CN=h2", "trusted": false}]}]}}
}

test_missing_trusted_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h that is not trusted (no trust result)."}} with input as _ep({"subject": "CN=h"})
}

test_missing_certificate_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no certificate facts."}} with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443"}]}}
}
