"""A hostile event and article, as a scraped page, an import or a colleague could leave them in a shared
store, and the checks that none of it reached a terminal as control. Used by the test_untrusted_* files.
"""

from __future__ import annotations

import re
from pathlib import Path

from store import model
from store.database import Store

OSC_TITLE = "\x1b]0;PWNED-TITLE\x07"                 # sets the window title
OSC_CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4vKg==\x07"     # writes "rm -rf ~/*" to the clipboard
OSC_LINK = "\x1b]8;;https://evil.example/\x1b\\"      # a hidden hyperlink
CLEAR = "\x1b[2J"
ASK_CURSOR = "\x1b[6n"                               # the terminal answers on stdin
C1_CSI = "\x9b"                                      # CSI in a single (UTF-8 encoded) character
BIDI = "\u202e"                                      # right-to-left override

TITLE = (f"Strike [/updated] on 東京 {OSC_TITLE}{CLEAR}CLEARED cafe\u0301 zw\u200bsp "
         f"{BIDI}gnirts\u202c\rOVERWRITE {C1_CSI}2J")
MARKUP_LINK = "[link=https://evil.example/x]Kyiv[/link]"
CLICK = '[@click=app.screenshot("pwned.svg","{folder}")]Name[/]'

# Byte sequences that only the hostile text could have produced.
FORBIDDEN = {
    "OSC 0 window title": b"\x1b]0;PWNED",
    "OSC 52 clipboard": b"\x1b]52;",
    "OSC 8 link": b"\x1b]8;",
    "cursor position request": b"\x1b[6n",
    "clear screen from the title": b"\x1b[2JCLEARED",
    "bare CR from the title": b"\rOVERWRITE",
    "C1 CSI": C1_CSI.encode(),
    "bidi override": BIDI.encode(),
    "BEL ending the title sequence": b"PWNED-TITLE\x07",
}


def hostile_records(click_folder: Path) -> tuple[dict, dict]:
    """An article and one event of it whose every text field is hostile (valid in structure)."""
    text = (f"Headline {OSC_TITLE} [/caption]\n\nOfficials said {OSC_CLIPBOARD}the [/updated] strike "
            f"hit {OSC_LINK}Kyiv{CLEAR} overnight.\rOVERWRITE\n\nMore text follows here.")
    sentence_start = text.index("Officials")
    sentence_end = text.index("OVERWRITE") - 1
    article = {
        "id": model.new_id(), "title": f"Wire {OSC_TITLE}[/i] report", "outlet": f"{OSC_LINK}Evil [b]Wire",
        "url": None, "published": "2025-07-04T00:00:00+03:00", "text": text, "sha256": model.text_sha256(text),
        "ingested": "2025-07-04T10:00:00+00:00",
    }
    event = {
        "id": model.new_id(), "kind": "strike", "title": TITLE,
        "start": "2025-07-03T21:40:00+03:00", "end": "2025-07-03T21:40:00+03:00", "precision": "minute",
        "time_text": f"[/i] last night {ASK_CURSOR}",
        "actors": [CLICK.format(folder=click_folder), f"{OSC_CLIPBOARD}Alice"],
        "location": f"{MARKUP_LINK}{OSC_LINK}{C1_CSI}",
        "quantities": {"drones": 40, f"dead{CLEAR}": 2},
        "status": "disputed", "origin": "extracted",
        "sources": [{"article_id": article["id"], "sentence": text[sentence_start:sentence_end],
                     "start": sentence_start, "end": sentence_end}],
        "reports": [], "merges": [], "apart": [],
        "notes": f"line one [/updated]\n{ASK_CURSOR}line two\x7f {OSC_TITLE}",
        "created": "2025-07-04T10:00:00+00:00", "updated": "2025-07-04T10:00:00+00:00",
    }
    # The article's own reading, as ingest keeps it: the outlet shown beside each source is hostile too.
    event["reports"] = [{"article_id": article["id"], "outlet": article["outlet"],
                         **{key: event[key] for key in ("kind", "title", "start", "end", "precision", "time_text",
                                                        "actors", "location", "quantities", "status")},
                         "copy_of": None}]
    return article, model.validate_event(event)


def store_with_hostile_event(store_path: Path, click_folder: Path) -> dict:
    """A real store holding a benign event and the hostile one, written as an older newsline (or a
    hand-edited journal) left it: the Store API stores records as given; only entry paths clean."""
    store = Store(store_path)
    store.add_event(model.make_event(kind="call", title="Leaders speak by phone", start="2025-07-02T10:00:00+03:00",
                                     end="2025-07-02T10:00:00+03:00", precision="minute"))
    article, event = hostile_records(click_folder)
    store.add_article(article, [event])
    return event


def leaks(output: bytes) -> list[str]:
    """Names of the hostile sequences found in output (empty when none reached it)."""
    return [name for name, needle in FORBIDDEN.items() if needle in output]


SGR = re.compile(rb"\x1b\[[0-9;]*m")


def plain_output_problems(output: bytes) -> list[str]:
    """For command output (not the app): after colour codes, no ESC, BEL or C1 at all, CR only before LF."""
    problems = leaks(output)
    rest = SGR.sub(b"", output)
    escape = rest.find(b"\x1b")
    if escape != -1:
        problems.append(f"ESC at {rest[max(0, escape - 20):escape + 20]!r}")
    if b"\x07" in rest:
        problems.append("BEL")
    if re.search(rb"\r(?!\n)", rest):
        problems.append("bare CR")
    if re.search(rb"\xc2[\x80-\x9f]", rest):
        problems.append("C1 control")
    return problems
