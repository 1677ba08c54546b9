"""Benchmark: 100,000 passers → published and final pass list exported as
XLSX + PDF (target ≤ 15 s), and 100,000 certificates numbered, signed and recorded (≤ 20 s).
Then the rate of PAdES-signed e-certificate PDFs (render + sign, which happens on download, not at
issuance): per core through the service, split into render and sign, and with every core.

Setup (not timed): 100,000 candidates across the 14 cities imported through the import service,
their cases moved to `passed` (the review decision belongs to the workflow benchmark).
Run: .venv/bin/python bench/issue.py [N] [PDFS]   (PDFS: certificates rendered and signed per pass, default 40)"""
from __future__ import annotations

import sys
from pathlib import Path

# bench/ holds scripts named like stdlib modules (queue.py): never import from this folder
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import csv
import datetime as dt
import os
import random
import tempfile
import time

from checks.idnumber import check_digit
from portal.demo.people import at
from portal.domain.units import all_codes
from portal.services.certificates import config
from portal.services.certificates.issue import issue_certificates
from portal.services.people.auth import Principal
from portal.services.people.list_import import import_candidates
from portal.services.publication import lists
from portal.services.publication.exports import export_pass_list
from portal.store import audit_sealer
from portal.store.db import open_database

GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华"


def people(n: int, rng: random.Random):
    cities, seen = all_codes(), set()
    while len(seen) < n:
        first17 = f"{rng.choice(cities)}{rng.randint(1, 99):02d}{rng.randint(1965, 2000)}" \
                  f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
        idn = first17 + check_digit(first17)
        if idn in seen:
            continue
        seen.add(idn)
        yield {"name": rng.choice("王李张刘陈杨黄赵吴周") + "".join(rng.choices(GIVEN, k=2)), "id_number": idn,
               "phone": f"13{rng.randint(100_000_000, 999_999_999)}", "exam": "economics", "level": "intermediate",
               "exam_year": 2026, "city": idn[:4], "employer": f"某某有限公司{rng.randint(1, 5000)}", "scores": "75;80"}


def main(n: int = 100_000, pdfs: int = 40) -> int:
    home = Path(tempfile.mkdtemp(prefix="bench-issue-"))
    admin = Principal(user_id=1, role="admin", cities=all_codes(), display_name="省管理员")
    src = home / "list.csv"
    with open(src, "w", encoding="utf-8", newline="") as fh:
        rows = people(n, random.Random(5))
        first = next(rows)
        writer = csv.DictWriter(fh, fieldnames=list(first))
        writer.writeheader()
        writer.writerow(first)
        writer.writerows(rows)
    db = open_database(home)
    t = time.perf_counter()
    report = import_candidates(db, admin, src)
    with db.transaction() as cur:  # the review decisions themselves are benchmarked by the workflow helper
        cur.execute("UPDATE cases SET state = 'passed'")
    audit_sealer.flush(db)  # the import's events are sealed before the timed part
    print(f"setup: imported {len(report.accepted)} passers in {time.perf_counter() - t:.1f} s")

    c0, t0 = time.process_time(), time.perf_counter()
    row = lists.build_pass_list(db, admin, exam="economics", exam_year=2026)
    lists.review_pass_list(db, admin, row["id"])
    with at(dt.datetime(2026, 9, 1, 9, 0)):
        lists.publish_pass_list(db, admin, row["id"], publisher="长沙市人力资源和社会保障局", objection_unit="长沙市人社局专业技术人员管理处", objection_phone="0731-88888888")
    with at(dt.datetime(2026, 9, 30, 9, 0)):
        row = lists.finalise_pass_list(db, admin, row["id"])
    ts = time.perf_counter()
    audit_sealer.flush(db)  # timed too: the four events are sealed with the rows they changed
    t1 = time.perf_counter()
    xlsx = export_pass_list(db, None, row["id"], fmt="xlsx")
    t2 = time.perf_counter()
    pdf = export_pass_list(db, None, row["id"], fmt="pdf")
    t3 = time.perf_counter()
    (home / "list.xlsx").write_bytes(xlsx)
    (home / "list.pdf").write_bytes(pdf)
    publish_s, publish_cpu = t3 - t0, time.process_time() - c0
    print(f"publication: {row['listed']} final passers; build+review+publish+finalise {t1 - t0:.2f} s "
          f"(of which sealing their audit events {t1 - ts:.2f} s), "
          f"xlsx {t2 - t1:.2f} s ({len(xlsx) / 1e6:.1f} MB), pdf {t3 - t2:.2f} s ({len(pdf) / 1e6:.1f} MB); "
          f"total {publish_s:.2f} s wall, {publish_cpu:.2f} s CPU (target <= 15 s, ratio {publish_s / 15:.2f})")

    from portal.services.certificates.public_url import set_public_url
    set_public_url(db, admin, "https://zhicheng.example.gov.cn")
    c4, t4 = time.process_time(), time.perf_counter()
    issued = 0
    for i, city in enumerate(all_codes(), start=10):  # each city bureau numbers its own 中级 certificates
        city_admin = Principal(user_id=i, role="admin", cities=(city,), display_name=f"{city}管理员")
        config.set_issuing_unit(db, city_admin, user_id=i, unit_code=city, body_name=f"{city}人社局")
        issued += issue_certificates(db, city_admin, obtained_on=dt.date(2026, 10, 18), series="05",
                                     list_id=row["id"])["count"]
    ts = time.perf_counter()
    audit_sealer.flush(db)  # recorded: the batches' audit events sealed with their certificates' digests
    issue_s, issue_cpu, seal_s = time.perf_counter() - t4, time.process_time() - c4, time.perf_counter() - ts
    with db.read() as cur:
        total, distinct = cur.execute("SELECT count(*), count(DISTINCT cert_no) FROM certificates").fetchall()[0]
    print(f"issuance: {issued} certificates numbered, signed and recorded in {issue_s:.2f} s wall, "
          f"{issue_cpu:.2f} s CPU (of which sealing the audit events {seal_s:.2f} s) "
          f"({total} stored, {distinct} distinct numbers) (target <= 20 s, ratio {issue_s / 20:.2f})")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} (2 cores shared; wall times grow with load)")
    pdf_rates(db, home, admin, pdfs)
    ok = publish_s <= 15 and issue_s <= 20 and total == distinct == n
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def _render_and_sign(job):
    from portal.certs import pades, pdf_keys
    from portal.certs.pdf import render_certificate
    home, fields, signature, key_id, url = job
    return len(pades.sign(render_certificate(fields, signature, key_id, url), pdf_keys.current(home)))


