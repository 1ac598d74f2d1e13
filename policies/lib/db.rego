# Shared helpers for the database controls (policies/db/): postgres_server and mysql_server
# resources from collectors/db.
#
# Every helper checks types before any built-in, so a control that calls it never raises on odd
# data and, negated (`not db.within_limit(...)`), denies when the data is missing.
package hipaa.lib.db

import rego.v1

# Automatic logoff: the default maximum idle time, in seconds (15 minutes). A target may set a
# stricter or looser limit (`max_idle_minutes:` in the targets file), which the collector records
# on the resource as logoff_limit_seconds.
default_logoff_limit := 900

logoff_limit(r) := r.logoff_limit_seconds if {
	is_number(r.logoff_limit_seconds)
	r.logoff_limit_seconds > 0
}

logoff_limit(r) := default_logoff_limit if not _has_limit(r)

_has_limit(r) if {
	is_number(r.logoff_limit_seconds)
	r.logoff_limit_seconds > 0
}

# A timeout v (in units of `unit` per second: 1000 for milliseconds, 1 for seconds) is set and at
# most the logoff limit.
within_limit(r, v, unit) if {
	is_number(v)
	v > 0
	v <= logoff_limit(r) * unit
}

# Loopback addresses and pg_hba keywords that only match this machine.
local_addresses := {"127.0.0.1", "::1", "localhost", "samehost", "0:0:0:0:0:0:0:1"}

# A pg_hba address that can match another machine (every non-loopback address or keyword).
remote_hba_address(a) if {
	is_string(a)
	not local_addresses[a]
	not startswith(a, "127.")
}

# A MySQL account host that can match another machine.
remote_account_host(h) if {
	is_string(h)
	not local_addresses[h]
	not startswith(h, "127.")
}

# A shared or generic login, by name (app, shared, clinic, staff, guest, test, demo, ...):
# reported so someone confirms each person has their own login.
shared_name(n) if {
	is_string(n)
	regex.match(`(?i)(^|[_.-])(app|apps|application|shared|share|generic|common|team|group|clinic|staff|office|frontdesk|reception|guest|test|demo|temp|tmp)([_.-]?[0-9]*$|[_.-])`, n)
}

# End of support of each major version (PostgreSQL: postgresql.org/support/versioning;
# MariaDB: mariadb.org/about/#maintenance-policy; MySQL: Oracle Lifetime Support Policy).
# The table was last updated on this date: a version released since is unknown (denied).
support_table_updated := "2026-11-20"

end_of_support := {
	"postgres": {
		"10": "2022-11-10", "11": "2023-11-09", "12": "2024-11-21", "13": "2025-11-13",
		"14": "2026-11-12", "15": "2027-11-11", "16": "2028-11-09", "17": "2029-11-08",
		"18": "2030-11-14",
	},
	"mariadb": {
		"10.3": "2023-05-25", "10.4": "2024-06-18", "10.5": "2025-06-24", "10.6": "2026-07-06",
		"10.11": "2028-02-16", "11.4": "2029-05-29", "11.8": "2030-06-04",
	},
	"mysql": {"5.6": "2021-02-28", "5.7": "2023-10-31", "8.0": "2026-04-30", "8.4": "2032-04-30"},
}

# The date (YYYY-MM-DD) the inventory was collected, from its collected_at timestamp.
collected_on := substring(input.collected_at, 0, 10) if {
	is_string(input.collected_at)
	regex.match(`^\d{4}-\d{2}-\d{2}`, input.collected_at)
}

# The major version is still supported on the collection date.
supported(family, major) if {
	is_string(family)
	eol := end_of_support[family][major]
	collected_on < eol
}

# The major version's end-of-support date for a message, or "unknown".
support_end(family, major) := end_of_support[family][major] if is_string(family)

support_end(family, major) := "not in the support table" if not _known(family, major)

_known(family, major) if {
	is_string(family)
	end_of_support[family][major]
}
