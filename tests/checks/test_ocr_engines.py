"""OCR engines: both registered engines work; RapidOCR loads only its bundled models, offline."""
import subprocess
import sys
from pathlib import Path

import pytest

from checks import ocr
from checks.ocr.rapid import bundled_params

ROOT = Path(__file__).resolve().parents[2]

OFFLINE = """
import socket, sys
def refuse(*a, **k):
    raise SystemExit("network access attempted")
socket.socket.connect = refuse
socket.create_connection = refuse
import rapidocr.utils.download_file as dl
dl.DownloadFile.run = classmethod(lambda cls, *a, **k: refuse())
from portal.docgen import render_image
from checks import ocr
boxes = ocr.get("rapidocr")(render_image("work_proof", {"name": "张伟", "employer": "长沙银行"}, seal=False))
print("|".join(b.text for b in boxes))
"""


def test_rapidocr_uses_only_models_shipped_in_its_wheel():
    import rapidocr
    wheel = Path(rapidocr.__file__).parent
    paths = [Path(v) for k, v in bundled_params().items() if k.endswith("model_path")]
    assert len(paths) == 3 and all(p.is_file() and wheel in p.parents for p in paths)


def test_rapidocr_reads_a_page_with_the_network_refused():
    out = subprocess.run([sys.executable, "-c", OFFLINE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "工作年限证明" in out.stdout and "张伟" in out.stdout


def test_an_unknown_engine_name_is_refused():
    with pytest.raises(ValueError):
        ocr.get("abbyy")


def test_both_engines_are_registered():
    assert ocr.names() == ["rapidocr", "tesseract"]