def pdf_rates(db, home: Path, admin, sample: int = 40) -> None:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from portal.certs import pades, pdf_keys
    from portal.certs.pdf import render_certificate
    from portal.services.certificates import common
    with db.read() as cur:
        numbers = [r[0] for r in cur.execute("SELECT cert_no FROM certificates ORDER BY id LIMIT $n", {"n": sample}).fetchall()]
    common.certificate_pdf(db, admin, numbers[0])  # fonts, keys and imports warm
    t, cpu = time.perf_counter(), time.process_time()
    for no in numbers:
        common.certificate_pdf(db, admin, no)
    per_pdf, per_pdf_cpu = (time.perf_counter() - t) / len(numbers), (time.process_time() - cpu) / len(numbers)
    jobs = []
    for no in numbers:
        cert = common.get_certificate(db, admin, no)
        jobs.append((str(home), common.signed_fields(cert), cert["signature"], cert["key_id"], common.verify_url(db, no)))
    t = time.perf_counter()
    rendered = [render_certificate(*j[1:]) for j in jobs]
    render_s = (time.perf_counter() - t) / len(jobs)
    ident, t = pdf_keys.current(home), time.perf_counter()
    for pdf in rendered:
        pades.sign(pdf, ident)
    sign_s = (time.perf_counter() - t) / len(rendered)
    cores = os.cpu_count() or 1
    with ProcessPoolExecutor(cores, mp_context=get_context("spawn")) as pool:
        list(pool.map(_render_and_sign, jobs[:cores]))  # start and warm every worker
        t = time.perf_counter()
        list(pool.map(_render_and_sign, jobs * cores))
        all_rate = len(jobs) * cores / (time.perf_counter() - t)
    print(f"e-certificate PDFs (on download), {len(numbers)} per pass: {1 / per_pdf:.1f}/s per core through the service "
          f"({per_pdf * 1000:.0f} ms wall, {per_pdf_cpu * 1000:.0f} ms CPU each, i.e. {1 / per_pdf_cpu:.1f}/s per idle core; "
          f"render {render_s * 1000:.0f} ms + PAdES sign {sign_s * 1000:.0f} ms); "
          f"{all_rate:.1f}/s with {cores} cores; 100,000 would take {100_000 / all_rate / 3600:.1f} h with every core, "
          f"which is why issuance does not render or sign PDFs")


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000, int(sys.argv[2]) if len(sys.argv) > 2 else 40))
