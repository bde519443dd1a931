"""`newsline times`: every time phrase of an article, with offsets into the text exactly as read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = ("\ufeffKYIV (Reuters) -\r\n  Officials said on Monday that talks will resume next week.\r\n"
           "The truce holds until 15:00 GMT Saturday, before Friday's vote.\t\x1b[31m Prices fell in 2009-2010; "
           "fiscal 2024 was weak, and the the night of 3 to 4 July was calm.\n")


def _times(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "tui", "times", *args]
    return subprocess.run(command, input=stdin, capture_output=True, env={**os.environ, "NO_COLOR": "1"}, cwd=ROOT,
                          timeout=120)


def test_json_offsets_index_the_text_exactly_as_read_from_stdin():
    raw = ARTICLE.encode("utf-8")
    result = _times("-", "--published", "2025-07-04", "--tz", "Europe/Kyiv", "--json", stdin=raw)
    assert result.returncode == 0, result.stderr
    phrases = json.loads(result.stdout)
    text = raw.decode("utf-8-sig")  # as ingest decodes, nothing stripped or normalised
    assert [p["text"] for p in phrases] == ["on Monday", "next week", "15:00 GMT Saturday", "Friday", "in 2009-2010",
                                            "fiscal 2024", "the night of 3 to 4 July"]
    for phrase in phrases:
        begin, end = phrase["offset"]
        assert text[begin:end] == phrase["text"]
        assert set(phrase) == {"text", "offset", "start", "end", "precision"}
    assert phrases[2] == {"text": "15:00 GMT Saturday", "offset": phrases[2]["offset"],
                          "start": "2025-07-05T18:00:00+03:00", "end": "2025-07-05T18:00:00+03:00", "precision": "minute"}
    assert phrases[1]["start"] == "2025-07-07T00:00:00+03:00" and phrases[1]["precision"] == "week"


def test_windows_1252_file_is_decoded_as_ingest_decodes_it(tmp_path):
    article = tmp_path / "article.txt"
    article.write_bytes("Caf\u00e9 owners said on Monday, 30 June, that prices rose.".encode("cp1252"))
    result = _times(str(article), "--published", "2025-07-04", "--json")
    phrases = json.loads(result.stdout)
    text = article.read_bytes().decode("cp1252")
    assert [(p["text"], text[p["offset"][0]:p["offset"][1]]) for p in phrases] == [("on Monday, 30 June",) * 2]
    assert phrases[0]["start"] == "2025-06-30T00:00:00+00:00" and phrases[0]["precision"] == "day"


def test_a_phrase_that_names_no_time_has_null_window(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("The talks failed on 31 June, and he returned three years later.")
    phrases = json.loads(_times(str(article), "--published", "2025-07-04", "--json").stdout)
    assert [(p["text"], p["start"], p["end"], p["precision"]) for p in phrases] == [
        ("on 31 June", None, None, None), ("three years later", None, None, None)]


def test_table_shows_phrase_offset_window_and_precision_with_control_characters_made_visible(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Missiles struck Kyiv last night.\nOn Tuesday\x1b]0;owned\x07 a drone hit Odesa.")
    result = _times(str(article), "--published", "2025-07-04", "--tz", "Europe/Kyiv")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "\x1b" not in out and "\x07" not in out
    lines = out.splitlines()
    assert lines[0].split() == ["PHRASE", "OFFSET", "START", "END", "PRECISION", "RULE"]
    assert lines[1].split()[:6] == ["last", "night", "21-31", "2025-07-03T18:00:00+03:00", "2025-07-04T06:00:00+03:00",
                                    "part_of_day"]
    assert lines[2].split()[:3] == ["On", "Tuesday", "33-43"]
    assert lines[-1].startswith("2 time phrases")


def test_bad_date_or_zone_is_one_line_and_exit_2(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("It happened on Monday.")
    for args in (("--published", "July"), ("--published", "2025-07-04", "--tz", "Mars/Base")):
        result = _times(str(article), *args)
        assert result.returncode == 2 and result.stderr.decode().count("\n") == 1, result.stderr


def test_times_in_process_through_main(tmp_path, capsys):
    from tui.cli import main

    article = tmp_path / "article.txt"
    article.write_text("Leaders will meet on Saturday.")
    assert main(["times", str(article), "--published", "2025-07-04", "--json"]) == 0
    [phrase] = json.loads(capsys.readouterr().out)
    assert phrase["start"].startswith("2025-07-05") and phrase["offset"] == [18, 29]


def test_times_command_loads_neither_spacy_nor_the_app():
    code = ("import sys, io; sys.stdin = io.TextIOWrapper(io.BytesIO(b'on Monday')); from tui.cli import main; "
            "main(['times', '-', '--published', '2025-07-04']); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'textual') or m in ('store.extract', 'tui.app')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr


def test_the_date_and_zone_come_from_the_metadata_file_beside_the_article_as_ingest_reads_them(tmp_path):
    article = tmp_path / "night.txt"
    article.write_text("Drones struck the port overnight.", encoding="utf-8")
    result = _times(str(article))
    assert result.returncode == 2 and b"give --published" in result.stderr and b"Traceback" not in result.stderr
    article.with_suffix(".json").write_text('{"published": "2025-03-12", "timezone": "Europe/Kyiv"}', encoding="utf-8")
    result = _times(str(article), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["start"] == "2025-03-11T18:00:00+02:00"
    override = json.loads(_times(str(article), "--published", "2025-03-20", "--json").stdout)
    assert override[0]["start"] == "2025-03-19T18:00:00+02:00"  # the option over the file; the zone still its


def test_a_phrase_naming_its_zone_is_shown_read_in_that_zone_as_ingest_reads_it():
    text = "Putin and Erdogan spoke by phone at 10 p.m. Moscow time on Tuesday, and met on Wednesday evening.\n"
    result = _times("-", "--published", "2023-11-23", "--tz", "Asia/Tokyo", "--json", stdin=text.encode())
    assert result.returncode == 0, result.stderr
    phrases = {p["text"]: p for p in json.loads(result.stdout)}
    assert phrases["at 10 p.m. Moscow time on Tuesday"]["start"] == "2023-11-21T22:00:00+03:00"
    assert phrases["on Wednesday evening"]["start"] == "2023-11-22T18:00:00+09:00"  # no zone named: the article's
