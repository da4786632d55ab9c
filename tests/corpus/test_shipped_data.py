"""The shipped database is complete: every quotation and (nearly) every figure of the sources is claimed.

Like codespell's dictionary tests, these lint the data, not the code.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from factcheck.corpus.fill import locate
from factcheck.corpus.load import load_corpus

ROOT = Path(__file__).resolve().parents[2]

# Scare quotes around names are not speech.
NOT_SPEECH = {"Safe Harbor", "fair use"}

# (source file prefix, first words of the quotation) -> who said or wrote it
SPEAKERS = {
    ("000", "The United States needs to be a leader"): {"amy-klobuchar"},
    ("000", "We also need to focus on strengthening"): {"amy-klobuchar"},
    ("000", "Human trafficking – including sex and labor"): {"heidi-heitkamp"},
    ("000", "This trip will enable us"): {"heidi-heitkamp"},
    ("000", "As a border state, Arizona"): {"cindy-mccain"},
    ("000", "Arizona is on the cusp"): {"cindy-mccain"},
    ("000", "all hands on deck"): {"kelly-ayotte", "heroin-letter-senators"},
    ("000", "Addiction to prescription opioids"): {"heroin-letter-senators"},
    ("000", "To effectively address the problem"): {"heroin-letter-senators"},
    ("000", "Today, my home state of New Hampshire"): {"kelly-ayotte"},
    ("000", "The regional collaborative approach"): {"kelly-ayotte"},
    ("001", "This is an opportunity to focus"): {"amy-klobuchar"},
    ("001", "Human trafficking – including sex and labor"): {"heidi-heitkamp"},
    ("001", "the United States Government is committed"): {"anthony-wayne"},
    ("002", "Minnesota is tackling the challenge"): {"amy-klobuchar"},
    ("002", "I see the fight against sex trafficking"): {"amy-klobuchar"},
    ("002", "Senator Klobuchar and I have worked"): {"heidi-heitkamp"},
    ("002", "Today I saw that firsthand"): {"heidi-heitkamp"},
    ("004", "Understand that maybe behind that"): {"heidi-heitkamp"},
    ("004", "This is an example of how Minnesota"): {"amy-klobuchar"},
    ("004", "Pretty soon you realized"): {"amy-klobuchar"},
    ("004", "The only way you’re going"): {"amy-klobuchar"},
    ("004", "We’ve got a long way to go"): {"heidi-heitkamp"},
    ("004", "Now it’s our turn"): {"heidi-heitkamp"},
    ("004", "It makes sense when you have people"): {"amy-klobuchar"},
    ("004", "It’s really one of the saddest"): {"amy-klobuchar"},
    ("004", "The best a lot of our domestic"): {"heidi-heitkamp"},
    ("004", "Housing prices are so high"): {"heidi-heitkamp"},
    ("004", "I’m so encouraged"): {"heidi-heitkamp"},
}

_QUOTED = re.compile(r"“([^”]*)”|(?<![A-Za-z])\"([^\"\n]*)\"")
NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion dozen tripled doubled"
).split()
_FIGURE = re.compile(r"\d[\d,.]*\d|\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    return re.sub(r"\s+", " ", text).strip(" ,.;:")


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(ROOT)


def quotations():
    found = []
    for path in sorted((ROOT / "sources").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for match in _QUOTED.finditer(text):
            words = match.group(1) if match.group(1) is not None else match.group(2)
            if words.strip() in NOT_SPEECH:
                continue
            found.append((path.name[:3], words))
    return found


def _expected_speakers(prefix: str, words: str) -> set[str]:
    for (file_prefix, start), speakers in SPEAKERS.items():
        if file_prefix == prefix and _norm(words).startswith(_norm(start)):
            return speakers
    raise AssertionError(f"no expected speaker listed for {prefix}: {words[:50]!r}")


@pytest.mark.parametrize(("prefix", "words"), quotations(), ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 3 else v)
def test_every_source_quotation_is_a_quote_claim_with_its_speaker(corpus, prefix, words):
    wanted = _norm(words)
    speakers = _expected_speakers(prefix, words)
    matching = [
        c
        for c in corpus.claims.values()
        if c.kind == "quote"
        and c.words
        and _norm(c.words) == wanted
        and any(corpus.sources[p.source].path.startswith(f"sources/{prefix}") for p in c.provenance if p.source in corpus.sources)
    ]
    assert matching, f"no quote claim has the words {words[:60]!r}"
    assert any(c.speaker in speakers for c in matching), f"speaker of {words[:40]!r} is {[c.speaker for c in matching]}, expected {speakers}"


def test_at_least_95_percent_of_source_figures_are_inside_a_provenance_quote(corpus):
    covered: dict[str, list[tuple[int, int]]] = {}
    for item in [p for c in corpus.claims.values() for p in c.provenance] + [p for e in corpus.entities.values() for a in e.attributes for p in a.provenance]:
        source = corpus.sources.get(item.source)
        if source is None:
            continue
        where = locate(source, item.quote)
        if where:
            covered.setdefault(source.path, []).append(where)
    total, missed = 0, []
    for path in sorted((ROOT / "sources").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = covered.get(f"sources/{path.name}", [])
        lines_seen: set[str] = set()
        for match in _FIGURE.finditer(text):
            line_text = re.sub(r"^\W+", "", text[text.rfind("\n", 0, match.start()) + 1 : text.find("\n", match.start())])
            if line_text.strip() in lines_seen and not any(start <= match.start() < end for start, end in spans):
                continue  # a repeated line (a headline printed twice) states its figures once
            total += 1
            if any(start <= match.start() and match.end() <= end for start, end in spans):
                lines_seen.add(line_text.strip())
            else:
                line = text.count("\n", 0, match.start()) + 1
                missed.append(f"{path.name}:{line} {match.group(0)!r}")
    share = 1 - len(missed) / total
    print(f"figures inside a provenance quote: {total - len(missed)} of {total} ({share:.1%})")
    assert share >= 0.95, f"{len(missed)} of {total} figures in no provenance quote: {missed}"
