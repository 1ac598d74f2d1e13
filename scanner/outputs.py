"""One write path for every output: checked before the work starts, staged, then moved into place.

- :func:`check_file` / :func:`check_dir` reject an output path that cannot work (it exists as the
  other kind, its parent is a file, it is not writable) with one line naming the flag and path,
  before any collection starts.
- :func:`write_file` writes one file through a hidden sibling (``.name.partial-PID``) renamed
  over the target, so a reader never sees half a file and a failed write leaves nothing.
- :func:`staged_dir` gives a report set a hidden staging directory beside ``--out``; when the
  set is complete it moves into place with ``manifest.json`` last (and an old manifest removed
  first), under :func:`scanner.interrupt.critical`. A run that fails or is interrupted leaves the
  previous complete set, or nothing, and never files without their manifest: ``verify`` says
  "incomplete: no manifest.json" for a directory without one.

OS errors while writing (disk full, permission denied) become one line naming the path (exit 2).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from hipaa_scan.scanner.errors import HipaaScanError
from hipaa_scan.scanner.interrupt import critical

MANIFEST = "manifest.json"


class OutputError(HipaaScanError):
    """An output cannot be written (exit 2): the path is wrong, or the disk refused."""


def _where(path: Path, flag: str | None) -> str:
    return f"{flag} {path}" if flag else str(path)


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"cannot write: {exc.strerror} (disk full or file size limit)"
    return f"cannot write: {exc.strerror or exc}"


def _check_parent(path: Path, flag: str | None) -> None:
    """The nearest existing ancestor must be a writable directory (the rest is created)."""
    for parent in path.absolute().parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"{parent} is a file, so nothing can be written under it", _where(path, flag))
            if not os.access(parent, os.W_OK | os.X_OK):
                raise OutputError(f"directory {parent} is not writable", _where(path, flag))
            return
        if parent.is_symlink():
            raise OutputError(f"{parent} is a broken symbolic link", _where(path, flag))


def check_file(path: Path, flag: str | None = "--output") -> None:
    """Raise :class:`OutputError` unless ``path`` can be written as a file."""
    path = Path(path)
    if path.is_dir():
        raise OutputError("is a directory; give a file name", _where(path, flag))
    if path.exists():
        if not path.is_file():
            raise OutputError("exists and is not a regular file", _where(path, flag))
        if not os.access(path, os.W_OK):
            raise OutputError("exists and is not writable", _where(path, flag))
    _check_parent(path, flag)


def check_dir(path: Path, flag: str | None = "--out") -> None:
    """Raise :class:`OutputError` unless ``path`` can hold a report set (existing or new directory)."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OutputError("is a file; give a directory", _where(path, flag))
    if path.is_dir() and not os.access(path, os.W_OK | os.X_OK):
        raise OutputError("directory is not writable", _where(path, flag))
    if path.is_dir() and (path / MANIFEST).is_dir():
        raise OutputError(f"{path / MANIFEST} is a directory", _where(path, flag))
    _check_parent(path, flag)


def _partial_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial-{os.getpid()}")


@contextlib.contextmanager
def staged_file(path: Path, flag: str | None = None) -> Iterator[Path]:
    """Yield a hidden sibling of ``path`` to write; rename it over ``path`` when the block ends
    normally, remove it otherwise. OS errors name ``flag`` and ``path``."""
    path = Path(path)
    check_file(path, flag)
    tmp = _partial_name(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        yield tmp
        with critical():
            os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(_reason(exc), _where(path, flag)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_file(path: Path, data: bytes, flag: str | None = None) -> None:
    """Write ``data`` to ``path`` through a hidden sibling renamed into place."""
    with staged_file(path, flag) as tmp, open(tmp, "wb") as fh:
        fh.write(data)


@contextlib.contextmanager
def staged_dir(out_dir: Path, flag: str | None = "--out") -> Iterator[Path]:
    """Yield a staging directory; on success move its files into ``out_dir``, manifest last.

    On any exception (or interruption) the staging directory is removed and ``out_dir`` is left
    as it was."""
    out_dir = Path(out_dir)
    check_dir(out_dir, flag)
    stage = _partial_name(out_dir)
    try:
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir(parents=True)
    except OSError as exc:
        raise OutputError(_reason(exc), _where(out_dir, flag)) from None
    try:
        try:
            yield stage
        except OSError as exc:
            raise OutputError(_reason(exc), _where(out_dir, flag)) from None
        try:
            _commit(stage, out_dir)
        except OSError as exc:
            raise OutputError(_reason(exc), _where(out_dir, flag)) from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _commit(stage: Path, out_dir: Path) -> None:
    with critical():
        if not out_dir.exists() or (out_dir.is_dir() and not any(out_dir.iterdir())):
            # a new or empty directory: the whole set appears in one rename
            with contextlib.suppress(FileNotFoundError):
                out_dir.rmdir()
            os.rename(stage, out_dir)
            return
        # an existing directory (maybe holding other files): drop the old manifest first, so a set
        # is never whole-looking while it is being replaced; the new manifest goes in last
        with contextlib.suppress(FileNotFoundError):
            (out_dir / MANIFEST).unlink()
        names = sorted(p.name for p in stage.iterdir() if p.name != MANIFEST)
        for name in names:
            target = out_dir / name
            if target.is_dir() and not (stage / name).is_dir():
                raise IsADirectoryError(errno.EISDIR, "a directory is in the way", str(target))
            if (stage / name).is_dir():
                shutil.rmtree(target, ignore_errors=True)
            os.replace(stage / name, target)
        if (stage / MANIFEST).exists():
            os.replace(stage / MANIFEST, out_dir / MANIFEST)
