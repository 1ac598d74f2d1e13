package hipaa.host.ssh.max_auth_tries_test

import data.hipaa.host.ssh.max_auth_tries as policy
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

test_one_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"ssh": {
			"password_authentication": false,
			"permit_root_login": "no",
			"permit_empty_passwords": false,
			"max_auth_tries": 1,
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

test_six_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: sshd MaxAuthTries is 6; it must be 4 or fewer."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"ssh": {
			"password_authentication": false,
			"permit_root_login": "no",
			"permit_empty_passwords": false,
			"max_auth_tries": 6,
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

test_zero_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"ssh": {
			"password_authentication": false,
			"permit_root_login": "no",
			"permit_empty_passwords": false,
			"max_auth_tries": 0,
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

test_missing_ssh_max_auth_tries_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"ssh": {
			"password_authentication": false,
			"permit_root_login": "no",
			"permit_empty_passwords": false,
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

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
