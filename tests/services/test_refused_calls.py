"""Scope holes closed: files and previews checked against the case's city, province-wide data changed
by province administrators only, masked IDs outside a city admin's cities, and a refused
`attach_upload` that stores no file, row or audit event."""
import datetime as dt
import io

import pytest
from PIL import Image

from portal.domain.errors import Conflict, InvalidInput, PermissionDenied
from portal.services.cases import rounds
from portal.services.certificates import config as cert_config
from portal.services.documents import attaching, previews, uploads
from portal.services.people import blacklist
from portal.services.publication import calendar
from tests.services.snapshot import changes, state


def _png(n=0):
    buf = io.BytesIO()
    Image.new("RGB", (40 + n, 30), (200, 10 * n % 255, 30)).save(buf, "PNG")
    return buf.getvalue()


def refused(world, exc, fn, *args, **kwargs):
    before = state(world.db)
    with pytest.raises(exc):
        fn(*args, **kwargs)
    assert changes(before, state(world.db)) == {}


def test_a_reviewer_of_another_city_cannot_read_or_preview_a_candidates_scan(world):
    cs = world.changsha[0]
    world.submit(cs)
    upload_id = next(u for u, (case, _) in world.uploaded.items() if case == cs)
    assert uploads.get_upload(world.db, world.staff["cs1"], upload_id)["type"] == "png"
    assert previews.pages(world.db, world.staff["cs1"], upload_id)[0][:4] == b"\x89PNG"
    other = world.candidate(world.changsha[1])
    for who in (world.staff["zz1"], other):
        refused(world, PermissionDenied, uploads.get_upload, world.db, who, upload_id)
        refused(world, PermissionDenied, previews.pages, world.db, who, upload_id)


def test_a_city_admin_cannot_change_province_wide_data(world):
    admin = world.staff["csadmin"]
    zz_person = world.cases[world.zhuzhou[0]]
    refused(world, PermissionDenied, blacklist.add_entry, world.db, admin, id_number=zz_person["id_number"],
            name=zz_person["name"], reason="伪造材料")
    entry = blacklist.add_entry(world.db, world.admin, id_number=zz_person["id_number"],
                                name=zz_person["name"], reason="伪造材料")
    refused(world, PermissionDenied, blacklist.edit_entry, world.db, admin, entry, reason="改")
    refused(world, PermissionDenied, blacklist.lift_entry, world.db, admin, entry, reason="解除")
    refused(world, PermissionDenied, blacklist.add_history, world.db, admin, id_number=zz_person["id_number"],
            exam="economics", exam_year=2020, reason="不符合条件")
    refused(world, PermissionDenied, rounds.create_round, world.db, admin, exam_year=2022, name="x",
            opens_at="2023-01-01 09:00", closes_at="2023-01-02 09:00")
    refused(world, PermissionDenied, rounds.update_round, world.db, admin, world.round_id,
            opens_at="2022-04-25 09:30", closes_at="2022-05-30 17:00", return_days=5)
    refused(world, PermissionDenied, calendar.enter_holidays, world.db, admin, 2027,
            [(dt.date(2027, 1, 1), False, "元旦")], source="国办发明电")
    refused(world, PermissionDenied, cert_config.add_series, world.db, admin, "05", "工程")
    cert_config.add_series(world.db, world.admin, "05", "工程")


def test_a_city_admin_sees_full_ids_only_of_people_with_a_case_in_their_city(world):
    cs_person, zz_person = world.cases[world.changsha[0]], world.cases[world.zhuzhou[0]]
    for person in (cs_person, zz_person):
        blacklist.add_entry(world.db, world.admin, id_number=person["id_number"], name=person["name"], reason="r")
    shown = {e["name"]: e["id_number"] for e in blacklist.list_entries(world.db, world.staff["csadmin"])}
    assert shown[cs_person["name"]] == cs_person["id_number"]
    assert shown[zz_person["name"]] != zz_person["id_number"] and "*" in shown[zz_person["name"]]
    full = {e["name"]: e["id_number"] for e in blacklist.list_entries(world.db, world.admin)}
    assert full[zz_person["name"]] == zz_person["id_number"]


def test_a_refused_attach_upload_stores_no_file_row_or_event(world):
    cs, other = world.changsha[0], world.changsha[1]
    me = world.candidate(cs)
    world.candidate(other)
    refused(world, PermissionDenied, attaching.attach_upload, world.db, me, other, slot="diploma",
            filename="d.png", data=_png(1))
    refused(world, InvalidInput, attaching.attach_upload, world.db, me, cs, slot="no_such_slot",
            filename="d.png", data=_png(2))
    refused(world, PermissionDenied, attaching.attach_upload, world.db, world.staff["cs1"], cs, slot="diploma",
            filename="d.png", data=_png(3))
    refused(world, PermissionDenied, attaching.attach_upload, world.db, None, cs, slot="diploma",
            filename="d.png", data=_png(4))
    world.submit(cs)
    refused(world, Conflict, attaching.attach_upload, world.db, me, cs, slot="diploma",
            filename="d.png", data=_png(5))
