# Shared helpers for the *_test.rego files: compare what a control decided by resource id.
#
#   import data.hipaa.lib.testing as t
#   test_unencrypted_fails if {
#   	t.ids(policy.deny) == {"arn:aws:s3:::b"} with input as t.inventory("aws_s3_bucket", [...])
#   }
package hipaa.lib.testing

import rego.v1

# The ids a deny (or not_applicable) set names.
ids(entries) := {e.id | some e in entries}

# An inventory holding these resources of one type.
inventory(resource_type, resources) := {"resources": {resource_type: resources}}

# The reasons a not_applicable set gives, by id.
reasons(entries) := {e.id: e.reason | some e in entries}
