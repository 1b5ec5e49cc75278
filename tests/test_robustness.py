"""Hostile and unlucky inputs and outputs (issue 11): deep JSON, zip bombs, unsafe member names, an output
folder that cannot be written, a disk that fills during a write, two builds into one folder."""
from __future__ import annotations

import errno
import io
import json
import os
import struct
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings as hyp_settings
from hypothesis import strategies as st

import kg.output
import kg.read
from kg.cli import cli
from kg.errors import FolderInUseError, OutputError
from kg.output import LOCK_FILE, output_folder, write_text
from kg.read import document_from_stream, read_documents, text_byte_limit
from kg.records import Document, Skipped

MET = "Emmanuel Macron met Olaf Scholz in Berlin on Monday.\n"
VISITED = "Angela Merkel visited France on Tuesday. Emmanuel J. Macron welcomed Angela Merkel in Paris.\n"
MB = 1 << 20


def build(*args: str):
    return CliRunner().invoke(cli, ["build", *args, "--quiet"], catch_exceptions=False)


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Skipped)]


def skipped_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("skipped ")]


def peak_memory(func):
    """What ``func()`` returns, and the peak of Python allocations while it ran."""
    tracemalloc.start()
    try:
        value = func()
        return value, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- 1. JSON Lines records that cannot be decoded --------------------------------------------------

def test_a_jsonl_line_nested_too_deeply_is_one_skipped_line_and_the_rest_is_built(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"article_id": "a", "text": MET}) + "\n" + "[" * 100_000 + "\n"
                    + json.dumps({"article_id": "c", "text": VISITED}) + "\n", encoding="utf-8")
    result = build(str(feed), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert skipped_lines(result.output) == [f"skipped {feed} line 2: JSON nested too deeply to read"]
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in graph["graph"]["documents"]] == ["feed.jsonl#a", "feed.jsonl#c"]


def test_any_error_decoding_one_record_skips_that_record(tmp_path, monkeypatch):
    feed = tmp_path / "feed.jsonl"
    lines = [{"article_id": "a", "text": "First."},
             '{"article_id": "b", "text": "Big number.", "n": ' + "1" * 5000 + "}",   # ValueError, not JSONDecodeError
             {"article_id": "c", "text": "Odd date.", "publish_date": "explode"},
             {"article_id": "d", "text": "Last."}]
    feed.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
                    encoding="utf-8")
    real_iso_date = kg.read.iso_date

    def iso_date(value: str) -> str:   # a bug in reading one record's fields
        if value == "explode":
            raise KeyError("a bug")
        return real_iso_date(value)

    monkeypatch.setattr(kg.read, "iso_date", iso_date)
    docs, skipped = split(read_documents([feed]))
    assert [d.id for d in docs] == ["feed.jsonl#a", "feed.jsonl#d"]
    assert [s.path for s in skipped] == [f"{feed} line 2", f"{feed} line 3"]
    assert skipped[0].reason.startswith("cannot decode (ValueError: Exceeds the limit")
    assert skipped[1].reason == "cannot decode (KeyError: 'a bug')"


