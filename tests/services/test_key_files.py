"""Key export and import: one passphrase-encrypted file carries every key under PORTAL_HOME/keys; a
wrong passphrase, a changed byte or a different key in place writes nothing."""
import base64
import json
import stat

import pytest

from portal.certs import pdf_keys, signing
from portal.domain.errors import Conflict, InvalidInput, PermissionDenied
from portal.services import system
from portal.services.key_files import export_keys, import_keys
from portal.services.people.auth import Principal
from portal.store import key_bundle, keys

PASS = "长城 correct horse 2026"


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    """Still scrypt, with test-sized cost (the default takes 128 MiB and about a second)."""
    monkeypatch.setattr(key_bundle, "SCRYPT", {"n": 2**10, "r": 8, "p": 1})


def make_keys(home):
    """A home holding every kind of key: audit, checkpoint, payload signing (rotated once), PDF signing."""
    home.mkdir(parents=True, exist_ok=True)
    keys.write_private(home / keys.AUDIT_KEY, b"k" * 32)
    keys.checkpoint_key(home)
    signing.load_or_create_key(home)
    signing.rotate_key(home)
    pdf_keys.current(home)
    return home


def files_of(home):
    return {p.relative_to(home).as_posix(): p.read_bytes() for p in sorted((home / "keys").rglob("*"))
            if p.is_file() and p.name != ".lock"}


def test_exported_keys_import_into_an_empty_home_byte_for_byte_and_owner_only(tmp_path):
    src = make_keys(tmp_path / "a")
    done = export_keys(src, system.operator(), tmp_path / "keys.enc", PASS)
    raw = (tmp_path / "keys.enc").read_bytes()
    assert stat.S_IMODE((tmp_path / "keys.enc").stat().st_mode) == 0o600
    assert b"PRIVATE KEY" not in raw and b"k" * 32 not in raw and base64.b64encode(b"k" * 32) not in raw
    assert json.loads(raw)["kdf"] | {"salt": ""} == {"name": "scrypt", "n": 2**10, "r": 8, "p": 1, "salt": ""}
    got = import_keys(tmp_path / "b", system.operator(), tmp_path / "keys.enc", PASS)
    assert files_of(tmp_path / "b") == files_of(src) and got["written"] == done["files"] == len(files_of(src))
    assert any("retired/" in name for name in files_of(src))  # rotated keys travel too
    assert got["audit_key"] == done["audit_key"] == keys.key_ids(src)["audit_key"] is not None
    for path in (tmp_path / "b" / "keys").rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path
    assert import_keys(tmp_path / "b", system.operator(), tmp_path / "keys.enc", PASS)["written"] == 0


@pytest.mark.parametrize("damage", ["passphrase", "ciphertext", "kdf_n", "nonce", "truncated", "garbage"])
def test_a_wrong_passphrase_or_a_changed_file_is_refused_and_nothing_is_written(tmp_path, damage):
    export_keys(make_keys(tmp_path / "a"), system.operator(), tmp_path / "keys.enc", PASS)
    path, phrase = tmp_path / "keys.enc", PASS
    doc = json.loads(path.read_bytes())
    if damage == "passphrase":
        phrase = PASS + "x"
    elif damage == "ciphertext":
        body = bytearray(base64.b64decode(doc["ciphertext"]))
        body[len(body) // 2] ^= 1
        doc["ciphertext"] = base64.b64encode(bytes(body)).decode()
    elif damage == "kdf_n":
        doc["kdf"]["n"] = 2**11
    elif damage == "nonce":
        doc["nonce"] = base64.b64encode(b"\0" * 12).decode()
    if damage in ("ciphertext", "kdf_n", "nonce"):
        path.write_text(json.dumps(doc))
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:200])
    elif damage == "garbage":
        path.write_bytes(b"\x89PNG not keys")
    with pytest.raises(Conflict) as exc:
        import_keys(tmp_path / "b", system.operator(), path, phrase)
    assert "\n" not in exc.value.message and "密钥" in exc.value.message
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_a_hostile_kdf_cost_is_refused_before_deriving(tmp_path):
    export_keys(make_keys(tmp_path / "a"), system.operator(), tmp_path / "keys.enc", PASS)
    doc = json.loads((tmp_path / "keys.enc").read_bytes())
    doc["kdf"]["n"] = 2**30
    (tmp_path / "keys.enc").write_text(json.dumps(doc))
    with pytest.raises(Conflict, match="加密参数"):
        import_keys(tmp_path / "b", system.operator(), tmp_path / "keys.enc", PASS)


def test_different_keys_in_place_are_kept_unless_replace_is_given(tmp_path):
    export_keys(make_keys(tmp_path / "a"), system.operator(), tmp_path / "keys.enc", PASS)
    other = make_keys(tmp_path / "b")
    keys.write_private(other / keys.AUDIT_KEY, b"x")  # kept: write_private never overwrites
    before = files_of(other)
    with pytest.raises(Conflict, match="--replace"):
        import_keys(other, system.operator(), tmp_path / "keys.enc", PASS)
    assert files_of(other) == before
    import_keys(other, system.operator(), tmp_path / "keys.enc", PASS, replace=True)
    assert keys.key_ids(other) == keys.key_ids(tmp_path / "a")


def test_an_unsafe_path_inside_a_genuine_bundle_is_refused(tmp_path):
    data = key_bundle.seal({"../../evil": b"x", "audit-hmac-sha256.key": b"k" * 32}, PASS)
    (tmp_path / "keys.enc").write_bytes(data)
    with pytest.raises(Conflict, match="不安全的路径"):
        import_keys(tmp_path / "b", system.operator(), tmp_path / "keys.enc", PASS)
    assert not (tmp_path / "b" / "keys").exists() and not (tmp_path / "evil").exists()


def test_export_needs_a_province_administrator_a_long_passphrase_and_a_new_file(tmp_path):
    src = make_keys(tmp_path / "a")
    city = Principal(user_id=5, role="admin", cities=("4301",), display_name="市管理员")
    with pytest.raises(PermissionDenied):
        export_keys(src, city, tmp_path / "keys.enc", PASS)
    with pytest.raises(PermissionDenied):
        import_keys(src, city, tmp_path / "keys.enc", PASS)
    with pytest.raises(InvalidInput, match="口令太短"):
        export_keys(src, system.operator(), tmp_path / "keys.enc", "short")
    (tmp_path / "keys.enc").write_text("x")
    with pytest.raises(InvalidInput, match="已存在"):
        export_keys(src, system.operator(), tmp_path / "keys.enc", PASS)
    assert (tmp_path / "keys.enc").read_text() == "x"
