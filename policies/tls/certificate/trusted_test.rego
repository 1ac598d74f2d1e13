package hipaa.tls.certificate.trusted_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.certificate.trusted as policy
import rego.v1

_ep(id, cert) := {"id": id, "name": id, "certificate": cert, "other_certificates": []}

_good := {"subject": "CN=h", "issuer": "CN=CA", "trusted": true, "trust_store": "system", "trust_error": null}

test_trusted_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", _good)])
}

test_untrusted_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h that is not trusted (unable to get local issuer)."}} with input as t.inventory("tls_endpoint", [_ep("h:443", object.union(_good, {"trusted": false, "trust_store": null, "trust_error": "unable to get local issuer"}))])
}

test_untrusted_second_deployment_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.union(_ep("h:443", _good), {"other_certificates": [{"subject": "CN=h2", "trusted": false}]})])
}

test_missing_trusted_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h that is not trusted (no trust result)."}} with input as t.inventory("tls_endpoint", [_ep("h:443", object.remove(_good, ["trusted"]))])
}

test_null_trusted_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", object.union(_good, {"trusted": null}))])
}

test_string_trusted_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", object.union(_good, {"trusted": "true"}))])
}

test_missing_subject_still_judged if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate with unknown subject that is not trusted (no trust result)."}} with input as t.inventory("tls_endpoint", [_ep("h:443", {"trusted": false, "trust_error": 5})])
}

test_missing_certificate_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no certificate facts."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
}

test_null_certificate_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", null)])
}

test_missing_other_certificates_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.remove(_ep("h:443", _good), ["other_certificates"])])
}

test_wrong_type_other_certificate_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.union(_ep("h:443", _good), {"other_certificates": ["CN=x"]})])
}

test_several_endpoints_only_untrusted_fail if {
	t.ids(policy.deny) == {"b:443", "c:443", "d:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:443", _good),
		_ep("b:443", object.union(_good, {"trusted": false})),
		_ep("c:443", object.remove(_good, ["trusted", "subject"])),
		{"id": "d:443", "name": "d:443"},
		_ep("e:443", object.remove(_good, ["subject", "issuer", "trust_store", "trust_error"])),
	])
}
