"""The result of one probe, and the uniform way to ask whether it could be read."""

from __future__ import annotations

from dataclasses import dataclass, field

from hipaa_scan.collectors.host.checks import (
    RC_ABSENT,
    RC_NEEDS_ROOT,
    RC_NO_SUDO,
    RC_NO_SYSTEMD,
    RC_NOT_FOUND,
    RC_TIMEOUT,
    RC_UNREADABLE,
    Probe,
)


class FactError(Exception):
    """A fact group cannot be filled: a probe it needs could not be read."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class ProbeResult:
    """What a runner read for one probe.

    ``text`` is a command's stdout or a file's text (``None`` when the file is absent);
    ``files`` maps each readable file of a ``files`` probe to its text; ``paths`` lists
    what a ``list`` probe matched; ``stats`` maps each ``stat`` path to
    ``{"mode": "0640", "uid": 0, "gid": 42}`` or ``None`` when absent; ``unreadable``
    lists paths that exist but could not be read.
    """

    probe: Probe
    rc: int = 0
    text: str | None = ""
    files: dict[str, str] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)
    stats: dict[str, dict | None] = field(default_factory=dict)
    unreadable: list[str] = field(default_factory=list)
    stderr: str = ""
    elapsed_ms: float | None = None  #: how long the probe ran (only when the script was built with timing)

    @property
    def stdout(self) -> str:
        """A command's output; raises :class:`FactError` when there is none (never read as empty)."""
        if self.text is None:
            raise FactError("NotCollected", f"`{self.probe.target}` gave no output")
        return self.text

    def problem(self) -> tuple[str, str] | None:
        """``(code, message)`` when the probe could not be read, else ``None``."""
        p = self.probe
        what = f"`{p.target}`" if p.kind == "cmd" else p.target
        err = f": {self.stderr.strip()}" if self.stderr.strip() else ""
        if self.rc == RC_NEEDS_ROOT:
            return "NeedsRoot", f"reading {what} needs root; log in as root or set sudo: true for the host"
        if self.rc == RC_NO_SUDO:
            return "NoSudo", f"reading {what} needs root and sudo is not installed on the host"
        if p.root and self.rc == 1 and (self.stderr.strip().startswith("sudo:")
                                         or "incorrect password" in self.stderr or "Sorry, try again" in self.stderr):
            return "SudoFailed", f"sudo -n refused to run {what}{err}"
        if self.rc == RC_TIMEOUT:
            return "CommandTimeout", f"{what} did not finish within the command timeout"
        if self.rc == RC_NO_SYSTEMD:
            return "NoSystemd", "systemd is not running on the host, so unit states cannot be read"
        if p.kind == "cmd" and self.rc == RC_UNREADABLE and self.rc not in p.ok_rc:
            return "Unreadable", f"the output of `{p.target}` cannot be read{err}"
        if p.kind == "cmd":
            if self.rc in p.ok_rc:
                return None
            if self.rc == RC_NOT_FOUND:
                return "CommandNotFound", f"{what}: command not found on the host"
            return "CommandFailed", f"{what} exited with status {self.rc}{err}"
        if p.kind == "file":
            if self.rc in (0, RC_ABSENT):
                return None
            if self.rc == RC_UNREADABLE:
                return "Unreadable", f"{p.target} exists but cannot be read (permission denied)"
            return "ReadFailed", f"reading {p.target} failed with status {self.rc}{err}"
        if self.unreadable:
            return "Unreadable", f"{', '.join(sorted(self.unreadable))} cannot be read (permission denied)"
        if self.rc != 0:
            return "ReadFailed", f"reading {p.target} failed with status {self.rc}{err}"
        return None

    @property
    def not_installed(self) -> bool:
        return self.probe.kind == "cmd" and self.rc == RC_NOT_FOUND


class Results:
    """The probe results of one host, as the parsers see them."""

    def __init__(self, results: dict[str, ProbeResult]):
        self._results = results

    def get(self, name: str) -> ProbeResult:
        """The result of a probe the fact needs; raises :class:`FactError` if unreadable."""
        r = self._results.get(name)
        if r is None:
            raise FactError("NotCollected", f"probe {name} was not run")
        prob = r.problem()
        if prob:
            raise FactError(*prob)
        return r

    def optional(self, name: str) -> ProbeResult | None:
        """The result when it could be read, else ``None`` (for facts with a fallback)."""
        try:
            return self.get(name)
        except FactError:
            return None
