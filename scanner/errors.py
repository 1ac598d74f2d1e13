"""One exception family for domain errors, and the one exit-code enum.

The CLI catches :class:`HipaaScanError` once and prints it as a single line; nothing
below the CLI prints or exits.
"""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """Exit codes a CI pipeline gates on (docs/contracts.md, "Gate"; README, "Exit codes")."""

    OK = 0  #: no unwaived finding at/above --fail-on and no collection error
    GATE_FAILED = 1  #: the gate failed on findings
    USAGE = 2  #: usage or configuration error (bad flag, YAML, Rego, inventory)
    INCOMPLETE = 3  #: collection errors and --allow-incomplete not given


class HipaaScanError(Exception):
    """A domain error: bad input, bad configuration, bad policy.

    ``where`` names the file (and line/column, or the path inside a document) the
    error is about, so the single printed line tells the user what to fix.
    """

    exit_code = ExitCode.USAGE

    def __init__(self, message: str, where: str | None = None):
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class InputError(HipaaScanError):
    """An input document (inventory, results, YAML file) is malformed or invalid."""


class PolicyError(HipaaScanError):
    """A policy file has bad METADATA, an unknown citation, or does not compile."""


class EngineError(HipaaScanError):
    """The policy engine failed while evaluating (not a policy verdict)."""


class CollectorError(HipaaScanError):
    """A collector could not start at all (bad credentials setup, bad target list)."""


#: the exit codes, as the CLI's commands print them under --help
EPILOG_EXIT = ("Exit codes: 0 no unwaived finding at/above --fail-on and nothing unread; 1 the gate failed on "
               "findings; 2 usage or configuration error; 3 the scan was incomplete (collection errors) and "
               "--allow-incomplete was not given; 130/143 interrupted (SIGINT/SIGTERM), nothing of the run written.")
