"""Shared fixtures: a real moto server over HTTP, a CLI runner, synthetic inventories."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from demo.mototools import FAKE_CREDENTIALS, MotoServer

ROOT = Path(__file__).resolve().parent.parent
HIPAA_SCAN = str(Path(sys.executable).with_name("hipaa-scan"))


@pytest.fixture(scope="session")
def moto():
    """One moto server per test worker, on a free 127.0.0.1 port."""
    for k, v in FAKE_CREDENTIALS.items():
        os.environ.setdefault(k, v)
    # moto answers the APIs it lacks with HTTP 500; do not spend 8 backed-off attempts on each
    os.environ.setdefault("AWS_MAX_ATTEMPTS", "2")
    server = MotoServer().start()
    yield server
    server.stop()


@pytest.fixture
def moto_server(moto):
    """The worker's moto server, emptied before the test."""
    moto.reset()
    return moto


@pytest.fixture
def aws_session(moto_server):
    return moto_server.session()


def run_cli(*args, env=None, cwd=None, timeout=300):
    """Run ``hipaa-scan`` as a real subprocess."""
    full_env = dict(os.environ, **FAKE_CREDENTIALS, **(env or {}))
    return subprocess.run([HIPAA_SCAN, *map(str, args)], capture_output=True, text=True, env=full_env, cwd=cwd,
                          timeout=timeout)


@pytest.fixture
def cli():
    return run_cli
