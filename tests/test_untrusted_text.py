"""Text entering the store (add, edit, ingest, import) is cleaned of terminal control; ids are what the
docs say; exports cannot be turned into formulas, calendar properties or links."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store import exchange, model
from store.database import Store
from store.safetext import safe_text
from tests.hostile import plain_output_problems, store_with_hostile_event

CONTROLS = "\x00\x07\x08\x0b\x0c\x1b\x7f\x85\x9b\u202a\u202e\u2066\u2069\u2028"


def no_controls(text: str, multiline: bool = False) -> bool:
    allowed = {"\n"} if multiline else set()
    return not any((ord(c) < 0x20 and c not in allowed) or 0x7F <= ord(c) <= 0x9F or c in CONTROLS for c in text)


# ----- the cleaning itself -----------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60), st.booleans())
def test_safe_text_leaves_no_control_keeps_length_and_is_idempotent(text, multiline):
    cleaned = safe_text(text, multiline=multiline)
    assert no_controls(cleaned, multiline)
    assert len(cleaned) == len(text)  # one for one: offsets into an article stay true
    assert safe_text(cleaned, multiline=multiline) == cleaned


def test_safe_text_shows_escapes_visibly_and_keeps_wide_and_combining_text():
    assert safe_text("a\x1b]0;x\x07b") == "a␛]0;x␇b"
    assert safe_text("東京 cafe\u0301 zw\u200bsp") == "東京 cafe\u0301 zw\u200bsp"
    assert safe_text("one\r\ntwo\rthree", multiline=True) == "one \ntwo\nthree"
    assert safe_text("one\ntwo") == "one two"


# ----- entry paths -------------------------------------------------------------------------------

def test_add_and_edit_store_no_control_characters(run_cli):
    added = run_cli("add", "--kind", "strike", "--when", "3 July 2025", "--title", "Strike \x1b]0;evil\x07 on Kyiv",
                    "--actor", "\x1b[2JRussia", "--location", "Kyiv\u202e", "--note", "first\nsecond\x1b[6n")
    assert added.returncode == 0, added.stderr
    assert not plain_output_problems(added.stdout.encode())
    event_id = added.stdout.split()[-1]
    record = json.loads(run_cli("show", event_id, "--json").stdout)
    assert record["title"] == "Strike ␛]0;evil␇ on Kyiv"
    assert record["actors"] == ["␛[2JRussia"] and record["location"] == "Kyiv\ufffd"
    assert record["notes"] == "first\nsecond␛[6n"
    assert run_cli("edit", event_id, "--title", "Edited \x9b2J", "--note", "\x07bell").returncode == 0
    record = json.loads(run_cli("show", event_id, "--json").stdout)
    assert record["title"] == "Edited \ufffd2J" and record["notes"] == "␇bell"


def test_edit_heals_text_an_older_version_stored(store_path, tmp_path):
    event = store_with_hostile_event(store_path, tmp_path)
    edited = Store(store_path).update_event(event["id"], {"status": "confirmed"})
    assert no_controls(edited["title"]) and all(no_controls(actor) for actor in edited["actors"])
    assert no_controls(edited["notes"], multiline=True)


def test_ingest_cleans_article_text_and_metadata_and_offsets_still_hold(run_cli, tmp_path, store_path):
    article = tmp_path / "hostile.txt"
    article.write_text("Kyiv \x1b]0;evil\x07 wire\n\nA Russian missile hit a residential \x1b[2Jbuilding in Odesa on "
                       "Monday evening, killing three people and injuring 12, regional governor \x1b]52;c;eA==\x07"
                       "Oleh Kiper said.\n")
    (tmp_path / "hostile.json").write_text(json.dumps({"outlet": "\x1b]8;;http://x\x07Wire", "title": "T\x07"}))
    result = run_cli("ingest", str(article), "--published", "2025-07-04")
    assert result.returncode == 0, result.stderr
    store = Store(store_path)
    (stored,) = store.articles()
    assert no_controls(stored["text"], multiline=True) and "␛]0;evil␇" in stored["text"]
    assert stored["outlet"] == "␛]8;;http://x␇Wire" and stored["title"] == "T␇"
    assert stored["sha256"] == model.text_sha256(stored["text"])
    assert store.events()
    for event in store.events():
        assert no_controls(event["title"])
        for source in event["sources"]:
            assert stored["text"][source["start"]:source["end"]] == source["sentence"]
    again = run_cli("ingest", str(article), "--published", "2025-07-04")
    assert "skipped" in again.stdout  # the cleaned text is what duplicates are recognised by


def test_import_cleans_control_characters_and_says_so(run_cli, tmp_path, store_path):
    store_with_hostile_event(tmp_path / "old.json", tmp_path)
    dump = tmp_path / "dump.json"
    dump.write_text(exchange.export(Store(tmp_path / "old.json"), "json"))
    result = run_cli("import", str(dump))
    assert result.returncode == 0, result.stderr
    assert "imported 2 events and 1 article" in result.stdout
    assert "control characters" in result.stdout and "in 2 records" in result.stdout
    store = Store(store_path)
    (article,) = store.articles()
    assert no_controls(article["text"], multiline=True) and article["sha256"] == model.text_sha256(article["text"])
    for event in store.events():
        assert no_controls(event["title"]) and no_controls(event["notes"], multiline=True)
        assert all(no_controls(actor) for actor in event["actors"]) and no_controls(event["location"] or "")
        for source in event["sources"]:
            assert article["text"][source["start"]:source["end"]] == source["sentence"]


# ----- ids ---------------------------------------------------------------------------------------

def _export_with(tmp_path, change) -> str:
    event = model.make_event(kind="call", title="Call", start="2025-07-02T10:00:00+03:00",
                             end="2025-07-02T10:00:00+03:00", precision="minute")
    article = model.make_article(text="Officials said the leaders spoke by phone on Wednesday.",
                                 published="2025-07-04T00:00:00+03:00")
    data = {"version": 1, "articles": [article], "events": [event]}
    change(data)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data))
    return str(path)


def _set_event(key, value):
    return lambda data: data["events"][0].__setitem__(key, value)


@pytest.mark.parametrize("change", [
    _set_event("id", "../../x\n\x1b[2J"),
    _set_event("id", "3F2A" * 8),
    _set_event("id", "3f2a" * 7),
    _set_event("id", "3f2a" * 8 + "0"),
    _set_event("id", 12345),
    lambda data: data["articles"][0].__setitem__("id", "../article"),
    _set_event("sources", [{"article_id": "x\x1b]0;t\x07", "sentence": "s", "start": None, "end": None}]),
], ids=["path-and-escape", "uppercase", "short", "long", "number", "article", "source-article"])
def test_import_refuses_ids_that_are_not_32_lowercase_hex(run_cli, tmp_path, store_path, change):
    result = run_cli("import", _export_with(tmp_path, change))
    assert result.returncode == 1
    assert "32 lowercase hex digits" in result.stderr and "nothing was imported" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "\x1b" not in result.stderr
    assert not store_path.exists() or not Store(store_path).events()


def test_null_source_article_and_generated_ids_are_accepted(tmp_path):
    path = _export_with(tmp_path, _set_event("sources", [{"article_id": None, "sentence": "s", "start": None,
                                                         "end": None}]))
    articles, events = exchange.read_export(path)
    assert len(articles) == 1 and len(events) == 1


# ----- exports -----------------------------------------------------------------------------------

def _store_with(store_path, **fields) -> Store:
    """A store with one event holding fields as given (not cleaned: as an older version may have stored them)."""
    store = Store(store_path)
    event = model.make_event(kind="statement", title="Statement", start="2025-07-03T21:40:00+03:00",
                             end="2025-07-03T21:40:00+03:00", precision="minute")
    store.put_event(model.validate_event({**event, **fields}))
    return store


@pytest.mark.parametrize("payload", ["=HYPERLINK(\"http://evil\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3",
                                     "@SUM(1+1)", "\t=1+1", "\r=1+1", "  =1+1"])
def test_csv_cells_cannot_start_a_formula(store_path, payload):
    store = _store_with(store_path, title=f"{payload} title", actors=[payload], location=payload, notes=payload)
    rows = list(csv.reader(io.StringIO(exchange.export(store, "csv"))))
    header, row = rows[0], rows[1]
    for column in ("title", "actors", "location", "notes"):
        cell = row[header.index(column)]
        assert cell.startswith("'"), f"{column} cell {cell!r} would run as a formula"
        assert cell[1:].lstrip()[0] in "=+-@"


def test_csv_keeps_ordinary_cells_as_they_are(store_path):
    store = _store_with(store_path, title="Drone strike on Odesa", actors=["Russia"], location="Odesa")
    rows = list(csv.reader(io.StringIO(exchange.export(store, "csv"))))
    assert rows[1][rows[0].index("title")] == "Drone strike on Odesa"


def test_ics_escapes_cr_and_folds_at_75_octets_without_splitting_characters(store_path):
    title = "Carriage\rreturn " + "東京で無人機攻撃" * 12 + " 🚀" * 10 + " e\u0301" * 20
    store = _store_with(store_path, title=title, location="Kyiv\r\nBEGIN:VALARM")
    raw = exchange.export(store, "ics").encode()
    lines = raw.split(b"\r\n")
    assert b"\r" not in b"".join(lines) and b"\n" not in b"".join(lines), "a bare CR or LF breaks the calendar"
    for line in lines:
        assert len(line) <= 75, f"{len(line)} octets: {line!r}"
        line.decode("utf-8")  # a character split across a fold would not decode
    unfolded = raw.decode().replace("\r\n ", "")
    summary = next(line for line in unfolded.split("\r\n") if line.startswith("SUMMARY:"))
    assert summary == "SUMMARY:" + title.replace("\r", "\\n").replace(",", "\\,")
    assert "\r\nBEGIN:VALARM" not in unfolded  # the location cannot start a property of its own
    assert max(len(line) for line in lines) == 75  # folds use the whole line, as RFC 5545 allows


def test_markdown_escapes_html_and_link_syntax(store_path):
    store = _store_with(store_path, title="<script>alert(1)</script> [click](javascript:alert(1))",
                        actors=["![x](http://evil.example/p.png)"], location="<img src=x onerror=alert(1)>",
                        sources=[{"article_id": None, "sentence": "Said [here](http://evil) & *there*\n# Heading",
                                  "start": None, "end": None}])
    text = exchange.export(store, "md")
    assert "<script>" not in text and "&lt;script&gt;" in text and "<img" not in text
    assert not re.search(r"(?<!\\)\]\(", text), "an unescaped ]( makes a link or an image"
    assert "\\[click\\]" in text and "\\*there\\*" in text and "&amp;" in text
    assert "\n# Heading" not in text  # a newline in event text cannot start a block


def test_text_exports_carry_no_terminal_control(store_path, tmp_path):
    store_with_hostile_event(store_path, tmp_path)
    store = Store(store_path)
    for fmt in exchange.FORMATS:
        problems = plain_output_problems(exchange.export(store, fmt).encode())
        assert not problems, f"{fmt}: {problems}"
    # The JSON export is the data as stored: the same strings come back.
    data = json.loads(exchange.export(store, "json"))
    assert {e["title"] for e in data["events"]} == {e["title"] for e in store.events()}


# ----- command output into a pipe ------------------------------------------------------------------

def test_list_into_a_pipe_lines_up_wide_combining_and_zero_width_text(run_cli, store_path, tmp_path):
    from rich.cells import cell_len

    event = store_with_hostile_event(store_path, tmp_path)
    for location in ("東京都", "Cafe\u0301 zw\u200bsp", "Kyiv"):
        run_cli("add", "--kind", "strike", "--when", "4 July 2025", "--title", f"Strike on {location}",
                "--location", location)
    listing = run_cli("list")
    assert listing.returncode == 0, listing.stderr
    assert not plain_output_problems(listing.stdout.encode())
    lines = listing.stdout.splitlines()[1:-1]
    assert len(lines) == 5 and any("Strike [/updated]" in line for line in lines)
    # The ID column starts at the same terminal cell on every row.
    columns = {cell_len(line[: line.index(e["id"][:8])]) for line, e in zip(lines, Store(store_path).events())}
    assert len(columns) == 1, lines
    shown = run_cli("show", event["id"])
    assert shown.returncode == 0 and not plain_output_problems(shown.stdout.encode())
    assert "[/updated]" in shown.stdout and "␛]0;PWNED-TITLE␇" in shown.stdout


def test_a_control_character_inside_a_sentence_does_not_hide_its_event(run_cli, store_path):
    """A hostile trial: "A car bomb \\x01exploded in Mosul …" was stored as "␁exploded" and gave no event (with
    a second sentence, a strike with no place or day)."""
    result = run_cli("ingest", "-", "--published", "2025-10-07", "--tz", "Asia/Baghdad", "--outlet", "Tigris Today",
                     stdin="A car bomb \x01exploded in Mosul on Monday evening, killing four people.\n")
    assert result.returncode == 0, result.stderr
    [event] = Store(store_path).events()
    assert (event["kind"], event["location"], event["start"][:10], event["quantities"].get("killed")) == (
        "strike", "Mosul", "2025-10-06", 4)
    assert no_controls(event["sources"][0]["sentence"])
