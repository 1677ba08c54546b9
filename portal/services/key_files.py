"""Export and import of PORTAL_HOME/keys as one passphrase-encrypted file (province administrator):
the keys a backup needs to be restored and verified, kept apart from the backup itself."""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from pathlib import Path

from portal.config import portal_home
from portal.domain.errors import Conflict, InvalidInput
from portal.services import control
from portal.services.people.auth import Principal, require_province_admin
from portal.store import audit_sealer, key_bundle, key_transfer, keys

MIN_PASSPHRASE = 12


def export_keys(home, principal: Principal, target: Path, passphrase: str) -> dict:
    """Write every key under `home` (None: PORTAL_HOME)/keys to `target` (a new 0600 file), encrypted
    with `passphrase`.
    Returns the number of files and the audit and checkpoint key ids."""
    require_province_admin(principal)
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(f"口令太短：至少 {MIN_PASSPHRASE} 个字符")
    home, target = portal_home(home), Path(target)
    audit_sealer.flush_all()  # the checkpoint key exists once this process's events are sealed
    files = key_transfer.collect(home)
    if not files:
        raise InvalidInput(f"{home} 下没有密钥可导出")
    if target.exists():
        raise InvalidInput(f"导出目标已存在：{target}")
    ids = keys.key_ids(home)
    data = key_bundle.seal(files, passphrase, {"key_ids": ids, "exported_at": dt.datetime.now().isoformat(
        timespec="seconds")})
    try:
        _write_new(target, data)
    except OSError as exc:
        raise InvalidInput(f"无法写入 {target}：{exc.strerror}") from None
    return {"files": len(files), **ids}


def _write_new(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".keys-")  # 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(tmp, target)  # fails if the target appeared meanwhile: never overwrite
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def import_keys(home, principal: Principal, source: Path, passphrase: str, *, replace: bool = False) -> dict:
    """Put the keys of an exported file under `home` (None: PORTAL_HOME)/keys. Nothing is written when
    a portal runs on the home, the passphrase is wrong, the file was changed, or a different key is
    in place (unless `replace`). Returns the counts written and already present, and the key ids the
    home now holds."""
    require_province_admin(principal)
    home = portal_home(home)
    if control.answering(control.socket_path(home)):
        raise Conflict("门户正在运行：请先停止门户再导入密钥，未写入任何密钥")
    try:
        if Path(source).stat().st_size > key_bundle.MAX_BYTES:
            raise InvalidInput("不是密钥导出文件（文件过大），未写入任何密钥")
        data = Path(source).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"无法读取 {source}：{exc.strerror}") from None
    try:
        files, _meta = key_bundle.open_bundle(data, passphrase)
        write, same = key_transfer.plan(home, files, replace)
    except (key_bundle.BundleError, key_transfer.KeyFileError) as exc:
        raise Conflict(f"{exc}") from None
    key_transfer.install(home, files, write)
    return {"written": len(write), "unchanged": len(same), **keys.key_ids(home)}
