# METADATA
# title: Provisioned DynamoDB tables scale their capacity automatically
# description: Without auto scaling a provisioned table throttles requests once its fixed capacity is used, making ePHI unavailable under load.
# custom:
#   id: AWS-DDB-03
#   severity: low
#   hipaa: ["164.308(a)(1)(ii)(B)", "164.308(a)(7)(i)", "164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(C)"]
#   resource_type: aws_dynamodb_table
#   evidence: [billing_mode, autoscaling]
#   remediation: Register the table's read and write capacity with Application Auto Scaling, or switch the table to on-demand capacity.
package hipaa.aws.dynamodb.autoscaling

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("DynamoDB table %s has provisioned capacity without auto scaling of reads and writes.", [res.label(r)])} if {
	some r in input.resources.aws_dynamodb_table
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("DynamoDB table %s: its capacity mode or auto scaling could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_dynamodb_table
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "The table uses on-demand capacity, which scales by itself."} if {
	some r in input.resources.aws_dynamodb_table
	_na(r)
}

_na(r) if {
	r.billing_mode == "PAY_PER_REQUEST"
}

_known(r) if {
	r.billing_mode == "PROVISIONED"
	is_object(r.autoscaling)
}

_ok(r) if {
	r.autoscaling.read == true
	r.autoscaling.write == true
}
