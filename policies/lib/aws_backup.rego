# Shared helper for the AWS Backup coverage controls (policies/aws/backup/*_covered.rego).
#
# A resource is covered when a backup plan in its account and region has a selection that picks it
# and does not exclude it. The parts of a selection are combined with AND, an empty part leaving
# the choice open (a selection with no part picks every supported resource):
#   - resources: one ARN pattern matches (AWS wildcards, `*` crossing every character);
#   - tags (ListOfTags): the resource carries one of them (OR);
#   - conditions: the resource meets every StringEquals / StringNotEquals / StringLike /
#     StringNotLike tag condition (AND);
#   - not_resources: no ARN pattern matches.
# A plan whose selections could not be read, or a selection with a part of the wrong type, covers
# nothing (missing evidence never passes).
package hipaa.lib.aws_backup

import rego.v1

covered(r) if {
	is_string(r.id)
	is_string(r.region)
	some p in _plans_by_scope[[object.get(r, "account", ""), r.region]]
	is_array(p.selections)
	some s in p.selections
	_readable(s)
	_by_arn(s, r)
	_by_tags(s, r)
	_by_conditions(s, r)
	not _excludes(s, r)
}

# The plans of each [account, region], built once per evaluation: a resource is matched against
# the plans of its own account and region only, not every plan of the inventory.
_scopes contains [account, region] if {
	some p in input.resources.aws_backup_plan
	account := object.get(p, "account", "")
	region := p.region
}

_plans_by_scope := {scope: plans |
	some scope in _scopes
	plans := [p |
		some p in input.resources.aws_backup_plan
		[object.get(p, "account", ""), p.region] == scope
	]
}

_readable(s) if {
	is_object(s)
	is_array(s.resources)
	is_array(s.not_resources)
	is_array(s.tags)
	is_object(object.get(s, "conditions", {}))
}

_by_arn(s, _) if count(s.resources) == 0

_by_arn(s, r) if {
	some pattern in s.resources
	_matches(pattern, r.id)
}

_by_tags(s, _) if count(s.tags) == 0

_by_tags(s, r) if {
	some t in s.tags
	is_object(t)
	_tag(r, t.key) == t.value
}

_condition_kinds := {"string_equals", "string_not_equals", "string_like", "string_not_like"}

# Every condition holds (and none is of a kind or shape this helper cannot judge).
_by_conditions(s, r) if {
	conditions := object.get(s, "conditions", {})
	unknown := [kind | some kind, _ in conditions; not kind in _condition_kinds]
	count(unknown) == 0
	failing := [c |
		some kind, list in conditions
		some c in _as_list(list)
		not _holds(kind, c, r)
	]
	count(failing) == 0
	malformed := [kind | some kind, list in conditions; not is_array(list)]
	count(malformed) == 0
}

_as_list(list) := list if is_array(list)

_as_list(list) := [] if not is_array(list)

_holds("string_equals", c, r) if {
	is_string(c.value)
	_tag(r, c.key) == c.value
}

_holds("string_like", c, r) if {
	is_string(c.value)
	_matches(c.value, _tag(r, c.key))
}

# A resource without the tag meets a negated condition (IAM semantics).
_holds("string_not_equals", c, r) if {
	is_string(c.key)
	is_string(c.value)
	key := c.key
	value := c.value
	not _tag_is(r, key, value)
}

_holds("string_not_like", c, r) if {
	is_string(c.key)
	is_string(c.value)
	key := c.key
	value := c.value
	not _tag_like(r, key, value)
}

_tag_is(r, key, value) if _tag(r, key) == value

_tag_like(r, key, pattern) if _matches(pattern, _tag(r, key))

# The resource's value of tag `key` (undefined when it has no such tag or its tags are unreadable).
_tag(r, key) := value if {
	is_object(r.tags)
	is_string(key)
	value := r.tags[key]
	is_string(value)
}

_excludes(s, r) if {
	some pattern in s.not_resources
	_matches(pattern, r.id)
}

# AWS wildcards: `*` matches any run of characters, dots and slashes included (no delimiters).
_matches(pattern, value) if {
	is_string(pattern)
	is_string(value)
	glob.match(pattern, null, value)
}
