"""Field-level accuracy of extract_document on the generated corpus (docs rendered per session).

Default run: every kind as a text-layer PDF (never OCR'd, must be exact), every kind once as an
image with a degradation cycling through the list, PDFs whose text layer does not decode, and a
scanned PDF. Slow: phone photos and the second engine. Targets from issue 6."""
import pytest

from tests.checks import accuracy, corpus

KINDS = corpus.all_kinds()


def _rate(records):
    [(exact, total, kinds_right, docs)] = accuracy.score(records).values()
    return exact / total, kinds_right / docs


@pytest.fixture(scope="session")
def text_layer_records(tmp_path_factory):
    return accuracy.run(accuracy.samples(KINDS, [1], ["clean"], ["pdf"]), workdir=tmp_path_factory.mktemp("pdf"))


@pytest.fixture(scope="session")
def ocr_records(tmp_path_factory):
    samples = [(k, 3, corpus.DEGRADATIONS[i % len(corpus.DEGRADATIONS)], "png") for i, k in enumerate(KINDS)]
    samples += [("chsi_record", 4, "clean", "pdf-noto"), ("work_proof", 4, "clean", "pdf-noto"),
                ("chsi_report", 4, "clean", "pdf-scan")]
    return accuracy.run(samples, workdir=tmp_path_factory.mktemp("ocr"))


def test_text_layer_pdfs_are_read_without_ocr_and_exactly(text_layer_records):
    assert {r["source"] for r in text_layer_records} == {"pdf-text"}
    assert accuracy.misses(text_layer_records) == []
    assert _rate(text_layer_records)[1] == 1.0


def test_scans_and_photos_reach_98_percent_of_fields_and_every_kind(ocr_records):
    fields, kinds = _rate(ocr_records)
    assert kinds >= 0.99, [(r["kind"], r["how"], r["got_kind"]) for r in ocr_records if r["got_kind"] != r["want_kind"]]
    assert fields >= 0.98, accuracy.misses(ocr_records)


def test_pdfs_without_a_decodable_text_layer_go_to_ocr(ocr_records):
    fallback = [r for r in ocr_records if r["how"] in ("pdf-noto", "pdf-scan")]
    assert len(fallback) == 3 and {r["source"] for r in fallback} == {"ocr"}
    assert all(r["got"] == r["want"] for r in fallback), accuracy.misses(fallback)


@pytest.mark.slow
def test_phone_photos_reach_95_percent_of_fields(tmp_path_factory):
    kinds = ["application_form", "work_proof", "chsi_record", "hn_secondary_query", "tech_school_cert"]
    records = accuracy.run(accuracy.samples(kinds, [5], ["photo"]), workdir=tmp_path_factory.mktemp("photo"))
    fields, kind_rate = _rate(records)
    assert kind_rate == 1.0 and fields >= 0.95, accuracy.misses(records)


@pytest.mark.slow
def test_tesseract_engine_reads_clean_scans(tmp_path_factory):
    records = accuracy.run(accuracy.samples(["chsi_record", "work_proof"], [6], ["clean"]), engine="tesseract",
                           workdir=tmp_path_factory.mktemp("tess"))
    fields, kind_rate = _rate(records)
    assert kind_rate == 1.0 and fields >= 0.9, accuracy.misses(records)
