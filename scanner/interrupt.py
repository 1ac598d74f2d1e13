"""Interruption: the first Ctrl-C or SIGTERM stops the run within seconds; the second at once.

:func:`install` (the CLI does it) turns SIGINT and SIGTERM into :class:`Interrupted`, raised in
the main thread wherever it waits: between API calls, in an asyncio loop (TLS probes, SSH
sessions, whose tasks are cancelled as the loop unwinds), in a thread pool's wait. Cleanup runs
as the exception unwinds (a staging directory of half-written reports is removed), and a
watchdog ends the process after :data:`GRACE` seconds if something still blocks (a socket read
in a worker thread). A second signal ends the process at once.

:func:`critical` defers the signal over a short step that must not be cut in half: moving a
finished report set into place, the manifest last.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any

#: seconds between the first signal and the forced exit, if the run has not unwound by then
GRACE = 4.0

_NAMES = {signal.SIGINT: "SIGINT", signal.SIGTERM: "SIGTERM"}


class Interrupted(BaseException):  # like KeyboardInterrupt: `except Exception` lets it through
    """The run was interrupted by a signal; ``exit_code`` is 128 + the signal number."""

    def __init__(self, signum: int):
        super().__init__(_NAMES.get(signal.Signals(signum), f"signal {signum}"))
        self.signum = signum
        self.exit_code = 128 + signum


class _State:
    received: int | None = None
    deferred: int = 0
    pending: bool = False


_state = _State()


def _force_exit(code: int, why: str) -> None:
    with contextlib.suppress(Exception):
        sys.stderr.write(f"hipaa-scan: error: {why}\n")
        sys.stderr.flush()
    os._exit(code)


def _handler(signum: int, frame: object) -> None:
    name = _NAMES.get(signal.Signals(signum), str(signum))
    if _state.received is not None:
        _force_exit(128 + signum, f"{name} again: stopped at once; outputs of this run are incomplete")
    _state.received = signum
    timer = threading.Timer(GRACE, _force_exit, (128 + signum, f"interrupted ({name}); stopped after {GRACE:.0f} s "
                                                               "of waiting for outstanding calls"))
    timer.daemon = True
    timer.start()
    if _state.deferred:
        _state.pending = True
        return
    raise Interrupted(signum)


Handlers = dict[int, Any]


def install() -> Handlers:
    """Handle SIGINT and SIGTERM as above (main thread only; elsewhere a no-op); return the
    handlers they replace, for :func:`restore`."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    _state.received = None
    _state.pending = False
    _state.deferred = 0
    return {sig: signal.signal(sig, _handler) for sig in (signal.SIGINT, signal.SIGTERM)}


def restore(previous: Handlers) -> None:
    for sig, handler in previous.items():
        signal.signal(sig, handler if handler is not None else signal.SIG_DFL)


@contextlib.contextmanager
def critical() -> Iterator[None]:
    """Defer a first signal until the block ends (then raise :class:`Interrupted`)."""
    _state.deferred += 1
    try:
        yield
    finally:
        _state.deferred -= 1
        if not _state.deferred and _state.pending and _state.received is not None:
            _state.pending = False
            raise Interrupted(_state.received)