def test_an_error_nobody_foresaw_skips_the_file_not_the_run(tmp_path, monkeypatch):
    (tmp_path / "a.csv").write_text("text\nFirst.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second.", encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("a bug\nwith a second line")

    monkeypatch.setattr(kg.read, "_csv_records", broken)
    docs, skipped = split(read_documents([tmp_path / "a.csv", tmp_path / "b.txt"]))
    assert [d.id for d in docs] == ["b.txt"]
    assert [(s.path, s.reason) for s in skipped] == [
        (str(tmp_path / "a.csv"),
         "cannot read (RuntimeError: a bug); the rest of this file is skipped, please report it")]


# --- 2. Bounded reads: zip bombs, long lines, unsafe member names ----------------------------------

def _zeros_member(archive: zipfile.ZipFile, name: str, megabytes: int) -> None:
    with archive.open(name, "w") as member:   # written a MB at a time: the test never holds it whole
        for _ in range(megabytes):
            member.write(bytes(MB))


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    """A ~200 KB zip whose bomb.txt inflates to 200 MB of zeros, beside one good article."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        _zeros_member(archive, "bomb.txt", 200)
        archive.writestr("good.txt", MET)
    assert path.stat().st_size < MB
    return path


def _central_entry(data: bytes, name: str) -> int:
    """Offset of ``name``'s entry in a zip's central directory."""
    end = data.rindex(b"PK\x05\x06")   # end of central directory record: where the directory starts
    offset, = struct.unpack_from("<I", data, end + 16)
    while True:
        name_length, = struct.unpack_from("<H", data, offset + 28)
        if data[offset + 46:offset + 46 + name_length] == name.encode():
            return offset
        extra, comment = struct.unpack_from("<HH", data, offset + 30)
        offset += 46 + name_length + extra + comment


def test_a_zip_bomb_is_skipped_before_it_is_inflated(bomb):
    (docs, skipped), peak = peak_memory(lambda: split(read_documents([bomb])))
    assert [d.id for d in docs] == ["good.txt"]
    [line] = skipped
    assert line.path == f"{bomb}/bomb.txt"
    assert line.reason.startswith("zip bomb: inflates ") and "\n" not in line.reason
    assert peak < 10 * MB   # the member is 200 MB


def test_kg_build_reports_a_zip_bomb_in_one_line_and_builds_the_rest(bomb, tmp_path):
    result = build(str(bomb), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    [line] = skipped_lines(result.output)
    assert line.startswith(f"skipped {bomb}/bomb.txt: zip bomb: inflates 2") and "(more than 100 to 1)" in line
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert any(e["type"] == "MET" for e in graph["edges"])


def test_a_member_lying_about_its_size_is_not_inflated_past_what_it_declares(bomb, tmp_path):
    data = bytearray(bomb.read_bytes())
    entry = _central_entry(bytes(data), "bomb.txt")
    assert struct.unpack_from("<I", data, entry + 24)[0] == 200 * MB
    struct.pack_into("<I", data, entry + 24, 1000)   # declares 1,000 bytes, inflates to 200 MB
    liar = tmp_path / "liar.zip"
    liar.write_bytes(bytes(data))
    (docs, skipped), peak = peak_memory(lambda: split(read_documents([liar])))
    assert [d.id for d in docs] == ["good.txt"]
    [line] = skipped
    assert line.path == f"{liar}/bomb.txt" and line.reason.startswith("damaged archive member (Bad CRC-32")
    assert peak < 10 * MB


class Endless(io.BufferedIOBase):
    """A stream of b"a" that never ends; fails a read that asks for all of it."""

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        assert size is not None and size >= 0, "read the whole stream"
        self.given += size
        return b"a" * size


def test_a_text_is_read_no_further_than_the_article_cap_plus_one_byte():
    stream = Endless()
    result = document_from_stream(stream, doc_id="x", path="endless.txt", max_chars=1000)
    assert isinstance(result, Skipped) and result.reason.startswith("too long for one article")
    assert stream.given == text_byte_limit(1000) + 1


def _long_record_inputs(folder: Path, suffix: str, zipped: bool) -> Path:
    """A good record, a record with a 20 MB text, then (JSON Lines) another good one."""
    if suffix == ".jsonl":
        lines = [json.dumps({"article_id": "a", "text": "Before."}).encode(),
                 b'{"article_id": "b", "text": "' + b"a" * (20 * MB) + b'"}',
                 json.dumps({"article_id": "c", "text": "After."}).encode()]
    else:
        lines = [b"article_id,text", b"a,Before.", b'b,"' + b"a" * (20 * MB) + b'"', b"c,After."]
    data = b"\n".join(lines) + b"\n"
    if not zipped:
        path = folder / f"feed{suffix}"
        path.write_bytes(data)
        return path
    path = folder / "feed.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:   # stored: no compression ratio to judge
        archive.writestr(f"feed{suffix}", data)
    return path


@pytest.mark.parametrize("zipped", [False, True], ids=["file", "zip"])
@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_line_or_row_too_long_for_an_article_is_skipped_without_being_read_whole(tmp_path, suffix, zipped):
    path = _long_record_inputs(tmp_path, suffix, zipped)
    (docs, skipped), peak = peak_memory(lambda: split(read_documents([path], max_chars=1000)))
    where = f"{path}/feed{suffix}" if zipped else str(path)
    [line] = skipped
    assert line.reason.startswith("too long for one article") and "\n" not in line.reason
    if suffix == ".jsonl":   # lines are told apart by their ends: the next one is read
        assert line.path == f"{where} line 2"
        assert [d.id for d in docs] == ["feed.jsonl#a", "feed.jsonl#c"]
    else:                    # where a row ends after a cut one cannot be told: the rest of the file is dropped
        assert line.path == f"{where} row 2" and "the rest of this file is skipped" in line.reason
        assert [d.id for d in docs] == ["feed.csv#a"]
    assert peak < 5 * MB   # the record is 20 MB


def test_members_that_could_not_be_read_safely_are_skipped_one_line_each(tmp_path):
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("../up.txt", "news/../../up2.txt", "/etc/abs.txt", "C:/drive.txt", "..\\back.txt"):
            archive.writestr(name, MET)
        archive.writestr("locked.txt", MET)
        archive.writestr("packed.txt", MET, compress_type=zipfile.ZIP_BZIP2)
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w") as nested:
            nested.writestr("inner.txt", MET)
        archive.writestr("nested.zip", inner.getvalue())
        archive.writestr("news/ok.txt", MET)
    data = bytearray(path.read_bytes())
    struct.pack_into("<H", data, _central_entry(bytes(data), "locked.txt") + 8, 0x1)   # flagged encrypted
    path.write_bytes(bytes(data))
    docs, skipped = split(read_documents([path]))
    assert [d.id for d in docs] == ["news/ok.txt"]   # nested.zip is not opened
    reasons = {s.path[len(str(path)) + 1:]: s.reason for s in skipped}
    unsafe = "member name is an absolute path or goes up with '..'; not read"
    assert reasons == {
        "../up.txt": unsafe, "news/../../up2.txt": unsafe, "/etc/abs.txt": unsafe, "C:/drive.txt": unsafe,
        "..\\back.txt": unsafe,
        "locked.txt": "encrypted archive member; not read",
        "packed.txt": "archive member compressed with bzip2, which cannot be read in bounded memory; "
                      "re-zip it with deflate",
    }


# --- 3. An output folder that cannot be created -----------------------------------------------------

def _unwritable(tmp_path: Path, where: str) -> Path:
    if where == "proc":
        if not Path("/proc/self").is_dir():
            pytest.skip("no /proc on this system")
        return Path("/proc/x")
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    return tmp_path / "a-file" / "out"


@pytest.mark.parametrize("where", ["proc", "under-a-file"])
def test_an_output_folder_that_cannot_be_created_is_one_error_line(tmp_path, where):
    out = _unwritable(tmp_path, where)
    (tmp_path / "in.txt").write_text(MET, encoding="utf-8")
    result = build(str(tmp_path / "in.txt"), "--out", str(out))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: cannot write to {out}: ")


# --- 4. Atomic outputs --------------------------------------------------------------------------------

class DiskFullWriter:
    """A file whose write stores half the text, then fails as a full disk does."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.stream.close()

    def write(self, text: str) -> int:
        self.stream.write(text[:len(text) // 2])
        self.stream.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def fill_disk_while_writing(monkeypatch, name: str) -> None:
    """Make kg's writer hit a full disk while it writes (the temporary file of) ``name``."""
    def fake_open(file, mode="r", *args, **kwargs):
        stream = open(file, mode, *args, **kwargs)
        return DiskFullWriter(stream) if "w" in mode and name in Path(file).name else stream

    monkeypatch.setattr(kg.output, "open", fake_open, raising=False)


OUTPUTS = ["graph.json", "merges.tsv", "graph.graphml", "graph.cypher", "neo4j-import/nodes_Person.csv"]


@pytest.mark.parametrize("output", OUTPUTS)
def test_a_write_that_fails_leaves_the_previous_file_whole(tmp_path, monkeypatch, output):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(MET, encoding="utf-8")
    second.write_text(VISITED, encoding="utf-8")
    out = tmp_path / "out"
    assert build(str(first), "--out", str(out)).exit_code == 0
    before = (out / output).read_bytes()

    fill_disk_while_writing(monkeypatch, Path(output).name)
    result = build(str(first), str(second), "--out", str(out))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: cannot write to {out / output}: {os.strerror(errno.ENOSPC)}"]
    assert (out / output).read_bytes() == before
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert not (out / LOCK_FILE).exists()

    monkeypatch.undo()   # the same build with room on the disk does change the file
    assert build(str(first), str(second), "--out", str(out)).exit_code == 0
    assert (out / output).read_bytes() != before


def test_write_text_replaces_a_file_whole_or_not_at_all(tmp_path, monkeypatch):
    path = write_text(tmp_path / "graph.json", "old\n")
    fill_disk_while_writing(monkeypatch, "graph.json")
    with pytest.raises(OutputError, match=f"^cannot write to {path}: "):
        write_text(path, "new\n" * 1000)
    assert path.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json"]
    monkeypatch.undo()
    assert write_text(path, "new\n").read_text(encoding="utf-8") == "new\n"


KILLED_MID_WRITE = """
import sys, time
import kg.output
from kg.cli import main

class HalfThenHang:
    def __init__(self, stream):
        self.stream = stream
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.stream.close()
    def write(self, text):
        self.stream.write(text[:len(text) // 2])
        self.stream.flush()
        print("half written", flush=True)
        time.sleep(600)

def slow_open(file, mode="r", *args, **kwargs):
    stream = open(file, mode, *args, **kwargs)
    return HalfThenHang(stream) if "w" in mode and "graph.json" in str(file) else stream

kg.output.open = slow_open
sys.argv = ["kg", "build", *sys.argv[1:], "--quiet"]
main()
"""


def test_a_build_killed_while_writing_graph_json_leaves_the_previous_one_whole(tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(MET, encoding="utf-8")
    second.write_text(VISITED, encoding="utf-8")
    out = tmp_path / "out"
    assert build(str(first), "--out", str(out)).exit_code == 0
    before = (out / "graph.json").read_bytes()

    child = subprocess.Popen([sys.executable, "-c", KILLED_MID_WRITE, str(first), str(second), "--out", str(out)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline() == "half written\n"
    finally:
        child.kill()   # SIGKILL: no clean-up of any kind
        child.wait()
        child.stdout.close()
    assert (out / "graph.json").read_bytes() == before
    [partial] = out.glob(".graph.json.*.tmp")   # the half-written new graph, beside the old one
    assert 0 < partial.stat().st_size

    assert build(str(first), str(second), "--out", str(out)).exit_code == 0   # the next build takes over
    assert (out / "graph.json").read_bytes() != before
    assert not list(out.glob(".*.tmp"))   # and clears what the killed one left


# --- 5. One build per output folder --------------------------------------------------------------------

@pytest.fixture
def sleeper():
    """A live process that holds nothing (killed after the test)."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    yield process
    process.kill()
    process.wait()


def _finished_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()   # reaped: its pid names no process now
    return process.pid


def test_a_folder_whose_lock_names_a_live_process_is_refused(tmp_path, sleeper):
    (tmp_path / "in.txt").write_text(MET, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_FILE).write_text(f"{sleeper.pid}\n", encoding="utf-8")
    result = build(str(tmp_path / "in.txt"), "--out", str(out))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (f"error: {out} is in use by another kg build "
                                             f"(pid {sleeper.pid}; lock file {out / LOCK_FILE})")
    assert result.stderr.splitlines()[1].startswith("hint: ")
    assert (out / LOCK_FILE).read_text(encoding="utf-8") == f"{sleeper.pid}\n"   # still the holder's
    assert not (out / "graph.json").exists()


def test_a_stale_lock_is_taken_over(tmp_path):
    (tmp_path / "in.txt").write_text(MET, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    pid = _finished_pid()
    (out / LOCK_FILE).write_text(f"{pid}\n", encoding="utf-8")
    result = build(str(tmp_path / "in.txt"), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "graph.json").is_file()
    assert not (out / LOCK_FILE).exists()


HOLD = """
import sys, time
from kg.output import output_folder
with output_folder(sys.argv[1]):
    print("holding", flush=True)
    time.sleep(600)
"""


def test_a_running_build_holds_its_folder_and_a_killed_one_lets_go(tmp_path):
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "holding\n"
        with pytest.raises(FolderInUseError, match=f"pid {holder.pid};"):
            with output_folder(out):
                pass
    finally:
        holder.kill()   # no clean-up: its lock file stays, naming a process that is gone
        holder.wait()
        holder.stdout.close()
    assert (out / LOCK_FILE).read_text(encoding="utf-8") == f"{holder.pid}\n"
    with output_folder(out):
        assert (out / LOCK_FILE).read_text(encoding="utf-8") == f"{os.getpid()}\n"
    assert not (out / LOCK_FILE).exists()


# --- 6. A text without sentence punctuation ----------------------------------------------------------

def test_a_long_unpunctuated_text_is_parsed_into_capped_sentences_and_built(tmp_path):
    from kg.nlp import MAX_SENTENCE_TOKENS, load_pipeline
    from kg.pipeline import build as build_graph

    words = " ".join((MET + VISITED).replace(".", " ").split()) + " "
    text = (words * (60_000 // len(words) + 1))[:60_000]
    doc = load_pipeline()(text)
    assert len(doc) > 20 * MAX_SENTENCE_TOKENS
    assert max(len(sentence) for sentence in doc.sents) <= MAX_SENTENCE_TOKENS
    (tmp_path / "run-on.txt").write_text(text, encoding="utf-8")
    result = build_graph([tmp_path / "run-on.txt"])
    assert [d.id for d in result.report.documents] == ["run-on.txt"] and not result.report.skipped
    assert result.graph.number_of_edges() > 0


def test_the_sentence_cap_marks_starts_only_inside_runs_longer_than_the_cap():
    from kg.nlp import load_pipeline

    nlp = load_pipeline()

    def starts(text: str, *components: str) -> list[int]:
        doc = nlp.make_doc(text)
        for name in components:
            doc = nlp.get_pipe(name)(doc)
        return [t.i for t in doc if t.is_sent_start]

    run_on = " ".join(["Emmanuel Macron said on Monday that the talks would go on"] * 30) + "."
    assert len(nlp.make_doc(run_on)) == 331   # one full stop, at the end
    assert starts(run_on, "kg_line_breaks", "kg_sentence_cap") == [0, 200]
    prose = (MET + VISITED) * 20   # full stops and line breaks: nothing to cap
    assert starts(prose, "kg_line_breaks", "kg_sentence_cap") == starts(prose, "kg_line_breaks")


# --- 7. A huge article: parsed in pieces -------------------------------------------------------------

def _tokens(doc) -> list[tuple[int, str, str]]:
    return [(t.idx, t.text, t.whitespace_) for t in doc]


@pytest.mark.parametrize("kind", ["paragraphs", "run-on"])
def test_a_text_parsed_in_pieces_keeps_every_offset_of_the_original_text(kind):
    from kg.nlp import load_pipeline, parse, pieces

    nlp = load_pipeline()
    prose = (MET + VISITED + "Russia's Foreign Minister Sergei Lavrov said so.\n\n") * 50
    text = prose if kind == "paragraphs" else " ".join(prose.replace(".", " ").split()) + " "
    cuts = [start for start, _ in pieces(text, 2_000)][1:]
    assert len(cuts) >= 4
    [(doc, context)] = parse(nlp, [(text, "ctx")], batch_size=8, piece_chars=2_000)
    assert context == "ctx" and doc.text == text
    assert _tokens(doc) == _tokens(nlp.make_doc(text))   # the tokens of the whole text: none cut
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)
    assert doc.ents and all(text[e.start_char:e.end_char] == e.text for e in doc.ents)
    for key in ("kg_states", "kg_roles"):
        assert doc.spans[key] and all(text[s.start_char:s.end_char] == s.text for s in doc.spans[key])
    starts = {t.idx for t in doc if t.is_sent_start}
    assert set(cuts) <= starts   # each piece starts a sentence
    assert doc.has_annotation("DEP") and all(0 <= t.head.i < len(doc) for t in doc)
    if kind == "paragraphs":
        assert all(text[cut - 2:cut] == "\n\n" for cut in cuts)


def test_texts_shorter_than_a_piece_are_parsed_as_nlp_pipe_parses_them_and_order_is_kept():
    from kg.nlp import load_pipeline, parse

    nlp = load_pipeline()
    short, long = MET + VISITED, (MET + VISITED + "\n") * 40
    items = [(short, 0), (long, 1), (VISITED, 2), (MET, 3)]
    parsed = list(parse(nlp, items, batch_size=2, piece_chars=1_000))
    assert [context for _, context in parsed] == [0, 1, 2, 3]
    piped = list(nlp.pipe([short, VISITED, MET]))
    for doc, expected in zip([parsed[0][0], parsed[2][0], parsed[3][0]], piped):
        assert doc.to_bytes(exclude=["user_data"]) == expected.to_bytes(exclude=["user_data"])


@given(st.lists(st.sampled_from(["Macron", "met", "Scholz", ".", ",", " ", "  ", "\n", "\n\n", " \n ", "\t",
                                 "U.S.", "e-mail", "\u00a0", "\u2028", "http://a.b/c?d=e", "don't", "(", ")"]),
                max_size=120))
@hyp_settings(derandomize=True, deadline=None, database=None, max_examples=150)
def test_pieces_cover_the_text_and_never_cut_a_token(words):
    from kg.nlp import load_pipeline, pieces

    text = "".join(words)
    bounds = list(pieces(text, 24))
    assert "".join(text[start:end] for start, end in bounds) == text
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    for _, end in bounds[:-1]:
        assert text[end - 1].isspace() and not text[end].isspace()
    tokenizer = load_pipeline().tokenizer
    joined = []
    for start, end in bounds:
        joined += [(start + idx, word, space) for idx, word, space in _tokens(tokenizer(text[start:end]))]
    assert joined == _tokens(tokenizer(text))
