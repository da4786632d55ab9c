"""Render a claim's citation: Claim + its Source(s) -> text (rich markup), Markdown footnote, CSL-JSON, BibTeX.

A citation names the claim, and for each source it rests on: title, publisher, author,
publication date at its precision, URL, and the verbatim quotes with where they stand now
(`sources/FILE:LINE`). Provenance items from one source are grouped into one reference;
a claim resting on several sources gives several CSL-JSON items and BibTeX entries, the
first keyed by the claim id and the others by `CLAIM-ID:SOURCE-ID`.

Pure functions: nothing here reads files or prints. `location` is also what the verify
report uses for its evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from factcheck.corpus import anchor
from factcheck.lexicon import lexicon
from factcheck.model import Claim, Corpus, Provenance, Published, Source

_LEXICON = lexicon()
MONTHS = tuple(month.name for month in sorted(_LEXICON.months))
_BIB_MONTHS = tuple(name[:3].lower() for name in MONTHS)  # BibTeX's month macros


@dataclass(frozen=True, slots=True)
class Evidence:
    quote: str
    location: str  # sources/FILE:LINE, where the quote stands now


@dataclass(frozen=True, slots=True)
class Cited:
    """One source of a claim and the quotes the claim takes from it."""

    key: str  # the claim id for the first source, CLAIM-ID:SOURCE-ID for the others
    source: Source
    evidence: tuple[Evidence, ...]


# --- where a quote stands -------------------------------------------------------------


def location(claim: Claim, provenance: Provenance, corpus: Corpus) -> str:
    """`sources/FILE:LINE` where the quote stands now; the stored line if it cannot be found.

    A quote is searched for inside its own section, so a sentence repeated in another
    section of the same file is not mistaken for it. An unknown source gives its id.
    """
    source = corpus.sources.get(provenance.source)
    if source is None:
        return f"{provenance.source}:{provenance.line}" if provenance.line else provenance.source
    first_line = source.text.count("\n", 0, source.start) + 1
    near = provenance.line - first_line + 1 if provenance.line else None
    found = anchor.find(source.body, provenance.quote, prefix=provenance.prefix, suffix=provenance.suffix, line=near)
    line = found.line + first_line - 1 if found else provenance.line
    return f"{source.path}:{line}" if line else source.path


def missing_sources(claim: Claim, corpus: Corpus) -> list[str]:
    return [p.source for p in claim.provenance if p.source not in corpus.sources]


def cited_sources(claim: Claim, corpus: Corpus) -> list[Cited]:
    """The claim's provenance grouped by source, in the order the claim lists them."""
    groups: dict[str, list[Evidence]] = {}
    for item in claim.provenance:
        if item.source in corpus.sources:
            groups.setdefault(item.source, []).append(Evidence(item.quote, location(claim, item, corpus)))
    return [
        Cited(claim.id if index == 0 else f"{claim.id}:{source_id}", corpus.sources[source_id], tuple(evidence))
        for index, (source_id, evidence) in enumerate(groups.items())
    ]


# --- dates, names, kinds ----------------------------------------------------------------


def date_parts(published: Published | None) -> list[int]:
    """[year], [year, month] or [year, month, day], cut to the stated precision."""
    if published is None:
        return []
    try:
        parts = [int(p) for p in published.date.split("-")]
    except ValueError:
        return []
    keep = {"year": 1, "month": 2}.get(published.precision, 3)
    return parts[:keep]


def date_label(published: Published | None) -> str:
    """'2014', 'April 2014' or 'April 15, 2014'; '' when the date is unknown."""
    parts = date_parts(published)
    if len(parts) == 1 or (parts and not 1 <= parts[1] <= 12):
        return str(parts[0])
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    if len(parts) == 3:
        return f"{MONTHS[parts[1] - 1]} {parts[2]}, {parts[0]}"
    return ""


# Words that mark an author as a body rather than a person ("Office of ...", "Forum News Service").
_BODY_WORDS = _LEXICON.words("author-body")
_SUFFIXES = _LEXICON.words("name-suffix")
_NAME_WORD = re.compile(r"[^\W\d_][\w.'\u2019-]*\Z")


def person_name(author: str, corpus: Corpus | None = None) -> dict[str, str] | None:
    """CSL name parts {family, given, ...} if `author` is a person; None for a body or group.

    A registered entity decides; otherwise a short run of capitalised name words with no
    institutional word is a person ("Amy Dalrymple", "Doe, Jane").
    """
    author = " ".join(author.split())
    if corpus is not None:
        for entity in corpus.entities.values():
            if author == entity.name or author in entity.aliases:
                return _split_name(author) if entity.type == "person" else None
    words = author.replace(",", " ").split()
    if not 2 <= len(words) <= 5 or any(w.lower() in _BODY_WORDS for w in words):
        return None
    if not all(_NAME_WORD.match(w) for w in words):
        return None
    return _split_name(author)


