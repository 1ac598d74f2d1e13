package hipaa.tls.certificate.no_sha1_signature_test

import data.hipaa.lib.testing as t
import data.hipaa.tls.certificate.no_sha1_signature as policy
import rego.v1

_root := {"subject": "CN=Root", "signature_algorithm": "sha1WithRSAEncryption", "self_signed": true}

_inter := {"subject": "CN=Inter", "signature_algorithm": "sha256WithRSAEncryption", "self_signed": false}

_ep(id, fields) := {"id": id, "name": id, "certificate": object.union({"subject": "CN=h", "signature_algorithm": "sha256WithRSAEncryption", "chain": [_inter, _root]}, fields), "other_certificates": []}

test_sha256_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", {})])
}

test_empty_chain_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("tls_endpoint", [_ep("h:443", {"chain": []})])
}

test_sha1_leaf_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h signed with sha1WithRSAEncryption."}} with input as t.inventory("tls_endpoint", [_ep("h:443", {"signature_algorithm": "sha1WithRSAEncryption"})])
}

test_sha1_intermediate_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=Inter signed with sha1WithRSAEncryption."}} with input as t.inventory("tls_endpoint", [_ep("h:443", {"chain": [object.union(_inter, {"signature_algorithm": "sha1WithRSAEncryption"})]})])
}

test_md5_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"signature_algorithm": "md5WithRSAEncryption"})])
}

test_sha1_second_deployment_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [object.union(_ep("h:443", {}), {"other_certificates": [{"signature_algorithm": "ecdsa-with-SHA1", "chain": []}]})])
}

test_missing_algorithm_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h with no signature algorithm fact."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "certificate": {"subject": "CN=h", "chain": []}, "other_certificates": []}])
}

test_null_algorithm_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"signature_algorithm": null})])
}

test_number_algorithm_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"signature_algorithm": 5})])
}

test_missing_chain_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 has no certificate chain facts."}} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443", "certificate": {"subject": "CN=h", "signature_algorithm": "sha256WithRSAEncryption"}, "other_certificates": []}])
}

test_null_chain_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"chain": null})])
}

test_chain_entry_without_algorithm_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [_ep("h:443", {"chain": [{"subject": "CN=Inter"}]})])
}

test_missing_certificate_fails if {
	t.ids(policy.deny) == {"h:443"} with input as t.inventory("tls_endpoint", [{"id": "h:443", "name": "h:443"}])
}

test_several_endpoints_only_weak_fail if {
	t.ids(policy.deny) == {"b:443", "c:443", "d:443"} with input as t.inventory("tls_endpoint", [
		_ep("a:443", {}),
		_ep("b:443", {"signature_algorithm": "sha1WithRSAEncryption"}),
		{"id": "c:443", "name": "c:443", "certificate": {"signature_algorithm": "sha1WithRSAEncryption", "chain": []}, "other_certificates": []},
		_ep("d:443", {"chain": "none"}),
		_ep("e:443", {"signature_algorithm": "ecdsa-with-SHA384"}),
	])
}

test_empty_signature_algorithm_fails if {
	t.ids(policy.deny) == {"a:443"} with input as t.inventory("tls_endpoint", [_ep("a:443", {"signature_algorithm": ""}), _ep("b:443", {})])
}
