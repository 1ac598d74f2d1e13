# Shared helper for the AWS Backup coverage controls (policies/aws/backup/*_covered.rego).
package hipaa.lib.aws_backup

import rego.v1

# A resource is covered when a backup plan in its account and region has a selection that picks it by
# ARN (AWS wildcards allowed) or by one of its tags, and does not exclude it. A plan whose
# selections could not be read covers nothing (missing evidence never passes).
covered(r) if {
	some p in input.resources.aws_backup_plan
	p.region == r.region
	object.get(p, "account", "") == object.get(r, "account", "")
	some s in p.selections
	_selects(s, r)
	not _excludes(s, r)
}

_selects(s, r) if {
	some pattern in s.resources
	glob.match(pattern, [], r.id)
}

_selects(s, r) if {
	some t in s.tags
	r.tags[t.key] == t.value
}

_excludes(s, r) if {
	some pattern in s.not_resources
	glob.match(pattern, [], r.id)
}
