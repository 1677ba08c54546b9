"""Reading the one-time code a candidate was sent, as the phone would: from the embedded outbox."""
import re


def sent_code(db, phone: str) -> str | None:
    with db.read() as cur:
        row = cur.execute("SELECT body FROM outbox WHERE recipient = $p ORDER BY id DESC LIMIT 1", {"p": phone}).fetchone()
    found = re.search(r"验证码为(\d{6})", row[0]) if row else None
    return found.group(1) if found else None


def first_login(db, id_number: str, phone: str, password: str):
    """The whole first-login flow: request a code, read it from the phone, set the password."""
    from portal.services.people import codes
    codes.request_code(db, id_number)
    return codes.set_password_with_code(db, id_number, sent_code(db, phone), password)
