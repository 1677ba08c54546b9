"""RapidOCR (PP-OCR models on onnxruntime), loading only the models bundled in the wheel.

Every model path is given explicitly: with a null path RapidOCR would fetch its default model
(the bundled classifier is not the default one) from the network."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from checks.ocr import Box

BUNDLED = {
    "Det.model_path": "PP-OCRv6_det_small.onnx",
    "Cls.model_path": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
    "Rec.model_path": "PP-OCRv6_rec_small.onnx",
}


def bundled_params() -> dict:
    import rapidocr

    models = Path(rapidocr.__file__).parent / "models"
    params = {key: str(models / name) for key, name in BUNDLED.items()}
    missing = [p for p in params.values() if not Path(p).is_file()]
    if missing:
        raise RuntimeError(f"RapidOCR bundled model missing: {missing[0]}")
    threads = int(os.environ.get("CHECKS_OCR_THREADS", "-1"))
    params.update({
        "Global.log_level": "error",
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1 if threads > 0 else -1,
    })
    return params


def build():
    from rapidocr import RapidOCR

    ocr = RapidOCR(params=bundled_params())

    def run(image) -> list[Box]:
        result = ocr(np.asarray(image.convert("RGB")))
        if result.boxes is None or result.txts is None:
            return []
        out = []
        for quad, text, score in zip(result.boxes, result.txts, result.scores):
            xs, ys = [p[0] for p in quad], [p[1] for p in quad]
            out.append(Box(text, min(xs), min(ys), max(xs), max(ys), float(score)))
        return out

    return run
