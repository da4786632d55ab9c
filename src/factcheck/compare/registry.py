"""The registry's evidence for what the comparers find about people and bodies: an attribute as a
claim a reporter can cite, and the entity error built on it."""

from __future__ import annotations

from factcheck.compare import Verdict
from factcheck.corpus.index import ClaimIndex
from factcheck.model import Attribute, Claim, Entity
from factcheck.textutil import normalize


def attribute_values(entity: Entity, names: tuple[str, ...]) -> list[str]:
    return [a.value for a in entity.attributes if a.attribute in names]


def wrong(start: int, end: int, found: str, expected: str, message: str, claims: tuple[Claim, ...]) -> Verdict:
    """An entity error on the sentence's span [start, end)."""
    return Verdict("entity", True, start, end, found, expected, message, claims)


def attribute_claim(entity: Entity, attr: Attribute) -> tuple[Claim, ...]:
    """An attribute's evidence, as a pseudo-claim the reporters can cite; () when it has none."""
    if not attr.provenance:
        return ()
    claim = Claim(
        id=f"{entity.id}#{attr.attribute}",
        kind="fact",
        statement=f"{entity.name}: {attr.attribute} {attr.value}",
        provenance=attr.provenance,
        entities=(entity.id,),
        path=entity.path,
        line=attr.line,
    )
    return (claim,)


def claims_for(entity: Entity, attribute: str, index: ClaimIndex) -> tuple[Claim, ...]:
    """The evidence of the entity's `attribute` (a title's is a title's or a role's)."""
    for attr in entity.attributes:
        if (attr.attribute == attribute or (attribute == "title" and attr.attribute == "role")) and attr.provenance:
            return attribute_claim(entity, attr)
    return ()


def place_ids(name: str, index: ClaimIndex) -> set[str]:
    found = set(index.names.by_alias.get(name, ()))
    return found or {normalize(name)}


def within(place: str, other: str, index: ClaimIndex) -> bool:
    """Is `place` (an id) inside or the same as `other`, per the registry's location attributes?"""
    seen, todo = set(), [place]
    while todo:
        current = todo.pop()
        if current == other:
            return True
        if current in seen:
            continue
        seen.add(current)
        entity = index.corpus.entities.get(current)
        if entity:
            for attr in entity.attributes:
                if attr.attribute == "location":
                    todo.extend(place_ids(attr.value, index))
    return False
