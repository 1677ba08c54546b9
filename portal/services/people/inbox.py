"""A logged-in person's own in-site messages: the unread count (the bell), a page of messages newest
first, marking one or all as read. Nobody reads or marks another person's messages."""
from __future__ import annotations

from portal.domain.errors import NotFound, PermissionDenied
from portal.services.people.auth import ROLES, Principal, actor_fields, require_role
from portal.store import audit, clock, rows

PAGE_SIZE = 20


def _owner(principal: Principal) -> dict:
    require_role(principal, *ROLES)
    if principal.role == "candidate":
        if principal.candidate_id is None:
            raise PermissionDenied("无权访问：账号未关联考生信息")
        return {"user_id": None, "candidate_id": principal.candidate_id}
    return {"user_id": principal.user_id, "candidate_id": None}


def _mine(message: dict, owner: dict) -> bool:
    if owner["candidate_id"] is not None:
        return message["candidate_id"] == owner["candidate_id"]
    return message["user_id"] == owner["user_id"]


def unread_count(db, principal: Principal) -> int:
    owner = _owner(principal)
    with db.read() as cur:
        return int(rows.many(cur, "count_my_messages", owner)[0]["unread"])


def my_messages(db, principal: Principal, *, page: int = 1, page_size: int = PAGE_SIZE) -> dict:
    """{'rows': one page newest first, 'total', 'unread', 'pages'}; `page` counts from 1."""
    owner = _owner(principal)
    size = max(1, min(int(page_size), 100))
    with db.read() as cur:
        counts = rows.many(cur, "count_my_messages", owner)[0]
        pages = max(1, -(-int(counts["total"]) // size))
        page = max(1, min(int(page), pages))
        found = rows.many(cur, "select_my_messages", owner | {"limit": size, "offset": (page - 1) * size})
    return {"rows": found, "total": int(counts["total"]), "unread": int(counts["unread"]), "pages": pages, "page": page}


def mark_read(db, principal: Principal, message_id: int) -> bool:
    """Mark one of the caller's messages read; True when it was unread."""
    owner = _owner(principal)
    with db.transaction() as cur:
        message = rows.one(cur, "select_message", {"id": int(message_id)})
        if message is None:
            raise NotFound("消息不存在")
        if not _mine(message, owner):
            raise PermissionDenied("无权操作：只能处理本人的消息")
        if message["read_at"] is not None:
            return False
        cur.execute(rows.q("update_message_read"), {"id": message["id"], "now": clock.now()})
        audit.append(cur, **actor_fields(principal), action="message.read", entity="message",
                     entity_id=message["id"], before={"read": False}, after={"read": True})
        return True


def mark_all_read(db, principal: Principal) -> int:
    """Mark every unread message of the caller read; returns how many."""
    owner = _owner(principal)
    with db.transaction() as cur:
        unread = int(rows.many(cur, "count_my_messages", owner)[0]["unread"])
        if unread == 0:
            return 0
        cur.execute(rows.q("update_my_messages_read"), owner | {"now": clock.now()})
        audit.append(cur, **actor_fields(principal), action="message.read_all", entity="user",
                     entity_id=principal.user_id, before={"unread": unread}, after={"unread": 0})
        return unread
