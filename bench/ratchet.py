"""The extraction ratchet: the best recorded figures, which a change may raise but never lower unnoticed.

bench/corpus/ratchet.json holds the corpus mean F1 and mean recall and the sample's F1 and recall.
tests/test_eval_ratchet.py fails when a figure falls below it; `python bench/eval.py --record` raises it.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

RATCHET = Path(__file__).resolve().parent / "corpus" / "ratchet.json"
# Figures are stored to four places, rounded down, so the run that recorded them always passes.
PLACES = 4
EPSILON = 0.0005


def figures(corpus, sample) -> dict[str, dict[str, float]]:
    """The ratcheted figures of an evaluation: corpus means, sample micro (one article)."""
    found = {"corpus": {"mean_f1": corpus.mean_f1, "mean_recall": corpus.mean_recall}}
    if sample is not None:
        found["sample"] = {"f1": sample.micro.f1, "recall": sample.micro.recall}
    return found


def read(path: Path = RATCHET) -> dict[str, dict[str, float]]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def falls(found: dict, recorded: dict) -> list[str]:
    """One line per figure now below its recorded value (beyond rounding)."""
    lines = []
    for group, values in recorded.items():
        for name, old in values.items():
            new = found.get(group, {}).get(name)
            if new is not None and new < old - EPSILON:
                lines.append(f"{group} {name} fell from {old:.4f} to {new:.4f}")
    return lines


def record(found: dict, *, force: bool = False, path: Path = RATCHET) -> tuple[bool, list[str]]:
    """Raise the recorded figures to these; refuse when one has fallen, unless forced.

    Returns (written, lines to show a person).
    """
    recorded = read(path)
    lowered = falls(found, recorded)
    if lowered and not force:
        return False, lowered + ["ratchet not changed (pass --force to lower it on purpose)"]
    new = {group: dict(values) for group, values in recorded.items()}
    lines = []
    for group, values in found.items():
        for name, value in values.items():
            value = math.floor(value * 10**PLACES) / 10**PLACES
            old = recorded.get(group, {}).get(name)
            # Within rounding of the recorded figure is no fall, but no reason to lower it either.
            if old is not None and not force:
                value = max(old, value)
            if value != old:
                lines.append(f"{group} {name}: {'-' if old is None else f'{old:.4f}'} -> {value:.4f}")
            new.setdefault(group, {})[name] = value
    if not lines:
        return False, ["ratchet unchanged: no figure is above the recorded one"]
    path.write_text(json.dumps(new, indent=2) + "\n", encoding="utf-8")
    return True, lines
