# Shared helpers for every control: safe ways to name a resource in a message.
#
# A deny (or not_applicable) head that formats a field the resource may lack is undefined for
# that resource, and regorus then drops other entries of the set too. Format only `id`, or go
# through these helpers, which always have a value.
package hipaa.lib.resource

import rego.v1

# The resource's name when it has one, else its id.
label(r) := r.name if is_string(r.name)

label(r) := r.id if not _named(r)

_named(r) if is_string(r.name)

# A field's value for a message: the value when it is a string or number, else "unknown".
text(v) := v if is_string(v)

text(v) := format_int(v, 10) if is_number(v)

text(v) := "unknown" if {
	not is_string(v)
	not is_number(v)
}
