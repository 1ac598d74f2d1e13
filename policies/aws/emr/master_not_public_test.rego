package hipaa.aws.emr.master_not_public_test

import data.hipaa.aws.emr.master_not_public as policy
import rego.v1

test_private_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_emr_cluster": [{"id": "r1", "name": "n1", "master_public_dns": null}]}}
}

test_private_dns_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_emr_cluster": [{"id": "r1", "name": "n1", "master_public_dns": "ip-10-0-1-5.ec2.internal"}]}}
}

test_public_fails if {
	policy.deny == {{"id": "r1", "msg": "EMR cluster n1 has a public master node (ec2-54-1-2-3.compute-1.amazonaws.com)."}} with input as {"resources": {"aws_emr_cluster": [{"id": "r1", "name": "n1", "master_public_dns": "ec2-54-1-2-3.compute-1.amazonaws.com"}]}}
}

test_missing_field_fails if {
	policy.deny == {{"id": "r1", "msg": "EMR cluster n1: its master node address could not be read."}} with input as {"resources": {"aws_emr_cluster": [{"id": "r1", "name": "n1"}]}}
}
