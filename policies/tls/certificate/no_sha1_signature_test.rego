package hipaa.tls.certificate.no_sha1_signature_test

import data.hipaa.tls.certificate.no_sha1_signature as policy
import rego.v1

_ep(c) := {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443", "certificate": object.union({"subject": "CN=h", "chain": []}, c)}]}}

test_sha256_passes if {
	count(policy.deny) == 0 with input as _ep({"signature_algorithm": "sha256WithRSAEncryption"})
}

test_sha1_root_is_ignored if {
	count(policy.deny) == 0 with input as _ep({"signature_algorithm": "ecdsa-with-SHA256", "chain": [{"subject": "CN=root", "signature_algorithm": "sha1WithRSAEncryption", "self_signed": true}]})
}

test_sha1_leaf_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h signed with sha1WithRSAEncryption."}} with input as _ep({"signature_algorithm": "sha1WithRSAEncryption"})
}

test_sha1_intermediate_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=ica signed with sha1WithRSAEncryption."}} with input as _ep({"signature_algorithm": "sha256WithRSAEncryption", "chain": [{"subject": "CN=ica", "signature_algorithm": "sha1WithRSAEncryption", "self_signed": false}]})
}

test_md5_fails if {
	count(policy.deny) == 1 with input as _ep({"signature_algorithm": "md5WithRSAEncryption"})
}

test_missing_algorithm_fails if {
	policy.deny == {{"id": "h:443", "msg": "TLS endpoint h:443 serves certificate CN=h with no signature algorithm fact."}} with input as _ep({})
}

test_missing_certificate_fails if {
	count(policy.deny) == 1 with input as {"resources": {"tls_endpoint": [{"id": "h:443", "name": "h:443"}]}}
}
