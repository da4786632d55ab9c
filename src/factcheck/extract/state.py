"""What extract remembers between runs: claims/.extract-state.json <-> State.

A proposal a person deleted from a `*.extracted.yaml` file must not come back on the next
run, and the file itself cannot say what is missing from it. So extract records, for each
file it writes, the ids the file held when it wrote it. At the next run an id recorded for a
file that no claims file holds any more was deleted by a person: it goes on the file's
`rejected` list for good, and extract never proposes it again (a person may take an id off
the list to have the proposal back). Deleting a whole `*.extracted.yaml` file reads as
"start this source over": its record is forgotten, its rejected ids are kept.

The file is plain JSON, sorted, so a second run writes the same bytes and a diff reads well.
It comes from a repository other people write: anything but the expected shape (or a file
past MAX_BYTES) stops the run with one line naming it and what to do, never a traceback.
"""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import FactcheckError

NAME = ".extract-state.json"
SCHEMA = "factcheck-extract-state/1"
MAX_BYTES = 64 * 1024 * 1024  # ids of ~1,000,000 claims; past that it is not a file extract wrote


@dataclass(slots=True)
class State:
    files: dict[str, set[str]] = field(default_factory=dict)  # claims file (relative to claims/) -> ids it held
    rejected: dict[str, set[str]] = field(default_factory=dict)  # claims file -> ids a person turned down

    def reject_deleted(self, present: dict[str, set[str]]) -> None:
        """Ids recorded for a file that still exists but no claims file holds (`present`: file -> ids) were deleted by a person."""
        everywhere = set().union(*present.values()) if present else set()
        for name, ids in list(self.files.items()):
            if name not in present:
                del self.files[name]  # the file is gone: start it over
                continue
            gone = ids - everywhere
            if gone:
                self.rejected.setdefault(name, set()).update(gone)

    def text(self) -> str:
        data = {
            "schema": SCHEMA,
            "files": {name: sorted(ids) for name, ids in sorted(self.files.items()) if ids},
            "rejected": {name: sorted(ids) for name, ids in sorted(self.rejected.items()) if ids},
        }
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def read(path: Path, shown: str) -> State:
    """The state in `path`; an empty State when there is none yet."""
    hint = f"fix it, or delete it (proposals deleted before then may come back); see `{SCHEMA}` in docs/data-format.md"
    try:
        info = path.stat()
    except FileNotFoundError:
        return State()
    except OSError as exc:
        raise FactcheckError(f"cannot read extract's state ({exc.strerror or exc})", path=shown, hint=hint) from None
    if not stat.S_ISREG(info.st_mode):
        raise FactcheckError("extract's state is not a regular file", path=shown, hint=hint)
    if info.st_size > MAX_BYTES:
        raise FactcheckError(f"extract's state is too large ({info.st_size // (1024 * 1024)} MB)", path=shown, hint=hint)
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise FactcheckError(f"cannot read extract's state ({exc.strerror or exc})", path=shown, hint=hint) from None
    except (UnicodeDecodeError, ValueError, RecursionError):  # JSONDecodeError is a ValueError
        raise FactcheckError("extract's state is not valid JSON", path=shown, hint=hint) from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise FactcheckError(f"not a {SCHEMA} file", path=shown, hint=hint)
    return State(_ids_by_file(data.get("files"), "files", shown, hint), _ids_by_file(data.get("rejected"), "rejected", shown, hint))


def _ids_by_file(value: object, key: str, shown: str, hint: str) -> dict[str, set[str]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise FactcheckError(f"`{key}` must map file names to lists of ids", path=shown, hint=hint)
    out: dict[str, set[str]] = {}
    for name, ids in value.items():
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise FactcheckError(f"`{key}.{name}` must be a list of ids (strings)", path=shown, hint=hint)
        out[name] = set(ids)
    return out
