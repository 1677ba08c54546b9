"""A role change ends every session of the account at once, is audited, and stays within the
caller's cities; nobody changes their own role."""
import json

import pytest

from portal.domain.errors import InvalidInput, PermissionDenied
from portal.services.cases import queue
from portal.services.people import accounts, roles, staff


def test_promoting_a_reviewer_ends_their_sessions_and_the_next_login_is_admin(world):
    cs2 = world.staff["cs2"]
    other_tab = accounts.login(world.db, "cs2", "Passw0rd1")
    roles.set_role(world.db, world.staff["csadmin"], cs2.user_id, "admin")
    for who in (cs2, other_tab):
        with pytest.raises(PermissionDenied):
            queue.queue_page(world.db, who)
    fresh = accounts.login(world.db, "cs2", "Passw0rd1")
    assert fresh.role == "admin" and staff.list_staff(world.db, fresh)
    roles.set_role(world.db, world.staff["csadmin"], cs2.user_id, "reviewer")
    with pytest.raises(PermissionDenied):
        staff.list_staff(world.db, fresh)
    with world.db.read() as cur:
        changes = cur.execute("SELECT before_json, after_json FROM audit_log WHERE action = 'set_role' "
                              "ORDER BY seq").fetchall()
    assert [tuple(json.loads(x)["role"] for x in c) for c in changes] == [("reviewer", "admin"), ("admin", "reviewer")]


def test_refusals(world):
    with pytest.raises(PermissionDenied):  # a 株洲 reviewer is outside the 长沙 admin's cities
        roles.set_role(world.db, world.staff["csadmin"], world.staff["zz1"].user_id, "admin")
    with pytest.raises(PermissionDenied):
        roles.set_role(world.db, world.staff["csadmin"], world.staff["csadmin"].user_id, "reviewer")
    with pytest.raises(PermissionDenied):
        roles.set_role(world.db, world.staff["cs1"], world.staff["cs2"].user_id, "admin")
    with pytest.raises(InvalidInput):
        roles.set_role(world.db, world.staff["csadmin"], world.staff["cs2"].user_id, "candidate")
