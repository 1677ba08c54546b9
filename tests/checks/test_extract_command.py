"""`portal extract FILE... --json`: one design-4.3 object per line per file, in order; bad files never stop the rest."""
import json

from portal.cli import main
from portal.docgen import render
from portal.services.documents.reading import run
from tests.checks.case_factory import BASE, PERSON

KEYS = {"file", "kind", "fields", "source", "confidence", "findings"}


def _files(tmp_path):
    good = tmp_path / "备案表.pdf"
    good.write_bytes(render("chsi_record", {**PERSON, **BASE}, fmt="pdf"))
    proof = tmp_path / "proof.pdf"
    proof.write_bytes(render("work_proof", {**PERSON, **BASE}, fmt="pdf"))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 100)
    text = tmp_path / "notes.png"
    text.write_bytes(b"just some text")
    return [good, broken, tmp_path / "missing.jpg", text, proof]


def test_json_lines_come_in_input_order_and_bad_files_get_unknown_with_a_reason(tmp_path, capsys):
    files = _files(tmp_path)
    assert main(["extract", *map(str, files), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["file"] for r in lines] == [str(f) for f in files]
    assert all(set(r) == KEYS for r in lines)
    assert [r["kind"] for r in lines] == ["chsi_record", "unknown", "unknown", "unknown", "work_proof"]
    assert lines[0]["source"] == "pdf-text" and lines[0]["fields"]["graduation_date"] == "2012-06-30"
    for bad in lines[1:4]:
        assert bad["findings"][0]["severity"] == "fail" and bad["findings"][0]["message"].startswith("无法读取")


def test_the_pool_and_the_single_process_give_the_same_results(tmp_path):
    files = [str(f) for f in _files(tmp_path)]
    assert list(run(files, jobs=2)) == list(run(files, jobs=1))


def test_without_json_numbers_are_masked(tmp_path, capsys):
    path = tmp_path / "form.pdf"
    path.write_bytes(render("application_form", {**PERSON, **BASE}, fmt="pdf"))
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    assert PERSON["id_number"] not in out and PERSON["phone"] not in out and "4301**********6613" in out


def test_an_unknown_engine_is_a_clear_error(tmp_path, capsys):
    assert main(["extract", "x.png", "--engine", "abbyy"]) == 2
    assert "未知的 OCR 引擎" in capsys.readouterr().err
