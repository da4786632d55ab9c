"""How much English knowledge is still code: regex literals and word lists in src/factcheck, outside the lexicon.

    python bench/knowledge_counts.py [REV ...]     # default: the working tree

For each revision (a git rev, read with `git archive`; or the working tree), counts with the
syntax tree, per module:
  - regex literals: string constants passed as the pattern of re.compile/search/match/fullmatch/
    sub/subn/finditer/findall/split, and those of them whose own text (escapes, character classes,
    group names and interpolated lexicon alternations aside) holds a word of three letters or more;
  - word lists: tuple/list/set/frozenset literals of three or more string constants that are
    words, "a b c".split() of three or more words, and `a|b|c` alternations of three or more
    plain words inside any string constant.
The lexicon package itself is not counted. Issue 9's figures ("170 regex literals in 37 of 71
modules, about 80 word lists in 27") were taken by another count; this one is applied the same
way before and after.
"""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

RE_FUNCS = {"compile", "search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split"}
WORD = re.compile(r"[A-Za-z][A-Za-z.'’ -]*\Z")
ALTERNATION = re.compile(r"(?:[A-Za-z][A-Za-z.\\' ]*\|){2,}[A-Za-z][A-Za-z.\\' ]*")


_NOT_ENGLISH = re.compile(r"\\[A-Za-z]|\[[^\]]*\]|\(\?P?<[A-Za-z_]+>|\(\?P=[A-Za-z_]+\)|\{[^}]*\}|\(\?[aiLmsux-]+\)")


def _english(pattern: ast.AST) -> bool:
    """Whether a pattern's own text (not what it interpolates) holds a word of three or more letters."""
    parts = (
        [pattern.value]
        if isinstance(pattern, ast.Constant) and isinstance(pattern.value, str)
        else [v.value for v in getattr(pattern, "values", []) if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    )
    return any(re.search(r"[A-Za-z]{3,}", _NOT_ENGLISH.sub(" ", part)) for part in parts)


def _strings(node: ast.AST) -> list[str]:
    return [e.value for e in getattr(node, "elts", []) if isinstance(e, ast.Constant) and isinstance(e.value, str)]


def count(source: str) -> tuple[int, int, int]:
    tree = ast.parse(source)
    regexes = lists = english = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RE_FUNCS:
            base = node.func.value
            if isinstance(base, ast.Name) and base.id == "re" and node.args and isinstance(node.args[0], ast.Constant | ast.JoinedStr):
                regexes += 1
                english += _english(node.args[0])
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            words = [s for s in _strings(node) if WORD.match(s)]
            if len(words) >= 3 and len(words) == len(node.elts):
                lists += 1
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and not node.args
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
            and len(node.func.value.value.split()) >= 3
        ):
            lists += 1
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and ALTERNATION.search(node.value):
            lists += 1
    return regexes, lists, english


def modules(rev: str | None) -> Iterator[tuple[str, str]]:
    if rev is None:
        for path in sorted(Path("src/factcheck").rglob("*.py")):
            yield str(path), path.read_text(encoding="utf-8")
        return
    data = subprocess.run(["git", "archive", rev, "src/factcheck"], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if member.isfile() and member.name.endswith(".py"):
                handle = tar.extractfile(member)
                if handle is not None:
                    yield member.name, handle.read().decode("utf-8")


def report(rev: str | None) -> dict[str, int]:
    total_re = total_lists = files = with_re = with_lists = total_english = 0
    for name, source in modules(rev):
        if "/lexicon/" in name:
            continue
        files += 1
        regexes, lists, english = count(source)
        total_re += regexes
        total_english += english
        total_lists += lists
        with_re += regexes > 0
        with_lists += lists > 0
    return {
        "modules": files,
        "regex_literals": total_re,
        "regex_literals_with_english_words": total_english,
        "modules_with_regex": with_re,
        "word_lists": total_lists,
        "modules_with_word_lists": with_lists,
    }


if __name__ == "__main__":
    for rev in sys.argv[1:] or [None]:
        print(rev or "working tree", report(rev))
