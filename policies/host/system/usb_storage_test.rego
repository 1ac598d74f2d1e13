package hipaa.host.system.usb_storage_test

import data.hipaa.host.system.usb_storage as policy
import data.hipaa.lib.testing as t
import rego.v1

test_compliant_host_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": false}}])
}

test_loadable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "kernel_modules": {"usb_storage_loadable": true, "usb_storage_loaded": false}}, {"id": "h2", "name": "h2", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": false}}])
}

test_loaded_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": true}}, {"id": "h2", "name": "h2", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": false}}])
}

test_missing_kernel_modules_usb_storage_loadable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "kernel_modules": {"usb_storage_loaded": false}}, {"id": "h2", "name": "h2", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": false}}])
}

test_null_kernel_modules_usb_storage_loadable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "kernel_modules": {"usb_storage_loadable": null, "usb_storage_loaded": false}}, {"id": "h2", "name": "h2", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": false}}])
}

test_wrong_type_kernel_modules_usb_storage_loadable_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "kernel_modules": {"usb_storage_loadable": "yes", "usb_storage_loaded": false}}, {"id": "h2", "name": "h2", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": false}}])
}

test_missing_kernel_modules_usb_storage_loaded_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "kernel_modules": {"usb_storage_loadable": false}}, {"id": "h2", "name": "h2", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": false}}])
}

test_null_kernel_modules_usb_storage_loaded_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": null}}, {"id": "h2", "name": "h2", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": false}}])
}

test_wrong_type_kernel_modules_usb_storage_loaded_fails if {
	t.ids(policy.deny) == {"h1"} with input as t.inventory("host", [{"id": "h1", "name": "h1", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": "yes"}}, {"id": "h2", "name": "h2", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": false}}])
}

test_missing_group_fails if {
	t.ids(policy.deny) == {"h1", "h2", "h3"} with input as t.inventory("host", [{"id": "h1", "name": "h1"}, {"id": "h2", "name": "h2", "tags": {}, "kernel_modules": null}, {"id": "h3", "name": "h3", "tags": {}, "kernel_modules": "x"}, {"id": "ok", "name": "ok", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": false}}])
}

test_several_hosts_only_bad_fail if {
	t.ids(policy.deny) == {"b", "d"} with input as t.inventory("host", [{"id": "a", "name": "a", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": false}}, {"id": "b", "name": "b", "tags": {}, "kernel_modules": {"usb_storage_loadable": true, "usb_storage_loaded": false}}, {"id": "c", "name": "c", "tags": {}, "kernel_modules": {"usb_storage_loadable": false, "usb_storage_loaded": false}}, {"id": "d", "name": "d", "tags": {}, "kernel_modules": {"usb_storage_loadable": true, "usb_storage_loaded": false}}])
}

test_no_hosts_no_denies if {
	t.ids(policy.deny) == set() with input as {"resources": {}}
}
