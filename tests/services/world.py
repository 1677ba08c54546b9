"""A small portal world for workflow tests: an open round, imported cases in 长沙 and 株洲,
staff accounts, candidates logged in, and a document source that maps upload ids to files."""
from __future__ import annotations

import datetime as dt
import io

from portal.services.cases import analysis_store, rounds, submission
from portal.services.documents import uploads
from portal.services.people import accounts
from portal.services.people.list_import import import_candidates
from portal.store import clock
from tests.services.factory import make_row, province_admin, write_csv
from tests.services.otp import first_login

START = dt.datetime(2022, 4, 25, 9, 30)
DECLARED = {"education": "bachelor", "graduation_date": "2010-07-01", "work_start": "2010-08-01",
            "full_time": True, "major_tier": "related"}
SLOTS = ("application_form", "work_proof", "chsi_record")


class Clock:
    """Test time: starts inside the window; `advance(minutes=...)` moves it."""

    def __init__(self, monkeypatch, start=START + dt.timedelta(hours=1)):
        self.now = start
        monkeypatch.setattr(clock, "now", lambda: self.now)

    def advance(self, **delta):
        self.now += dt.timedelta(**delta)

    def set(self, when):
        self.now = when


def document_source(monkeypatch, people: dict, uploaded: dict):
    """Each upload reads as the kind of its slot, with the candidate's own name and ID."""
    def provider(cur, upload_id):
        case_id, slot = uploaded[upload_id]
        name, id_number = people[case_id]
        fields = {"name": name, "id_number": id_number}
        return {"file": f"{slot}.pdf", "path": f"/uploads/{upload_id}.pdf",
                "extraction": {"file": f"{slot}.pdf", "kind": slot, "fields": fields,
                               "source": "pdf-text", "confidence": {}, "findings": []}}
    monkeypatch.setattr(analysis_store, "_provider", lambda: provider)


class World:
    def __init__(self, db, tmp_path, monkeypatch, n_changsha=4, n_zhuzhou=2):
        self.db, self.clock = db, Clock(monkeypatch)
        monkeypatch.setenv("PORTAL_HOME", str(tmp_path / "home"))
        self.uploaded = {}
        self.admin = province_admin()
        rows = [make_row(n) for n in range(1, n_changsha + 1)]
        rows += [make_row(n, city="株洲市") for n in range(100, 100 + n_zhuzhou)]
        import_candidates(db, self.admin, write_csv(tmp_path / "list.csv", rows))
        self.round_id = rounds.create_round(db, self.admin, exam_year=2021, name="2021年度考后核查",
                                            opens_at="2022-04-25 09:30", closes_at="2022-04-30 17:00")
        self.staff = {}
        for name, role, cities in (("cs1", "reviewer", ["4301"]), ("cs2", "reviewer", ["4301"]),
                                   ("zz1", "reviewer", ["4302"]), ("csadmin", "admin", ["4301"])):
            accounts.create_staff(db, self.admin, username=name, role=role, display_name=name,
                                  cities=cities, password="Passw0rd1")
            self.staff[name] = accounts.login(db, name, "Passw0rd1")
        with db.read() as cur:
            found = cur.execute("SELECT k.id, c.name, c.id_number, c.phone, k.city FROM cases k "
                                "JOIN candidates c ON c.id = k.candidate_id ORDER BY k.id").fetchall()
        self.cases = {r[0]: {"name": r[1], "id_number": r[2], "phone": r[3], "city": r[4]} for r in found}
        self.changsha = [cid for cid, c in self.cases.items() if c["city"] == "4301"]
        self.zhuzhou = [cid for cid, c in self.cases.items() if c["city"] == "4302"]
        document_source(monkeypatch, {cid: (c["name"], c["id_number"]) for cid, c in self.cases.items()},
                        self.uploaded)
        self._candidates = {}

    def candidate(self, case_id):
        if case_id not in self._candidates:
            c = self.cases[case_id]
            self._candidates[case_id] = first_login(self.db, c["id_number"], c["phone"], "Secret123")
        return self._candidates[case_id]

    def upload(self, case_id, slot, n=0):
        """A small scan uploaded by the case's candidate (varied pixels so each file is distinct)."""
        from PIL import Image
        buf = io.BytesIO()
        Image.new("RGB", (64 + n, 48 + len(slot)), (255, 255 - case_id % 200, 250)).save(buf, "PNG")
        up = uploads.upload(self.db, self.candidate(case_id), filename=f"{slot}.png", data=buf.getvalue())
        self.uploaded[up["id"]] = (case_id, slot)
        return up["id"]

    def prepare(self, case_id, slots=SLOTS):
        me = self.candidate(case_id)
        submission.save_self_check(self.db, me, case_id, DECLARED)
        for slot in slots:
            submission.attach_document(self.db, me, case_id, slot=slot, upload_id=self.upload(case_id, slot))
        return me

    def submit(self, case_id):
        me = self.prepare(case_id)
        return submission.submit_case(self.db, me, case_id, background=False)

    def acknowledged(self, case_id, reason="已人工核实原件"):
        """A reason for every failing finding of the case's submission, as a reviewer passing it gives."""
        from portal.services.cases import exceptions, lifecycle
        with self.db.read() as cur:
            return {f["key"]: reason for f in exceptions.failing(cur, lifecycle.load(cur, case_id))}

    def state(self, case_id):
        with self.db.read() as cur:
            return cur.execute("SELECT state FROM cases WHERE id = $id", {"id": case_id}).fetchone()[0]


