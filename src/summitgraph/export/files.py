"""Files for the writers and readers: a path or an open file, and atomic replacement.

Every ``write_*`` / ``read_*`` of :mod:`summitgraph.export` takes a path or an
open binary file (``PathOrFile``); :func:`opened` gives them a file either way.
:func:`atomic_path` gives a writer a temporary file beside the target that
replaces it only once complete, so an interrupted run never leaves a
half-written output::

    with atomic_path("out/graph.json") as temp:
        write_json(graph, temp)
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

PathOrFile = str | os.PathLike | IO[bytes]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed onto it when the block ends
    without error, removed otherwise."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes it private; outputs are ordinary files
        os.replace(temp, target)
    finally:
        if temp.exists():
            temp.unlink()


def is_file(path_or_file: PathOrFile) -> bool:
    """Whether ``path_or_file`` is an open file rather than a path."""
    return hasattr(path_or_file, "write") or hasattr(path_or_file, "read")


@contextlib.contextmanager
def opened(path_or_file: PathOrFile, mode: str = "rb") -> Iterator[IO]:
    """An open file as is (left open), or the file at a path opened in
    ``mode`` (``"rb"`` or ``"wb"``) and closed after the block.

    ``with opened(path, "wb") as f: f.write(data)``
    """
    if is_file(path_or_file):
        yield path_or_file  # type: ignore[misc]
    else:
        with open(path_or_file, mode) as f:  # type: ignore[arg-type]
            yield f


def file_name(path_or_file: PathOrFile) -> str:
    """How messages name a path or an open file (``<stream>`` when it has no name)."""
    if is_file(path_or_file):
        name = getattr(path_or_file, "name", None)
        return os.fsdecode(name) if isinstance(name, (str, bytes)) else "<stream>"
    return os.fsdecode(os.fspath(path_or_file))  # type: ignore[arg-type]
