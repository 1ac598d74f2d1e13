package hipaa.host.ssh.kex_test

import data.hipaa.host.ssh.kex as policy
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

test_group14_sha256_passes if {
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
				"diffie-hellman-group14-sha256"
			],
			"login_grace_time": 60,
			"x11_forwarding": false,
			"banner": "/etc/issue.net",
			"hostbased_authentication": false,
			"ignore_rhosts": true
		}
	}]}}
}

test_group14_sha1_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: sshd offers weak key exchange diffie-hellman-group14-sha1."}} with input as {"resources": {"host": [{
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
				"diffie-hellman-group14-sha1"
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

test_group1_fails if {
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
				"diffie-hellman-group1-sha1"
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

test_gex_sha1_fails if {
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
				"diffie-hellman-group-exchange-sha1"
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

test_missing_ssh_kex_algorithms_fails if {
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
