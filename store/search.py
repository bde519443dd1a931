"""Literal, case-insensitive text search over the fields a person reads (no regex: '(' finds '(')."""

from __future__ import annotations


def haystack(event: dict) -> str:
    parts = [event["title"], " ".join(event["actors"]), event["location"] or "", event["notes"],
             event["kind"], event["status"]]
    parts += [source["sentence"] for source in event["sources"]]
    return "\n".join(parts).casefold()


def matches(event: dict, query: str) -> bool:
    return query.casefold() in haystack(event)
