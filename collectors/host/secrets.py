"""Passwords for SSH logins and sudo: asked for, never stored.

A password comes from an environment variable the user names (``--password-env NAME``,
``--sudo-password-env NAME``, or per host ``password_env:`` / ``become: {password_env:}``
in hosts.yaml) or from a prompt on the terminal (``--ask-password``,
``--ask-sudo-password``). It is held in memory for the run only: it is never written to the
inventory, a report or a log, and never shown in a repr. A sudo password travels inside the
probe script over the (encrypted) SSH channel and reaches ``sudo -S`` on its standard input,
never on a command line.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from hipaa_scan.scanner.errors import InputError


@dataclass(frozen=True)
class Secrets:
    """The passwords of one run (default for every host, and per host by environment variable)."""

    login: str | None = field(default=None, repr=False)
    sudo: str | None = field(default=None, repr=False)

    def login_for(self, target) -> str | None:
        env = getattr(target, "password_env", None)
        return os.environ[env] if env else self.login

    def sudo_for(self, target) -> str | None:
        env = getattr(target, "become_password_env", None)
        return os.environ[env] if env else self.sudo


def _from_env(name: str, where: str) -> str:
    value = os.environ.get(name)
    if value is None:
        raise InputError(f"environment variable {name} is not set (it should hold the password)", where)
    return value


def resolve(targets=(), *, password_env: str | None = None, ask_password: bool = False,
            sudo_password_env: str | None = None, ask_sudo_password: bool = False,
            prompt: Callable[[str], str] = getpass.getpass, interactive: bool | None = None) -> Secrets:
    """Read the run's passwords; every named variable must be set (per-host ones too)."""
    if password_env and ask_password:
        raise InputError("give --password-env or --ask-password, not both", "--ask-password")
    if sudo_password_env and ask_sudo_password:
        raise InputError("give --sudo-password-env or --ask-sudo-password, not both", "--ask-sudo-password")
    tty = sys.stdin.isatty() if interactive is None else interactive

    def ask(flag: str, text: str) -> str:
        if not tty:
            raise InputError(f"{flag} needs a terminal to prompt on; name an environment variable instead "
                             f"({flag.replace('ask-', '')}-env NAME)", flag)
        return prompt(text)

    login = _from_env(password_env, "--password-env") if password_env else (
        ask("--ask-password", "SSH password: ") if ask_password else None)
    sudo = _from_env(sudo_password_env, "--sudo-password-env") if sudo_password_env else (
        ask("--ask-sudo-password", "sudo password: ") if ask_sudo_password else None)
    for t in targets:
        for attr in ("password_env", "become_password_env"):
            name = getattr(t, attr, None)
            if name:
                _from_env(name, getattr(t, "where", None) or t.id)
    return Secrets(login=login, sudo=sudo)
