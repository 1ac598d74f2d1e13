"""Evaluation in forked worker processes gives exactly the serial results (issue: faster evaluation)."""

from __future__ import annotations

import copy
import json

import pytest

from hipaa_scan.scanner.evaluate import Evaluator
from hipaa_scan.scanner.policies import load_policy_set
from tests.generated_inventory import generated_inventory


@pytest.fixture(scope="module")
def policy_set():
    return load_policy_set()


def _pinned(policy_set, inventory, jobs):
    return json.dumps(Evaluator(policy_set, jobs=jobs).evaluate(inventory, pin=True, inventory_sha256="x"),
                      sort_keys=True)


def test_two_workers_give_the_serial_results(policy_set):
    inventory = generated_inventory(policy_set)
    assert _pinned(policy_set, inventory, 2) == _pinned(policy_set, inventory, 1)


def test_workers_keep_run_time_errors_per_resource(policy_set):
    """A value that makes a built-in fail is `error` for that resource only, in a worker too."""
    inventory = copy.deepcopy(generated_inventory(policy_set))
    before = json.loads(_pinned(policy_set, inventory, 2))
    buckets = inventory["resources"]["aws_s3_bucket"]
    buckets[0]["encryption"] = {"enabled": True, "algorithm": 7, "kms_key_id": ["not", "a", "string"]}
    serial = json.loads(_pinned(policy_set, inventory, 1))
    assert json.loads(_pinned(policy_set, inventory, 2)) == serial

    def statuses(doc):
        return {f["resource"]["id"]: f["status"] for f in doc["findings"]
                if f["control_id"] == "AWS-S3-01" and f["resource"]}

    after = statuses(serial)
    assert after[buckets[0]["id"]] == "error"
    assert {k: v for k, v in after.items() if k != buckets[0]["id"]} == {
        k: v for k, v in statuses(before).items() if k != buckets[0]["id"]}


def test_auto_stays_in_process_for_a_small_inventory(policy_set):
    ev = Evaluator(policy_set)
    assert ev._jobs_for({"resources": {"aws_s3_bucket": [{"id": "b"}]}}, n_groups=60) == 1
    assert Evaluator(policy_set, jobs=2)._jobs_for({"resources": {}}, n_groups=60) == 2