def _split_name(author: str) -> dict[str, str]:
    if "," in author:
        family, _, given = author.partition(",")
        return {"family": family.strip(), "given": given.strip()}
    words = author.split()
    name: dict[str, str] = {}
    if len(words) > 2 and words[-1].lower().rstrip(".") in _SUFFIXES:
        name["suffix"] = words.pop()
    particle: list[str] = []
    while len(words) > 2 and words[-2][:1].islower():
        particle.insert(0, words.pop(-2))
    name["family"] = words[-1]
    name["given"] = " ".join(words[:-1])
    if particle:
        name["non-dropping-particle"] = " ".join(particle)
    return dict(sorted(name.items()))


def _kind(source: Source) -> str:
    return " ".join(source.kind.lower().replace("-", " ").replace("_", " ").split())


# Source `kind` (free text) -> CSL 1.0.2 item type; CSL has no press-release type, and a
# press release is conventionally a report with genre "Press release".
_CSL_TYPES = (
    (("news article", "newspaper article", "newspaper", "news"), "article-newspaper"),
    (("magazine article", "magazine"), "article-magazine"),
    (("journal article", "paper", "article journal"), "article-journal"),
    (("press release", "news release", "media release", "report", "white paper", "brief", "fact sheet", "statement"), "report"),
    (("web page", "webpage", "website", "web site", "page"), "webpage"),
    (("blog post", "blog"), "post-weblog"),
    (("post", "social media post", "tweet"), "post"),
    (("speech", "remarks", "address"), "speech"),
    (("hearing", "testimony"), "hearing"),
    (("bill",), "bill"),
    (("law", "act", "statute", "legislation"), "legislation"),
    (("interview",), "interview"),
    (("book",), "book"),
    (("letter", "email", "e mail"), "personal_communication"),
)


def csl_type(source: Source) -> str:
    kind = _kind(source)
    for names, csl in _CSL_TYPES:
        if kind in names:
            return csl
    return "document"


def _genre(source: Source) -> str:
    kind = _kind(source)
    return kind[:1].upper() + kind[1:] if kind else ""


def _title(source: Source) -> str:
    return source.title or source.id


def _author_differs(source: Source) -> bool:
    return bool(source.author) and source.author != source.publisher


# --- text (rich markup) -----------------------------------------------------------------


def as_text(claim: Claim, corpus: Corpus) -> str:
    """A readable citation as rich console markup (the caller decides on colour)."""
    from rich.markup import escape

    lines = [f"[bold]{escape(claim.id)}[/] [dim]({escape(claim.kind)})[/]"]
    if claim.statement:
        lines.append(f"  {escape(claim.statement)}")
    for cited in cited_sources(claim, corpus):
        source = cited.source
        lines.append(f"  [cyan]source[/]     {escape(_title(source))}")
        if source.publisher:
            lines.append(f"  [cyan]publisher[/]  {escape(source.publisher)}")
        if _author_differs(source):
            lines.append(f"  [cyan]author[/]     {escape(source.author)}")
        published = date_label(source.published) or "undated"
        lines.append(f"  [cyan]published[/]  {escape(published)}" + (f" [dim]({escape(source.kind)})[/]" if source.kind else ""))
        if source.url:
            lines.append(f"  [cyan]url[/]        {escape(source.url)}")
        for item in cited.evidence:
            lines.append(f"  [cyan]quote[/]      “{escape(item.quote)}”")
            lines.append(f"             [dim]{escape(item.location)}[/]")
    return "\n".join(lines)


# --- Markdown footnote ------------------------------------------------------------------

_MD_ALWAYS = re.compile(r"([\\`*\[\]<~])")
_MD_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")


def markdown_escape(text: str) -> str:
    """Backslash-escape what Markdown would read as markup, and nothing else.

    `_` only matters at a word's edge (CommonMark ignores it inside words), `&` only
    before an entity name, `$` only where it could close pandoc's inline maths (after a
    non-space, not before a digit), so "$2 million" stays as written.
    """
    text = " ".join(text.split())  # a blank line would end the footnote
    text = _MD_ALWAYS.sub(r"\\\1", text)
    text = re.sub(r"(?<![^\W_])_|_(?![^\W_])", r"\\_", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    return re.sub(r"(?<!\s)\$(?!\d)", r"\\$", text)


def _md_url(url: str) -> str:
    # An autolink holds no spaces or angle brackets and needs no escaping inside; it
    # needs a scheme, so a bare "example.org/x" is written as escaped text instead.
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]{1,31}:", url):
        return markdown_escape(url)
    return "<" + url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E") + ">"


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."


