"""The comparers' memo: answers kept for the same owners, dropped when they change or it is full."""

from __future__ import annotations

from factcheck.memo import Memo


def test_an_answer_is_made_once_for_the_same_owners_and_again_for_others():
    made: list[str] = []
    memo: Memo[str, int] = Memo(limit=10)
    owner, other = object(), object()
    for owners in ((owner,), (owner,), (other,)):
        memo.get(owners, "key", lambda: made.append("key") or len(made))
    assert made == ["key", "key"]


def test_a_full_memo_starts_again():
    memo: Memo[int, int] = Memo(limit=2)
    owner = object()
    for key in range(5):
        memo.get((owner,), key, lambda key=key: key)
    assert len(memo._found) <= 2
