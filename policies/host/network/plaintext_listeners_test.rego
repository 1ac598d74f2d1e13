package hipaa.host.network.plaintext_listeners_test

import data.hipaa.host.network.plaintext_listeners as policy
import data.hipaa.lib.testing as t
import rego.v1

_host(id, listeners) := {"id": id, "name": id, "tags": {}, "listeners": listeners}

_sock(proto, address, port, loopback) := {"proto": proto, "address": address, "port": port, "loopback": loopback}

_good := {"sockets": [_sock("tcp", "0.0.0.0", 22, false), _sock("tcp", "127.0.0.1", 23, true), _sock("udp", "0.0.0.0", 123, false)]}

_with(s) := {"sockets": array.concat(_good.sockets, [s])}

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _good), _host("h2", {"sockets": []})])
}

test_each_plaintext_service_fails if {
	t.ids(policy.deny) == {"ftp", "telnet", "tftp", "rexec", "rlogin", "rsh"} with input as t.inventory("host", [
		_host("ftp", _with(_sock("tcp", "0.0.0.0", 21, false))),
		_host("telnet", _with(_sock("tcp", "::", 23, false))),
		_host("tftp", _with(_sock("udp", "0.0.0.0", 69, false))),
		_host("rexec", _with(_sock("tcp", "10.0.0.5", 512, false))),
		_host("rlogin", _with(_sock("tcp", "0.0.0.0", 513, false))),
		_host("rsh", _with(_sock("tcp", "0.0.0.0", 514, false))),
		_host("ok", _good),
	])
}

test_message_names_service_address_and_port if {
	policy.deny == {{"id": "h1", "msg": "Host h1: plaintext service telnet listens on 0.0.0.0 port 23."}} with input as t.inventory("host", [
		_host("h1", _with(_sock("tcp", "0.0.0.0", 23, false))),
		_host("h2", _good),
	])
}

test_same_port_other_protocol_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [_host("h1", _with(_sock("udp", "0.0.0.0", 23, false)))])
}

# A socket whose loopback flag or address is missing is judged as reachable, and the message
# never formats the missing address (which would drop the other hosts' entries in regorus).
test_missing_socket_fields_fail_without_dropping_other_hosts if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", _with({"proto": "tcp", "port": 23})),
		_host("h2", _with(_sock("tcp", "0.0.0.0", 21, null))),
		_host("ok", _good),
	])
}

test_missing_listeners_sockets_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [
		_host("h1", {}),
		{"id": "h2", "name": "h2"},
		_host("h3", "listeners"),
		_host("ok", _good),
	])
}

test_null_listeners_sockets_fails if {
	t.ids(policy.deny) == {"h1", "h2"} with input as t.inventory("host", [
		_host("h1", {"sockets": null}),
		_host("h2", null),
		_host("ok", _good),
	])
}

test_wrong_type_sockets_fail_without_blinding_other_hosts if {
	t.ids(policy.deny) == {"bool", "str", "items", "port-str", "bad"} with input as t.inventory("host", [
		_host("bool", {"sockets": true}),
		_host("str", {"sockets": "tcp 0.0.0.0:23"}),
		_host("items", {"sockets": [1, null, "x"]}),
		_host("port-str", _with(_sock("tcp", "0.0.0.0", "23", false))),
		_host("bad", _with(_sock("tcp", "0.0.0.0", 23, false))),
		_host("ok", _good),
	])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
