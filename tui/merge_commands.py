"""`newsline merge ID ID` and `newsline split ID ARTICLE`: corroboration by hand, from the shell.

Both write through the store's conditional path: the events are read, the change is made from what was
read, and it is committed only if nobody changed them in between (else nothing is written).
"""

from __future__ import annotations

import argparse

from store import corroborate
from store.database import Store
from store.errors import ConflictError
from store.safetext import safe_line


def _seen(store: Store, event_id: str, stamp: str | None, verb: str) -> dict:
    event = store.get_event(event_id)
    if stamp and event["updated"] != stamp:
        raise ConflictError(f"event {event['id'][:8]} was changed at {event['updated']}, after {stamp}; nothing "
                            f"was {verb}; `show` it again", event)
    return event


def merge(store: Store, args: argparse.Namespace) -> int:
    stamps = args.if_updated or (None, None)
    first, second = (_seen(store, event_id, stamp, "merged") for event_id, stamp in zip(args.ids, stamps))
    merged, absorbed = corroborate.merge_by_hand(store, first, second)
    outlets = corroborate.outlet_count(merged, store.articles_by_id)
    print(f"merged {absorbed['id'][:8]} into {merged['id'][:8]} \"{safe_line(merged['title'])}\": "
          f"{len(merged['sources'])} sources from {outlets} outlet{'s' if outlets != 1 else ''}")
    for article_id in corroborate.article_ids(absorbed):
        print(f"  undo: newsline split {merged['id'][:8]} {article_id[:8]}")
    print(merged["id"])
    return 0


def split(store: Store, args: argparse.Namespace) -> int:
    event = _seen(store, args.id, args.if_updated, "split")
    article_id = corroborate.article_by_prefix(event, args.article)
    rest, split_off = corroborate.split_by_hand(store, event, article_id)
    outlet = next((a.outlet for a in corroborate.accounts(split_off, store.articles_by_id)), "unknown outlet")
    print(f"split article {article_id[:8]} ({safe_line(outlet)}) off {rest['id'][:8]} "
          f"\"{safe_line(rest['title'])}\" into {split_off['id'][:8]} \"{safe_line(split_off['title'])}\"")
    print(split_off["id"])
    return 0
