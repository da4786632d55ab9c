"""Where the project is: --root, else `root:` in the configuration, else the nearest ancestor of the current folder with claims/."""

from __future__ import annotations

from pathlib import Path

from factcheck.corpus.load import find_root
from factcheck.errors import FactcheckError


def resolve_root(root: Path | None) -> Path:
    if root is None:
        from factcheck.settings import load

        root = load(Path.cwd()).root  # a writing repository may keep its claims elsewhere
    if root is not None:
        if not root.is_dir():
            raise FactcheckError("not a folder", path=str(root), hint="pass --root the project folder that holds claims/ and sources/")
        if not (root / "claims").is_dir():
            raise FactcheckError("no claims/ folder here", path=str(root), hint="pass --root the project folder that holds claims/, or run `factcheck init`")
        return root.resolve()
    found = find_root(Path.cwd())
    if found is None:
        raise FactcheckError(
            "no claims/ folder in this folder or any folder above it",
            path=str(Path.cwd()),
            hint="run inside a factcheck project, pass --root DIR, or run `factcheck init`",
        )
    return found
