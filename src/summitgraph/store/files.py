"""Output files that change together or not at all.

``replace_together`` writes every output to a temporary file beside it
(``.graph.json.k3j2.tmp``), and only once all are written renames them onto
their names, with Ctrl-C and ``kill`` (SIGINT, SIGTERM) held back while it
renames: an interrupted run either changed nothing or everything. With a store, the renames
about to be made are committed to it first (``publishing``); ``kill -9`` in
the middle of the renames (or a power cut) leaves them there, and
``finish_publishing``, which every opening of the store for writing runs,
makes the rest of them before anything else happens. Temporary files that a
killed run left behind are removed then too (``remove_leftovers``).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from summitgraph.errors import ExportError
from summitgraph.store.corpus import Store

__all__ = ["Interrupted", "check_out", "finish_publishing", "remove_leftovers", "replace_together"]


class Interrupted(KeyboardInterrupt):
    """Ctrl-C came while the output files were being renamed: they were all
    renamed first, so they are the new ones."""


# The temporary files replace_together makes: "." + output name + "." + random + ".tmp".
_TEMP = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")


def check_out(out: str | os.PathLike, names: Sequence[str]) -> None:
    """Raise a one-line ``ExportError`` now, before any work, when the output
    folder ``out`` cannot be made or written, or an output name is a folder."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ExportError(f"cannot write to {out}: it is a file, not a folder; choose another output folder")
    for name in names:
        if (out / name).is_dir():
            raise ExportError(f"cannot write {out / name}: a folder of that name is in the way; move it")
    parent = out
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if parent.exists() and not parent.is_dir():
        raise ExportError(f"cannot write to {out}: {parent} is a file, not a folder; choose another output folder")
    if parent.is_dir() and not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write to {out}: {parent} is not writable; choose another output folder")


def replace_together(
    out: str | os.PathLike,
    names: Sequence[str],
    write: Callable[[dict[str, Path]], None],
    store: Store | None = None,
) -> list[Path]:
    """Write the files ``names`` into the folder ``out`` at once.

    ``write`` gets ``{name: temporary path}`` and writes each; then all are
    renamed onto their names. An ``OSError`` becomes a one-line
    ``ExportError``; whatever fails, no output is changed and no temporary
    file is left. Returns the paths written.
    """
    out = Path(out)
    check_out(out, names)
    temps: dict[str, Path] = {}
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name in names:
            fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
            os.close(fd)
            temps[name] = Path(temp)
        write(dict(temps))
        for temp in temps.values():
            os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes it private; outputs are ordinary files
            _fsync(temp)
        pairs = [(temps[name].name, name) for name in names]
        with _signals_held():
            if store is not None:
                with store.transaction():
                    store.set_meta("publishing", pairs)
            _rename(out, pairs)
            if store is not None:
                with store.transaction():
                    store.set_meta("publishing", None)
    except OSError as error:
        raise ExportError(f"cannot write to {out}: {error.strerror or error}") from None
    finally:
        for temp in temps.values():
            with contextlib.suppress(OSError):
                temp.unlink()
    return [out / name for name in names]


def finish_publishing(store: Store, out: str | os.PathLike) -> bool:
    """Make the renames a killed run left half done; True if there were any."""
    pairs = store.get_meta("publishing")
    if not pairs:
        return False
    _rename(Path(out), pairs)
    with store.transaction():
        store.set_meta("publishing", None)
    return True


def remove_leftovers(out: str | os.PathLike, names: Sequence[str]) -> list[Path]:
    """Remove the temporary files of outputs ``names`` that a killed run left
    in ``out`` (call it only while holding the store, so that no other run is
    writing them); returns what was removed."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(out):
            match = _TEMP.fullmatch(entry.name)
            if match and match["name"] in names and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _rename(out: Path, pairs: Sequence[Sequence[str]]) -> None:
    for temp, name in pairs:
        if (out / temp).exists():
            os.replace(out / temp, out / name)
    _fsync_folder(out)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):  # not every system can open a folder
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block is done, then take effect
    (in the main thread only: elsewhere signals cannot be handled)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    wanted = [s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None]
    previous = {s: signal.signal(s, lambda number, frame: caught.append(number)) for s in wanted}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        if signal.SIGINT in caught:
            raise Interrupted
        for number in caught[:1]:
            signal.raise_signal(number)
