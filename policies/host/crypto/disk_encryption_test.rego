package hipaa.host.crypto.disk_encryption_test

import data.hipaa.host.crypto.disk_encryption as policy
import rego.v1

_ids(denies) := {d.id | some d in denies}

test_compliant_host_passes if {
	count(policy.deny) == 0 with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"disk_encryption": {
			"filesystems": [
				{
					"device": "/dev/vda1",
					"mountpoint": "/boot",
					"fstype": "ext4",
					"encrypted": false
				},
				{
					"device": "/dev/mapper/vg-root",
					"mountpoint": "/",
					"fstype": "ext4",
					"encrypted": true
				},
				{
					"device": "/dev/mapper/vg-data",
					"mountpoint": "/srv/phi",
					"fstype": "xfs",
					"encrypted": true
				}
			]
		}
	}]}}
}

test_no_filesystems_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: no mounted block-device file system was found, so encryption at rest cannot be shown."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"disk_encryption": {
			"filesystems": []
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"disk_encryption": {
			"filesystems": [
				{
					"device": "/dev/vda1",
					"mountpoint": "/boot",
					"fstype": "ext4",
					"encrypted": false
				},
				{
					"device": "/dev/mapper/vg-root",
					"mountpoint": "/",
					"fstype": "ext4",
					"encrypted": true
				},
				{
					"device": "/dev/mapper/vg-data",
					"mountpoint": "/srv/phi",
					"fstype": "xfs",
					"encrypted": true
				}
			]
		}
	}]}}
}

test_plain_data_fails if {
	policy.deny == {{"id": "h1", "msg": "Host h1: file system /srv/phi on /dev/vdb1 is not encrypted."}} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"disk_encryption": {
			"filesystems": [
				{
					"device": "/dev/vda1",
					"mountpoint": "/boot",
					"fstype": "ext4",
					"encrypted": false
				},
				{
					"device": "/dev/mapper/vg-root",
					"mountpoint": "/",
					"fstype": "ext4",
					"encrypted": true
				},
				{
					"device": "/dev/vdb1",
					"mountpoint": "/srv/phi",
					"fstype": "xfs",
					"encrypted": false
				}
			]
		}
	}, {
		"id": "h2",
		"name": "h2",
		"tags": {},
		"disk_encryption": {
			"filesystems": [
				{
					"device": "/dev/vda1",
					"mountpoint": "/boot",
					"fstype": "ext4",
					"encrypted": false
				},
				{
					"device": "/dev/mapper/vg-root",
					"mountpoint": "/",
					"fstype": "ext4",
					"encrypted": true
				},
				{
					"device": "/dev/mapper/vg-data",
					"mountpoint": "/srv/phi",
					"fstype": "xfs",
					"encrypted": true
				}
			]
		}
	}]}}
}

test_missing_disk_encryption_filesystems_fails if {
	_ids(policy.deny) == {"h1"} with input as {"resources": {"host": [{
		"id": "h1",
		"name": "h1",
		"tags": {},
		"disk_encryption": {}
	}]}}
}

test_no_hosts_no_denies if {
	count(policy.deny) == 0 with input as {"resources": {}}
}
