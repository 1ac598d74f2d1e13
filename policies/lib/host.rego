# Shared helpers for the host controls (policies/host/): host resources from collectors/host.
package hipaa.lib.host

import rego.v1

# A fact of the host for a message: the value at path, or "not reported" when it is absent.
value(h, path) := object.get(h, path, "not reported")

# The last digit of an octal mode string ("0640" -> 0): the permissions of "other".
other_bits(mode) := to_number(substring(mode, count(mode) - 1, 1)) if is_string(mode)
