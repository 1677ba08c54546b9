"""Rotation of the certificate signing keys (province administrator): a new payload key (Ed25519) and a
new PDF signing key with its certificate, from the self-issued CA or the bureau's own chain. The old
private keys are deleted, their public keys and certificates kept, so what they signed keeps verifying."""
from __future__ import annotations

from portal.certs import pdf_keys, signing
from portal.domain.errors import InvalidInput, PermissionDenied
from portal.domain.units import all_codes
from portal.services.certificates.common import key_home
from portal.services.people.auth import Principal, actor_fields, require_role
from portal.store import audit


def rotate_signing_keys(db, principal: Principal, *, key_pem: bytes | None = None, cert_pem: bytes | None = None,
                        chain_pem: bytes | None = None) -> dict:
    """Retire the current signing keys and make new ones current; returns the old and new key ids."""
    require_role(principal, "admin")
    if set(all_codes()) - set(principal.cities):
        raise PermissionDenied("只有省级管理员可以更换证书签名密钥")
    if (key_pem is None) != (cert_pem is None) or (key_pem is not None and chain_pem is None):
        raise InvalidInput("使用本单位自己的证书时，请同时提供私钥、签名证书和CA证书链")
    home = key_home(db)
    try:
        old_pdf, new_pdf = pdf_keys.rotate(home, key_pem, cert_pem, chain_pem)
    except ValueError as exc:
        raise InvalidInput(f"签名证书不能使用：{exc}") from None
    old_payload, new_payload = signing.rotate_key(home)
    after = {"payload_key": new_payload, "pdf_key": new_pdf, "bureau_chain": key_pem is not None}
    with db.transaction() as cur:
        audit.append(cur, **actor_fields(principal), action="signing_keys.rotate", entity="signing_keys",
                     entity_id=new_pdf, before={"payload_key": old_payload, "pdf_key": old_pdf}, after=after)
    return {"retired": {"payload_key": old_payload, "pdf_key": old_pdf}, "current": after}
