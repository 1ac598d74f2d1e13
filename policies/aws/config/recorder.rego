# METADATA
# title: AWS Config records all resources in every region
# description: A configuration recorder is recording all supported resource types (and global ones) in each region.
# custom:
#   id: AWS-CONFIG-01
#   severity: medium
#   hipaa: ["164.308(a)(1)(ii)(B)", "164.312(b)", "164.308(a)(8)"]
#   resource_type: aws_config_settings
#   evidence: [recorder.recording, recorder.all_supported]
#   remediation: Create a configuration recorder with allSupported=true and includeGlobalResourceTypes=true, a delivery channel, and start it.
package hipaa.aws.config.recorder

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("AWS Config is not recording all resources in %s.", [res.text(object.get(r, "region", res.label(r)))])} if {
	some r in input.resources.aws_config_settings
	not _recording_all(r)
}

_recording_all(r) if {
	r.recorder.recording == true
	r.recorder.all_supported == true
}
