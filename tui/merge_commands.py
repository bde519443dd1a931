"""`newsline merge ID ID` and `newsline split ID ARTICLE…`: corroboration by hand, from the shell.

Both change events as `edit` does: only if each is still the version this person last saw (`show`,
`edit`, `merge`, `split` here), or the one --if-updated names, unless --force; the change is made from
what was read and committed only if nobody changed the events in between (else nothing is written).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from store import corroborate
from store.database import Store
from store.safetext import safe_line

from .commands import as_last_seen, remember_seen


def merge(path: Path, store: Store, args: argparse.Namespace) -> int:
    stamps = args.if_updated or (None, None)
    first, second = (as_last_seen(store, event_id, stamp, args.force, "merged")
                     for event_id, stamp in zip(args.ids, stamps))
    merged, absorbed = corroborate.merge_by_hand(store, first, second)
    remember_seen(path, merged, forget=absorbed["id"])
    outlets = corroborate.outlet_count(merged, store.articles_by_id)
    print(f"merged {absorbed['id'][:8]} into {merged['id'][:8]} \"{safe_line(merged['title'])}\": "
          f"{len(merged['sources'])} sources from {outlets} outlet{'s' if outlets != 1 else ''}")
    articles = corroborate.article_ids(absorbed)
    shared = [a for a in articles if a in corroborate.article_ids(first if first["id"] == merged["id"] else second)]
    if shared:  # a split takes an article's every sentence: it cannot tell which event they told
        print(f"  no undo line: article {', '.join(a[:8] for a in shared)} told both events, and a split would "
              "take all it told; `u` in the app undoes a merge made there")
    elif articles:  # an event typed by hand with no article cannot be taken off again by its articles
        print(f"  undo: newsline split {merged['id'][:8]} {' '.join(a[:8] for a in articles)}")
    print(merged["id"])
    return 0


def split(path: Path, store: Store, args: argparse.Namespace) -> int:
    event = as_last_seen(store, args.id, args.if_updated, args.force, "split")
    article_ids = list(dict.fromkeys(corroborate.article_by_prefix(event, prefix) for prefix in args.articles))
    rest, split_off = corroborate.split_by_hand(store, event, article_ids)
    remember_seen(path, rest)
    remember_seen(path, split_off)
    outlets = ", ".join(dict.fromkeys(safe_line(a.outlet) for a in corroborate.accounts(split_off, store.articles_by_id)))
    named = f"article{'s' if len(article_ids) > 1 else ''} {', '.join(a[:8] for a in article_ids)}"
    print(f"split {named} ({outlets or 'unknown outlet'}) off {rest['id'][:8]} "
          f"\"{safe_line(rest['title'])}\" into {split_off['id'][:8]} \"{safe_line(split_off['title'])}\"")
    print(split_off["id"])
    return 0
