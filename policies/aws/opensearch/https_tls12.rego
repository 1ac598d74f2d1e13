# METADATA
# title: OpenSearch domains require HTTPS with TLS 1.2 or later
# description: The domain endpoint enforces HTTPS and its TLS security policy allows TLS 1.2 at minimum.
# custom:
#   id: AWS-OS-03
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(e)(2)(i)"]
#   resource_type: aws_opensearch_domain
#   evidence: [enforce_https, tls_security_policy]
#   remediation: Set EnforceHTTPS=true and TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10 (or Policy-Min-TLS-1-2-2019-07).
package hipaa.aws.opensearch.https_tls12

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": d.id, "msg": sprintf("OpenSearch domain %s does not enforce HTTPS.", [res.label(d)])} if {
	some d in input.resources.aws_opensearch_domain
	not d.enforce_https == true
}

deny contains {"id": d.id, "msg": sprintf("OpenSearch domain %s allows TLS older than 1.2 (%s).", [res.label(d), res.text(object.get(d, "tls_security_policy", null))])} if {
	some d in input.resources.aws_opensearch_domain
	not _tls12(d)
}

_tls12(d) if {
	is_string(d.tls_security_policy)
	some prefix in ["Policy-Min-TLS-1-2", "Policy-Min-TLS-1-3"]
	startswith(d.tls_security_policy, prefix)
}
