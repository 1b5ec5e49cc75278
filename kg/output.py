"""Output stage: files written whole or not at all, and an output folder held by one run at a time.

* :func:`write_text` writes into a temporary file in the same folder, flushes it to disk and renames
  it over the old file (``os.replace``): a crash, a kill or a full disk never leaves half a graph.json
  (or merges.tsv, or an export) in place of the previous good one; the failure is one
  :class:`~kg.errors.OutputError` line.
* :func:`output_folder` creates ``--out`` and holds it with a lock file naming the run's pid (and an
  ``flock`` where the system has one): a second build into it is refused, a stale lock taken over,
  and the temporary files a killed run left are removed.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from kg.errors import FolderInUseError, OutputError

#: The file in an output folder naming the pid of the run that holds it (:func:`output_folder`).
LOCK_FILE = "kg-build.lock"

try:
    import fcntl
except ImportError:  # Windows: the pid in the lock file is all there is
    fcntl = None


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8, newlines as given) to ``path`` atomically: into a temporary file in the same
    folder, flushed to disk, then renamed over ``path`` (``os.replace``). Whatever fails on the way, the
    old file stays whole and the temporary one is removed; the failure is an :class:`OutputError`."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
    except OSError as exc:
        raise OutputError(f"cannot write to {path}: {exc.strerror or exc}") from None
    _sync_folder(path.parent)
    return path


def _remove_torn_writes(folder: Path) -> None:
    """Temporary files a killed run left behind (:func:`write_text`'s ``.NAME.PID.tmp``): the folder is
    held by this run now, so no other run is writing them."""
    for stale in folder.glob(".*.tmp"):
        name = stale.name[1:-len(".tmp")]
        if name.rpartition(".")[2].isdigit():
            with contextlib.suppress(OSError):
                stale.unlink()


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (the rename) to disk, where the system allows it."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def output_folder(folder: Path) -> Iterator[Path]:
    """Create ``folder`` and hold it for this run: its lock file (:data:`LOCK_FILE`) names this process.

    A folder whose lock file names another live process is refused (:class:`FolderInUseError`); a lock
    left by a process that is gone is taken over. The lock file is removed when the run ends.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write to {folder}: {exc.strerror or exc}") from None
    lock = folder / LOCK_FILE
    fd = _take_lock(lock)
    _remove_torn_writes(folder)
    try:
        yield folder
    finally:
        with contextlib.suppress(OSError):
            lock.unlink()
        os.close(fd)


def _take_lock(lock: Path) -> int:
    """An open descriptor of ``lock``, holding it (flock where there is one) with this pid written in."""
    for _ in range(10):
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot write to {lock.parent}: {exc.strerror or exc}") from None
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise _in_use(lock, _lock_pid(fd)) from None
                try:
                    if os.fstat(fd).st_ino != os.stat(lock).st_ino:
                        os.close(fd)   # removed by the run that held it, after we opened it: open again
                        continue
                except FileNotFoundError:
                    os.close(fd)
                    continue
            holder = _lock_pid(fd)
            if holder is not None and holder != os.getpid() and _alive(holder):
                raise _in_use(lock, holder)
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
            return fd
        except OSError as exc:
            os.close(fd)
            raise OutputError(f"cannot write to {lock.parent}: {exc.strerror or exc}") from None
        except BaseException:
            os.close(fd)
            raise
    raise OutputError(f"cannot lock {lock.parent}: its lock file {lock} keeps changing")


def _in_use(lock: Path, pid: int | None) -> FolderInUseError:
    holder = f"pid {pid}" if pid is not None else "a process that has not written its pid yet"
    return FolderInUseError(f"{lock.parent} is in use by another kg build ({holder}; lock file {lock})")


def _lock_pid(fd: int) -> int | None:
    """The pid written in a lock file, or None when there is none."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 64).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() and int(text) > 0 else None


def _alive(pid: int) -> bool:
    """Whether a process with this pid runs (on Windows, assumed: it cannot be asked without psutil)."""
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:   # it runs, as another user
        return True
    return True
