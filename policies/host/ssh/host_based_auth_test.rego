package hipaa.host.ssh.host_based_auth_test

import data.hipaa.host.ssh.host_based_auth as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"ssh": {
			"password_authentication": false,
			"permit_root_login": "no",
			"permit_empty_passwords": false,
			"max_auth_tries": 4,
			"client_alive_interval": 300,
			"client_alive_count_max": 3,
			"ciphers": [
				"chacha20-poly1305@openssh.com",
				"aes256-gcm@openssh.com",
				"aes256-ctr"
			],
			"macs": [
				"hmac-sha2-512-etm@openssh.com",
				"hmac-sha2-256-etm@openssh.com"
			],
			"kex_algorithms": [
				"curve25519-sha256",
				"diffie-hellman-group16-sha512"
			],
			"login_grace_time": 60,
			"x11_forwarding": false,
			"banner": "/etc/issue.net",
			"hostbased_authentication": false,
			"ignore_rhosts": true
		}
	}]}}
}

test_hostbased_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: sshd HostbasedAuthentication is true; it must be no."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"ssh": {
			"password_authentication": false,
			"permit_root_login": "no",
			"permit_empty_passwords": false,
			"max_auth_tries": 4,
			"client_alive_interval": 300,
			"client_alive_count_max": 3,
			"ciphers": [
				"chacha20-poly1305@openssh.com",
				"aes256-gcm@openssh.com",
				"aes256-ctr"
			],
			"macs": [
				"hmac-sha2-512-etm@openssh.com",
				"hmac-sha2-256-etm@openssh.com"
			],
			"kex_algorithms": [
				"curve25519-sha256",
				"diffie-hellman-group16-sha512"
			],
			"login_grace_time": 60,
			"x11_forwarding": false,
			"banner": "/etc/issue.net",
			"hostbased_authentication": true,
			"ignore_rhosts": true
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"ssh": {
			"password_authentication": false,
			"permit_root_login": "no",
			"permit_empty_passwords": false,
			"max_auth_tries": 4,
			"client_alive_interval": 300,
			"client_alive_count_max": 3,
			"ciphers": [
				"chacha20-poly1305@openssh.com",
				"aes256-gcm@openssh.com",
				"aes256-ctr"
			],
			"macs": [
				"hmac-sha2-512-etm@openssh.com",
				"hmac-sha2-256-etm@openssh.com"
			],
			"kex_algorithms": [
				"curve25519-sha256",
				"diffie-hellman-group16-sha512"
			],
			"login_grace_time": 60,
			"x11_forwarding": false,
			"banner": "/etc/issue.net",
			"hostbased_authentication": false,
			"ignore_rhosts": true
		}
	}]}}
}

test_rhosts_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: sshd IgnoreRhosts is false; it must be yes."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"ssh": {
			"password_authentication": false,
			"permit_root_login": "no",
			"permit_empty_passwords": false,
			"max_auth_tries": 4,
			"client_alive_interval": 300,
			"client_alive_count_max": 3,
			"ciphers": [
				"chacha20-poly1305@openssh.com",
				"aes256-gcm@openssh.com",
				"aes256-ctr"
			],
			"macs": [
				"hmac-sha2-512-etm@openssh.com",
				"hmac-sha2-256-etm@openssh.com"
			],
			"kex_algorithms": [
				"curve25519-sha256",
				"diffie-hellman-group16-sha512"
			],
			"login_grace_time": 60,
			"x11_forwarding": false,
			"banner": "/etc/issue.net",
			"hostbased_authentication": false,
			"ignore_rhosts": false
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"ssh": {
			"password_authentication": false,
			"permit_root_login": "no",
			"permit_empty_passwords": false,
			"max_auth_tries": 4,
			"client_alive_interval": 300,
			"client_alive_count_max": 3,
			"ciphers": [
				"chacha20-poly1305@openssh.com",
				"aes256-gcm@openssh.com",
				"aes256-ctr"
			],
			"macs": [
				"hmac-sha2-512-etm@openssh.com",
				"hmac-sha2-256-etm@openssh.com"
			],
			"kex_algorithms": [
				"curve25519-sha256",
				"diffie-hellman-group16-sha512"
			],
			"login_grace_time": 60,
			"x11_forwarding": false,
			"banner": "/etc/issue.net",
			"hostbased_authentication": false,
			"ignore_rhosts": true
		}
	}]}}
}

test_missing_ssh_hostbased_authentication_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"ssh": {
			"password_authentication": false,
			"permit_root_login": "no",
			"permit_empty_passwords": false,
			"max_auth_tries": 4,
			"client_alive_interval": 300,
			"client_alive_count_max": 3,
			"ciphers": [
				"chacha20-poly1305@openssh.com",
				"aes256-gcm@openssh.com",
				"aes256-ctr"
			],
			"macs": [
				"hmac-sha2-512-etm@openssh.com",
				"hmac-sha2-256-etm@openssh.com"
			],
			"kex_algorithms": [
				"curve25519-sha256",
				"diffie-hellman-group16-sha512"
			],
			"login_grace_time": 60,
			"x11_forwarding": false,
			"banner": "/etc/issue.net",
			"ignore_rhosts": true
		}
	}]}}
}

test_missing_ssh_ignore_rhosts_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"ssh": {
			"password_authentication": false,
			"permit_root_login": "no",
			"permit_empty_passwords": false,
			"max_auth_tries": 4,
			"client_alive_interval": 300,
			"client_alive_count_max": 3,
			"ciphers": [
				"chacha20-poly1305@openssh.com",
				"aes256-gcm@openssh.com",
				"aes256-ctr"
			],
			"macs": [
				"hmac-sha2-512-etm@openssh.com",
				"hmac-sha2-256-etm@openssh.com"
			],
			"kex_algorithms": [
				"curve25519-sha256",
				"diffie-hellman-group16-sha512"
			],
			"login_grace_time": 60,
			"x11_forwarding": false,
			"banner": "/etc/issue.net",
			"hostbased_authentication": false
		}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
