package hipaa.aws.cloudtrail.region_trail_test

import data.hipaa.aws.cloudtrail.region_trail as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(region) := {"id": concat("/", ["a1", region]), "name": region, "account": "a1", "region": region}

_t(id, region, multi, logging) := {"id": id, "account": "a1", "region": region, "is_multi_region": multi, "is_logging": logging}

_inv(trails) := {"resources": {"aws_region": [_r("us-east-1"), _r("eu-west-1")], "aws_cloudtrail_trail": trails}}

test_multi_region_trail_passes_every_region if {
	t.ids(policy.deny) == set() with input as _inv([_t("t", "us-east-1", true, true)])
}

test_regional_trail_passes_its_region_only if {
	policy.deny == {{"id": "a1/eu-west-1", "msg": "No logging CloudTrail trail records region eu-west-1."}} with input as _inv([_t("t", "us-east-1", false, true)])
}

test_each_way_to_fail if {
	t.ids(policy.deny) == {"a1/us-east-1", "a1/eu-west-1"} with input as _inv([])
	t.ids(policy.deny) == {"a1/us-east-1", "a1/eu-west-1"} with input as _inv([_t("t", "us-east-1", true, false)])
	t.ids(policy.deny) == {"a1/us-east-1", "a1/eu-west-1"} with input as _inv([object.union(_t("t", "us-east-1", true, true), {"account": "other"})])
}

test_missing_fields_fail if {
	t.ids(policy.deny) == {"a1/us-east-1", "a1/eu-west-1"} with input as _inv([object.remove(_t("t", "us-east-1", true, true), ["is_logging"])])
	t.ids(policy.deny) == {"a1/us-east-1", "a1/eu-west-1"} with input as _inv([object.remove(_t("t", "us-east-1", true, true), ["is_multi_region"])])
	t.ids(policy.deny) == {"a1/eu-west-1"} with input as {"resources": {
		"aws_region": [object.remove(_r("eu-west-1"), ["region"]), _r("us-east-1")],
		"aws_cloudtrail_trail": [_t("t", "us-east-1", false, true)],
	}}
}

test_null_and_wrong_types_fail if {
	t.ids(policy.deny) == {"a1/us-east-1", "a1/eu-west-1"} with input as _inv([_t("t", "us-east-1", "true", true), _t("u", null, false, true)])
	t.ids(policy.deny) == {"a1/us-east-1", "a1/eu-west-1"} with input as _inv([_t("t", "us-east-1", true, null)])
}