def as_markdown(claim: Claim, corpus: Corpus) -> str:
    """`[^ID]: Title. Publisher, April 15, 2014. "quote" (sources/FILE:LINE). <URL>` on one line."""
    parts = []
    for cited in cited_sources(claim, corpus):
        source = cited.source
        words = []
        if _author_differs(source):
            words.append(_sentence(markdown_escape(source.author)))
        words.append(_sentence(markdown_escape(_title(source))))
        issued = ", ".join(x for x in (markdown_escape(source.publisher), date_label(source.published)) if x)
        if issued:
            words.append(_sentence(issued))
        quotes = "; ".join(f'"{markdown_escape(e.quote)}" ({markdown_escape(e.location)})' for e in cited.evidence)
        words.append(quotes + ".")
        if source.url:
            words.append(_md_url(source.url))
        parts.append(" ".join(words))
    return f"[^{claim.id}]: " + "; ".join(parts)


# --- CSL-JSON ---------------------------------------------------------------------------


def _csl_author(source: Source, corpus: Corpus) -> list[dict[str, str]]:
    if not source.author:
        return []
    person = person_name(source.author, corpus)
    return [person] if person else [{"literal": " ".join(source.author.split())}]


def as_csl(claim: Claim, corpus: Corpus) -> list[dict[str, Any]]:
    """CSL-JSON items (CSL 1.0.2 data schema): one per source the claim rests on."""
    items = []
    for cited in cited_sources(claim, corpus):
        source = cited.source
        kind = csl_type(source)
        item: dict[str, Any] = {"id": cited.key, "type": kind, "title": _title(source)}
        if kind in ("article-newspaper", "article-magazine", "article-journal") and source.publisher:
            item["container-title"] = source.publisher
        if kind in ("report", "document", "speech", "interview") and source.kind:
            item["genre"] = _genre(source)
        if source.publisher:
            item["publisher"] = source.publisher
        author = _csl_author(source, corpus)
        if author:
            item["author"] = author
        parts = date_parts(source.published)
        if parts:
            item["issued"] = {"date-parts": [parts]}
        if source.url:
            item["URL"] = source.url
        item["note"] = "\n".join(f"“{e.quote}” ({e.location})" for e in cited.evidence)
        item["custom"] = {"claim": claim.id, "statement": claim.statement, "locations": [e.location for e in cited.evidence]}
        items.append(item)
    return items


# --- BibTeX -----------------------------------------------------------------------------

# Braces go as \textbraceleft{} / \textbraceright{}: BibTeX counts `\{` as a brace, so a
# lone escaped brace would still unbalance the field.
_BIB_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "_": r"\_",
    "$": r"\$",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_BIB_SPECIAL = re.compile("[" + re.escape("".join(_BIB_ESCAPES)) + "]")


def bibtex_escape(text: str) -> str:
    """LaTeX-escape the characters BibTeX and LaTeX treat specially; non-ASCII stays UTF-8."""
    return _BIB_SPECIAL.sub(lambda m: _BIB_ESCAPES[m.group(0)], " ".join(text.split()))


def _bib_url(url: str) -> str:
    # hyperref's \url still needs % escaped when it sits inside another command's argument.
    return url.replace(" ", "%20").replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C").replace("%", r"\%")


def _bib_name(name: dict[str, str]) -> str:
    family = " ".join(x for x in (name.get("non-dropping-particle", ""), name["family"]) if x)
    parts = [family, name["suffix"], name["given"]] if "suffix" in name else [family, name["given"]]
    return ", ".join(bibtex_escape(p) for p in parts if p)


def as_bibtex(claim: Claim, corpus: Corpus) -> str:
    """BibTeX entries: @article with journal for a news article, @misc for anything else."""
    entries = []
    for cited in cited_sources(claim, corpus):
        source = cited.source
        article = csl_type(source) in ("article-newspaper", "article-magazine", "article-journal")
        fields: list[tuple[str, str]] = [("title", "{" + bibtex_escape(_title(source)) + "}")]  # braces keep its capitals
        person = person_name(source.author, corpus) if source.author else None
        if person:
            fields.append(("author", _bib_name(person)))
        elif source.author:
            # A body as author: braced whole so BibTeX does not split it into first and last names.
            fields.append(("author", "{" + bibtex_escape(source.author) + "}") if article else ("organization", bibtex_escape(source.author)))
        if article and source.publisher:
            fields.append(("journal", bibtex_escape(source.publisher)))
        if source.publisher:
            fields.append(("publisher", bibtex_escape(source.publisher)))
        parts = date_parts(source.published)
        if parts:
            fields.append(("year", str(parts[0])))
        if len(parts) > 1 and 1 <= parts[1] <= 12:
            fields.append(("month", _BIB_MONTHS[parts[1] - 1]))
        if not article and source.kind:
            fields.append(("howpublished", bibtex_escape(_genre(source))))
        if source.url:
            fields.append(("url", _bib_url(source.url)))
        fields.append(("note", "; ".join(f"“{bibtex_escape(e.quote)}” ({bibtex_escape(e.location)})" for e in cited.evidence)))
        fields.append(("annote", bibtex_escape(claim.statement)))
        body = ",\n".join(f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}" for name, value in fields)
        entries.append(f"@{'article' if article else 'misc'}{{{cited.key},\n{body}\n}}")
    return "\n\n".join(entries)
