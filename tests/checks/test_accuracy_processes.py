"""The accuracy samples read in two processes give exactly the records reading them one by one gives
(so the accuracy tests may read their samples on both cores)."""
from tests.checks import accuracy

# a text-layer PDF, a speckled scan through OCR, a scanned PDF without a text layer
SAMPLES = [("chsi_record", 11, "clean", "pdf"), ("work_proof", 11, "speckle", "png"), ("chsi_report", 11, "clean", "pdf-scan")]


def _without_timing(records):
    return [{k: v for k, v in r.items() if k != "seconds"} for r in records]


def test_two_processes_read_the_samples_exactly_as_one_does(tmp_path):
    alone = accuracy.run(SAMPLES, workdir=tmp_path)
    shared = accuracy.run(SAMPLES, workdir=tmp_path, processes=2)
    assert [r["source"] for r in alone] == ["pdf-text", "ocr", "ocr"]
    assert all(r["got"] for r in alone)  # every document was read, so the comparison means something
    assert _without_timing(shared) == _without_timing(alone)
