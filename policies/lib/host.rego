# Shared helpers for the host controls (policies/host/): host resources from collectors/host.
#
# Every helper takes the host (or a plain value) and checks types before any built-in, so a
# control that calls it never raises on odd data and, negated (`not lib.watched(h, ...)`), denies
# when the data is missing.
package hipaa.lib.host

import rego.v1

# A fact of the host for a message: the value at path, or "not reported" when it is absent or
# null (so a message never reads "is null").
value(h, path) := v if {
	v := object.get(h, path, null)
	v != null
}

value(h, path) := "not reported" if object.get(h, path, null) == null

# The permission digit of "other" in an octal mode string ("0640" -> 0); undefined unless the
# mode is 3 or 4 octal digits.
other_bits(mode) := to_number(substring(mode, count(mode) - 1, 1)) if {
	is_string(mode)
	regex.match(`^[0-7]{3,4}$`, mode)
}

# The mode gives other users no access at all.
no_other_access(mode) if other_bits(mode) == 0

# The mode gives other users no read access.
no_other_read(mode) if bits.and(other_bits(mode), 4) == 0

# A path as the kernel resolves it: no trailing slash, /var/run as /run (a symlink to it).
normal_path(p) := _run(_trimmed(p)) if is_string(p)

_trimmed(p) := "/" if trim_right(p, "/") == ""

_trimmed(p) := t if {
	t := trim_right(p, "/")
	t != ""
}

_run(p) := "/run" if p == "/var/run"

_run(p) := concat("", ["/run", substring(p, count("/var/run"), -1)]) if startswith(p, "/var/run/")

_run(p) := p if {
	p != "/var/run"
	not startswith(p, "/var/run/")
}

# An audit rule of the host watches path p for the access perm ("w" write, "x" execute): a
# watch on p itself, or a recursive watch (-w DIR, -F dir=DIR) on a directory above it.
watched(h, p, perm) if {
	some w in _watches(h)
	_covers(w, normal_path(p))
	contains(w.perms, perm)
}

_watches(h) := [w |
	is_array(h.audit_rules.watches)
	some w in h.audit_rules.watches
	is_string(w.path)
	is_string(w.perms)
]

_covers(w, p) if normal_path(w.path) == p

_covers(w, p) if {
	w.recursive == true
	dir := normal_path(w.path)
	dir != "/"
	startswith(p, concat("", [dir, "/"]))
}

# The host reports its audit watches as a list.
watches_reported(h) if is_array(h.audit_rules.watches)

# pam_pwquality (or pam_cracklib) is in every file of the PAM password stack and enforces its
# checks (pwquality enforcing = 0 only warns), so the pwquality values take effect.
pwquality_in_force(h) if {
	h.pwquality.in_pam == true
	not h.pwquality.enforcing == 0
}

# The host's list at a path is a list whose items are all strings.
string_list(h, path) if {
	l := object.get(h, path, null)
	is_array(l)
	every v in l {
		is_string(v)
	}
}
