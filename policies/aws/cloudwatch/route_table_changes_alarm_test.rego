package hipaa.aws.cloudwatch.route_table_changes_alarm_test

import data.hipaa.aws.cloudwatch.route_table_changes_alarm as policy
import data.hipaa.lib.testing as t
import rego.v1

_pattern := "{($.eventName=CreateRoute)||($.eventName=CreateRouteTable)||($.eventName=ReplaceRoute)||($.eventName=ReplaceRouteTableAssociation)||($.eventName=DeleteRouteTable)||($.eventName=DeleteRoute)||($.eventName=DisassociateRouteTable)}"

_trail(account) := {"id": concat("", ["trail-", account]), "account": account, "is_logging": true, "cloudwatch_logs_log_group_arn": concat("", ["arn:aws:logs:us-east-1:", account, ":log-group:ct:*"])}

_filter(account) := {"id": concat("", ["filter-", account]), "account": account, "region": "us-east-1", "log_group": "ct", "pattern": _pattern, "metrics": [{"name": "M", "namespace": "N"}]}

_alarm(account) := {"id": concat("", ["alarm-", account]), "account": account, "region": "us-east-1", "metric_name": "M", "namespace": "N", "actions_enabled": true, "alarm_actions": ["arn:sns"]}

_inv(trails, filters, alarms) := {"resources": {
	"aws_account": [{"id": "a1"}],
	"aws_cloudtrail_trail": trails,
	"aws_cloudwatch_metric_filter": filters,
	"aws_cloudwatch_alarm": alarms,
}}

test_filter_and_alarm_pass if {
	t.ids(policy.deny) == set() with input as _inv([_trail("a1")], [_filter("a1")], [_alarm("a1")])
}

test_no_alarm_fails if {
	policy.deny == {{"id": "a1", "msg": "Account a1 has no alarm on route table changes."}} with input as _inv([_trail("a1")], [_filter("a1")], [])
}

test_trail_without_log_group_does_not_blind_the_control if {
	t.ids(policy.deny) == set() with input as _inv(
		[
			{"id": "nolog", "account": "a1", "is_logging": true, "cloudwatch_logs_log_group_arn": null},
			{"id": "missing", "account": "a1", "is_logging": true},
			{"id": "odd", "account": "a1", "is_logging": true, "cloudwatch_logs_log_group_arn": 7},
			_trail("a1"),
		],
		[_filter("a1")],
		[_alarm("a1")],
	)
}

test_only_trails_without_log_group_fail if {
	t.ids(policy.deny) == {"a1"} with input as _inv(
		[{"id": "nolog", "account": "a1", "is_logging": true, "cloudwatch_logs_log_group_arn": null}],
		[_filter("a1")],
		[_alarm("a1")],
	)
}

test_only_the_uncovered_account_fails if {
	t.ids(policy.deny) == {"a2"} with input as {"resources": {
		"aws_account": [{"id": "a1"}, {"id": "a2"}],
		"aws_cloudtrail_trail": [_trail("a1"), _trail("a2")],
		"aws_cloudwatch_metric_filter": [_filter("a1"), _filter("a2")],
		"aws_cloudwatch_alarm": [_alarm("a1")],
	}}
}

test_each_way_to_fail if {
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [_filter("a1")], [object.union(_alarm("a1"), {"alarm_actions": []})])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [_filter("a1")], [object.union(_alarm("a1"), {"actions_enabled": false})])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [_filter("a1")], [object.union(_alarm("a1"), {"region": "eu-west-1"})])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [_filter("a1")], [object.union(_alarm("a1"), {"metric_name": "Other"})])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [object.union(_filter("a1"), {"pattern": "{ $.eventName = DescribeInstances }"})], [_alarm("a1")])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [object.union(_filter("a1"), {"log_group": "other"})], [_alarm("a1")])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [object.union(_filter("a1"), {"region": "eu-west-1"})], [_alarm("a1")])
	t.ids(policy.deny) == {"a1"} with input as _inv([object.union(_trail("a1"), {"is_logging": false})], [_filter("a1")], [_alarm("a1")])
}

test_missing_fields_fail if {
	t.ids(policy.deny) == {"a1"} with input as _inv([object.remove(_trail("a1"), ["is_logging"])], [_filter("a1")], [_alarm("a1")])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [object.remove(_filter("a1"), ["pattern"])], [_alarm("a1")])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [object.remove(_filter("a1"), ["metrics"])], [_alarm("a1")])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [object.remove(_filter("a1"), ["log_group"])], [_alarm("a1")])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [_filter("a1")], [object.remove(_alarm("a1"), ["alarm_actions"])])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [_filter("a1")], [object.remove(_alarm("a1"), ["actions_enabled"])])
	t.ids(policy.deny) == {"a1"} with input as {"resources": {"aws_account": [{"id": "a1"}]}}
}

test_null_fields_fail if {
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [object.union(_filter("a1"), {"pattern": null})], [_alarm("a1")])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [object.union(_filter("a1"), {"metrics": null})], [_alarm("a1")])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [object.union(_filter("a1"), {"log_group": null})], [_alarm("a1")])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [_filter("a1")], [object.union(_alarm("a1"), {"alarm_actions": null})])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [object.union(_filter("a1"), {"metrics": [{"name": null, "namespace": null}]})], [object.union(_alarm("a1"), {"metric_name": null, "namespace": null})])
}

test_wrong_types_fail if {
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [object.union(_filter("a1"), {"pattern": 5})], [_alarm("a1")])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [object.union(_filter("a1"), {"metrics": "M"})], [_alarm("a1")])
	t.ids(policy.deny) == {"a1"} with input as _inv([_trail("a1")], [_filter("a1")], [object.union(_alarm("a1"), {"alarm_actions": "arn:sns"})])
	t.ids(policy.deny) == {"a1"} with input as _inv(["trail"], ["filter"], ["alarm"])
}
