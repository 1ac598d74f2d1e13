# METADATA
# title: S3 buckets are replicated to another region or protected by Object Lock
# description: >-
#   A bucket holding ePHI must survive a regional loss or a destructive change: Object Lock, or an
#   enabled replication rule to a bucket in another region. A destination bucket that is not among the
#   scanned buckets while this account's bucket list was read belongs to another account (e.g. a
#   backup account): its region is judged in the scan of the account that owns it, so the source
#   bucket is not_applicable here rather than failed.
# custom:
#   id: AWS-S3-09
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(A)", "164.312(c)(1)", "164.312(a)(2)(ii)"]
#   resource_type: aws_s3_bucket
#   evidence: [replication, object_lock, region]
#   evidence_optional:
#     replication: Object Lock alone protects the bucket.
#     object_lock: Cross-region replication alone protects the bucket.
#     region: The region is only compared for replication; Object Lock alone protects the bucket.
#   remediation: Add a replication rule to a bucket in another region, or create the bucket with Object Lock and a default retention.
package hipaa.aws.s3.replication_or_object_lock

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": b.id, "msg": sprintf("Bucket %s has neither cross-region replication nor Object Lock.", [res.label(b)])} if {
	some b in input.resources.aws_s3_bucket
	not _protected(b)
	count(_elsewhere(b)) == 0
}

not_applicable contains {"id": b.id, "reason": sprintf("Bucket %s replicates to %s, which belongs to another account: judge it in the scan of the account that owns it.", [res.label(b), concat(", ", sort(dests))])} if {
	some b in input.resources.aws_s3_bucket
	not _protected(b)
	dests := _elsewhere(b)
	count(dests) > 0
}

_protected(b) if b.object_lock.enabled == true

_protected(b) if {
	is_string(b.region)
	some dest in _destinations(b)
	some region in _regions_of[dest]
	is_string(region)
	region != b.region
}

_destinations(b) := {d | some d in b.replication.destinations; is_string(d)} if {
	b.replication.enabled == true
	is_array(b.replication.destinations)
}

# Destinations that are not among the collected buckets, while the bucket list of this bucket's
# account was read: another account's buckets.
_elsewhere(b) := {d |
	some d in _destinations(b)
	not _collected(d)
	_listed(b)
}

_collected(id) if _regions_of[id]

_listed(b) if {
	is_string(b.account)
	not _listing_failed(b.account)
}

# The regions of the collected buckets, by bucket id (indexed once: linear, not buckets x buckets).
_regions_of[id] contains region if {
	some other in input.resources.aws_s3_bucket
	id := other.id
	region := object.get(other, "region", null)
}

# The account's bucket list itself could not be read (an aws_s3_bucket error naming no bucket).
_listing_failed(account) if {
	is_array(input.errors)
	some e in input.errors
	e.resource_type == "aws_s3_bucket"
	not _names_resource(e)
	_same_account(e, account)
}

_names_resource(e) if is_string(e.resource_id)

_same_account(e, account) if e.account == account

_same_account(e, _) if not _has_account(e)

_has_account(e) if is_string(e.account)
