"""segment: sentences with their offsets, robust to abbreviations, quotations and Markdown blocks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.draft import parse_draft, read_draft
from factcheck.segment import ABBREVIATIONS, TITLES, Sentence, segment, split

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"


def sentences(text: str, shown: str = "d.md") -> list[str]:
    return [s.text for s in segment(parse_draft(text, shown))]


def pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in split(text)]


# --- abbreviations -------------------------------------------------------------------

LISTED = (
    "Sen. Rep. Gov. Gen. Lt. Col. Dr. Mr. Mrs. Ms. St. Jr. Sr. Inc. Corp. Co. Dept. No. vs. etc. e.g. i.e. "
    "a.m. p.m. Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec. N.D. S.D. Minn. Ariz. Calif. Mass. Conn. "
    "Wash. Ind. Ill. Mich. Wis. Fla. Ga. Pa. N.Y. N.H. N.J. D.C. U.S. U.N. J."
).split()


@pytest.mark.parametrize("abbreviation", LISTED)
def test_abbreviation_inside_a_sentence_does_not_split(abbreviation: str) -> None:
    text = f"They met {abbreviation} Heidi Heitkamp there. Then they left."
    assert pieces(text) == [f"They met {abbreviation} Heidi Heitkamp there.", "Then they left."]


@pytest.mark.parametrize("abbreviation", LISTED)
def test_abbreviation_before_a_number_does_not_split(abbreviation: str) -> None:
    text = f"It was {abbreviation} 15 of them."
    assert pieces(text) == [text]


def test_the_listed_abbreviations_are_known() -> None:
    known = TITLES | ABBREVIATIONS
    assert [a for a in LISTED if a not in known and not re.fullmatch(r"(?:[A-Za-z]\.)+", a)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sen. Heidi Heitkamp (D-N.D.) joined Sen. Amy Klobuchar (D-Minn.) in Fargo.",
            ["Sen. Heidi Heitkamp (D-N.D.) joined Sen. Amy Klobuchar (D-Minn.) in Fargo."],
        ),
        ("Sens. Klobuchar, D-Minn., and Heitkamp, D-N.D., introduced it.", ["Sens. Klobuchar, D-Minn., and Heitkamp, D-N.D., introduced it."]),
        ("Sen. Kelly Ayotte (R-NH) wrote to Holder. He answered.", ["Sen. Kelly Ayotte (R-NH) wrote to Holder.", "He answered."]),
        ("The hearing was on Sept. 17, 2013 in Washington.", ["The hearing was on Sept. 17, 2013 in Washington."]),
        ("It met at 10 a.m. Tuesday in St. Paul.", ["It met at 10 a.m. Tuesday in St. Paul."]),
        ("John F. Kennedy and Harry S. Truman were presidents.", ["John F. Kennedy and Harry S. Truman were presidents."]),
        ("The U.S. Senate voted. The House did not.", ["The U.S. Senate voted.", "The House did not."]),
        ("It happened in the U.S. The next day it spread.", ["It happened in the U.S.", "The next day it spread."]),
        ("She lives in Washington, D.C. This is her home.", ["She lives in Washington, D.C.", "This is her home."]),
        ("They went to the U.N. But nothing changed.", ["They went to the U.N.", "But nothing changed."]),
        ("It grew in the U.S. In 2013 it grew more.", ["It grew in the U.S.", "In 2013 it grew more."]),
        ("Apples, pears, etc. The rest was sold.", ["Apples, pears, etc.", "The rest was sold."]),
        ("He works for Acme Inc. It is in Fargo.", ["He works for Acme Inc.", "It is in Fargo."]),
        ("They visited Fargo, N.D. He stayed on.", ["They visited Fargo, N.D.", "He stayed on."]),
        ("The U.S.-Mexico partnership grew. It held.", ["The U.S.-Mexico partnership grew.", "It held."]),
        ("Sen. The Honorable Heitkamp spoke.", ["Sen. The Honorable Heitkamp spoke."]),
        ("54 people died. 20 more were hurt.", ["54 people died.", "20 more were hurt."]),
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        ("Wait... Then it came.", ["Wait...", "Then it came."]),
        ("It cost $5.5 million. That was a lot.", ["It cost $5.5 million.", "That was a lot."]),
        ("It ended. and then nothing.", ["It ended. and then nothing."]),
        ("See No. 7 on the list.", ["See No. 7 on the list."]),
        # a bill's or a section's label is no sentence's end, though a number follows it
        ("The committee approved S. Res. 211 on Wednesday.", ["The committee approved S. Res. 211 on Wednesday."]),
        ("It is in Sec. 4 of the act. The rest follows.", ["It is in Sec. 4 of the act.", "The rest follows."]),
        ("ITEM 2. S. RES. 211, DESIGNATING JUNE 2025", ["ITEM 2.", "S. RES. 211, DESIGNATING JUNE 2025"]),
        # a parenthesis opened in lower case after an abbreviation goes on with the sentence
        ("Three died in St. Francis, Minn. (pop. 7,000) since May.", ["Three died in St. Francis, Minn. (pop. 7,000) since May."]),
        # ... and a chyron's, all in capitals
        ("ST. FRANCIS, MINN. (POP. 7,000): 3 YOUNG PEOPLE DEAD", ["ST. FRANCIS, MINN. (POP. 7,000): 3 YOUNG PEOPLE DEAD"]),
        ("They visited Fargo, N.D. (The trip was short.)", ["They visited Fargo, N.D.", "(The trip was short.)"]),
        # a short parenthesis that ends the line is the sentence's tag: a debate card's speaker
        ('"We are not going after them." (Sen. Heidi Heitkamp)', ['"We are not going after them." (Sen. Heidi Heitkamp)']),
        # ... and so is a dash and a name on the same line, maybe with where it was said; on a line of its own it stands apart
        ('"We are not going after them." — Sen. Heidi Heitkamp, in Minot', ['"We are not going after them." — Sen. Heidi Heitkamp, in Minot']),
        ('"We are not going after them."\n— Sen. Heidi Heitkamp', ['"We are not going after them."', "— Sen. Heidi Heitkamp"]),
        ("They left. — Then the vote came.", ["They left.", "— Then the vote came."]),
        # a list's items on lines of their own, each opening on its letter or number, are statements of their own
        (
            "a. Turbines shall be set back 2,000 feet from any residence.\nb. Noise shall not exceed 45 dBA.\n(3) It lapses in 36 months.",
            ["a. Turbines shall be set back 2,000 feet from any residence.", "b. Noise shall not exceed 45 dBA.", "(3) It lapses in 36 months."],
        ),
        # a post's hashtag after its last sentence is no part of it
        ("The first day is Tuesday, Aug. 18. #Bobcats", ["The first day is Tuesday, Aug. 18.", "#Bobcats"]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


# --- quotations ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"This works. It really does," Klobuchar said. Then she left.', ['"This works. It really does," Klobuchar said.', "Then she left."]),
        ("“This works. It really does,” Klobuchar said. Then she left.", ["“This works. It really does,” Klobuchar said.", "Then she left."]),
        ("“Is it working? No! It never did,” Heitkamp said.", ["“Is it working? No! It never did,” Heitkamp said."]),
        ("“Why not?” Klobuchar asked. Nobody answered.", ["“Why not?” Klobuchar asked.", "Nobody answered."]),
        # after a full stop inside the marks, a clause that only says who spoke stays with the quotation
        ("“This works.” Amy Klobuchar said. Then she left.", ["“This works.” Amy Klobuchar said.", "Then she left."]),
        ('"Stop!" Sen. Heitkamp (D-N.D.) said.', ['"Stop!" Sen. Heitkamp (D-N.D.) said.']),
        ('She noted that it "is too often a target." Heitkamp said more.', ['She noted that it "is too often a target."', "Heitkamp said more."]),
        ("She said it was “here.” Then she left.", ["She said it was “here.”", "Then she left."]),
        ("Ayotte said “no.” Ayotte wrote that “yes.”", ["Ayotte said “no.”", "Ayotte wrote that “yes.”"]),
        ("Klobuchar said \"an 'all hands on deck' approach. Now.\" It was.", ["Klobuchar said \"an 'all hands on deck' approach. Now.\"", "It was."]),
        ("“A quote with [New England HIDTA] inside. It goes on.” He agreed.", ["“A quote with [New England HIDTA] inside. It goes on.”", "He agreed."]),
        # An opening quote that never closes (a quotation running on into the next paragraph)
        # does not swallow the rest of the block.
        ('He said: "It goes on. And on. Into the next paragraph.', ['He said: "It goes on.', "And on.", "Into the next paragraph."]),
        ('He said: "It goes on. And on. Then "hope." Done.', ['He said: "It goes on.', "And on.", 'Then "hope."', "Done."]),
        ("“It goes on. And on. Then “hope.” Done.", ["“It goes on.", "And on.", "Then “hope.”", "Done."]),
    ],
)
def test_quotations(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


# --- blocks and offsets --------------------------------------------------------------


def test_blocks_are_at_least_their_own_sentence() -> None:
    text = "# A heading without a stop\n\n- an item\n- another item\n\n| a cell | another |\n|---|---|\n| x | y |\n\nA paragraph\ncontinues here. Second.\n"
    draft = parse_draft(text, "d.md")
    assert [(s.kind, s.text) for s in segment(draft)] == [
        ("heading", "A heading without a stop"),
        ("list_item", "an item"),
        ("list_item", "another item"),
        ("table_cell", "a cell   another"),  # a row is one statement: its cells, pipes blanked
        ("table_cell", "x   y"),
        ("paragraph", "A paragraph continues here."),
        ("paragraph", "Second."),
    ]


def test_sentence_text_is_the_prose_slice_with_line_breaks_as_spaces() -> None:
    text = "A first line\r\nwith a [link](http://x.org)\tand `code`.\n"
    draft = parse_draft(text, "d.md")
    (sentence,) = segment(draft)
    assert isinstance(sentence, Sentence)
    assert (sentence.start, sentence.end) == (0, len(text) - 1)
    assert len(sentence.text) == sentence.end - sentence.start
    assert sentence.text == "A first line  with a  link" + " " * 16 + "and" + " " * 7 + "."
    assert sentence.text == draft.prose[sentence.start : sentence.end].replace("\r", " ").replace("\n", " ").replace("\t", " ")
    at = sentence.text.index("link")
    assert draft.text[sentence.start + at : sentence.start + at + 4] == "link"
    assert draft.line_col(sentence.start + at) == (2, 9)


def test_text_drafts_split_by_paragraph_then_sentence() -> None:
    assert sentences("---\ndate: 2014\n---\nOne line\nwraps. Two.\n\nThree *stays*.\n", "d.txt") == ["One line wraps.", "Two.", "Three *stays*."]


def test_empty_and_code_only_drafts_have_no_sentences() -> None:
    assert sentences("") == []
    assert sentences("```\ncode. Only.\n```\n\n<!-- note. -->\n\n![image](x.png)\n") == []


def test_sentence_never_crosses_a_block() -> None:
    draft = parse_draft("> Quoted Sen.\n\nHeitkamp spoke.\n", "d.md")
    assert [(s.text, s.block) for s in segment(draft)] == [("Quoted Sen.", 0), ("Heitkamp spoke.", 1)]


# --- the dev drafts: one sentence per line -------------------------------------------


def dev_drafts() -> list[Path]:
    return sorted(p for p in DEV.glob("*.md") if p.name != "README.md")


@pytest.mark.skipif(not DEV.is_dir(), reason="no ../shared/eval/dev")
@pytest.mark.parametrize("path", dev_drafts(), ids=lambda p: p.name)
def test_dev_draft_lines_are_exactly_its_sentences(path: Path) -> None:
    draft = read_draft(path, path.name)
    found = segment(draft)
    expected = []
    offset = 0
    for line in draft.prose.split("\n"):
        if line.strip():
            start = offset + len(line) - len(line.lstrip())
            expected.append((start, offset + len(line.rstrip())))
        offset += len(line) + 1
    assert [(s.start, s.end) for s in found] == expected
    for sentence in found:
        line, column = draft.line_col(sentence.start)
        source_line = draft.text.split("\n")[line - 1]
        assert source_line[column - 1 :].startswith(draft.text[sentence.start : sentence.end])
    assert found[0].kind == "heading" and {s.kind for s in found[1:]} == {"paragraph"}


# --- speed ---------------------------------------------------------------------------


def two_thousand_words() -> str:
    parts = [re.sub(r"\A---.*?---\n", "", p.read_text(encoding="utf-8"), flags=re.S) for p in dev_drafts()] or ["Sen. Heidi Heitkamp (D-N.D.) said so. " * 20]
    extra = "\n- An item with *emphasis* and a [link](http://x.org/a) in the U.S. The end.\n> Quoted, Sen. Heitkamp (D-N.D.) said on Apr. 15, 2014.\n\n| a | b |\n|---|---|\n| Sen. Amy | 54 |\n\n"
    text = "---\ndate: 2014-05-01\n---\n"
    while len(text.split()) < 2000:
        text += "\n".join(parts) + extra
    return text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party tag closes its clause
        (
            "Sen. Amy Klobuchar led a delegation with Sen. Heidi Heitkamp, D-N.D. Cindy McCain joined them.",
            ["Sen. Amy Klobuchar led a delegation with Sen. Heidi Heitkamp, D-N.D.", "Cindy McCain joined them."],
        ),
        # one sentence per line after a state abbreviation
        ("The meeting was in Fargo, N.D.\nHeitkamp spoke first.", ["The meeting was in Fargo, N.D.", "Heitkamp spoke first."]),
        # hard wrapping after U.S. or a title goes on
        ("She met the U.S.\nAmbassador to Mexico.", ["She met the U.S. Ambassador to Mexico."]),
        ("It was led by Sen.\nHeidi Heitkamp.", ["It was led by Sen. Heidi Heitkamp."]),
        # a name alone on its line (a comment's author, a byline) ends there; a wrapped line that ends with a name goes on
        ("**Hal Briggs**\nTheir tech chief says it works.", ["Hal Briggs", "Their tech chief says it works."]),
        ("The senator met with Governor\nDoug Burgum on Monday.", ["The senator met with Governor Doug Burgum on Monday."]),
    ],
)
def test_line_breaks_and_party_tags(text, expected):
    assert [s.text for s in segment(parse_draft(text + "\n", "d.md"))] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a footnote marker after the full stop still ends the sentence
        "The bill would create a National Strategy.¹ Klobuchar said the need became clear.²",
        "The bill would create a National Strategy.[^1] Klobuchar said the need became clear.[^2]",
        '"It is working," she said.³ Klobuchar agreed.',
        # a numbered reference, as a wiki writes it, one or several
        "Children are 13 on average.[3]\nIt also puts the number at more than 20 million.[1][3]",
    ],
)
def test_a_footnote_marker_after_a_sentence_does_not_join_the_next(text: str) -> None:
    assert len(pieces(text)) == 2
