"""Key ids and rotation: a new key signs from then on, the retired one keeps its certificate (what it
signed keeps verifying) and loses its private key (it signs nothing new); a bureau's own chain."""
import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from portal.certs import pdf_ca, pdf_keys, signing
from tests.certs.test_pades import _check, _signed
from tests.certs.test_signature import FIELDS

PEM = serialization.Encoding.PEM


def test_rotation_keeps_old_pdfs_verifying_and_new_ones_use_the_new_key(tmp_path):
    before = _signed(tmp_path)
    old = pdf_keys.current(tmp_path).key_id
    retired, new = pdf_keys.rotate(tmp_path)
    assert retired == old and new != old and pdf_keys.current(tmp_path).key_id == new
    assert not (tmp_path / pdf_keys.DIR / f"{old}.key.pem").exists()
    assert (tmp_path / pdf_keys.DIR / f"{old}.cert.pem").exists()
    assert _check(tmp_path, before).ok and _check(tmp_path, before).key_id == old
    after = _signed(tmp_path)
    assert _check(tmp_path, after).ok and _check(tmp_path, after).key_id == new
    assert set(pdf_keys.signer_certificates(tmp_path)) == {old, new}


def test_payload_key_rotation_keeps_the_old_public_key_by_its_id(tmp_path):
    first = signing.load_or_create_key(tmp_path)
    sig = signing.sign(first, FIELDS)
    old, new = signing.rotate_key(tmp_path)
    assert old == signing.key_id(first.public_key()) and new != old
    assert signing.key_id(signing.load_or_create_key(tmp_path).public_key()) == new
    keys = signing.public_keys(tmp_path)
    assert set(keys) == {old, new} and signing.verify(keys[old], FIELDS, sig)
    assert not signing.verify(keys[new], FIELDS, sig)
    assert "PRIVATE" not in "".join(p.read_text() for p in (tmp_path / signing.RETIRED).iterdir())


def _cert(subject, public, issuer, issuer_key, *, ca):
    now = dt.datetime.now(dt.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    return (x509.CertificateBuilder().subject_name(name).public_key(public)
            .issuer_name(issuer.subject if issuer is not None else name)
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=not ca, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(issuer_key, hashes.SHA256()))


@pytest.fixture
def bureau():
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = _cert("某省电子认证服务中心 根CA", root_key.public_key(), None, root_key, ca=True)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _cert("长沙市人力资源和社会保障局 电子证书签名", key.public_key(), root, root_key, ca=False)
    pem = key.private_bytes(PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return pem, cert.public_bytes(PEM), root.public_bytes(PEM)


def test_a_bureaus_own_key_and_chain_sign_and_verify_and_earlier_self_issued_pdfs_still_verify(tmp_path, bureau):
    before = _signed(tmp_path)
    key_pem, cert_pem, chain_pem = bureau
    _, new = pdf_keys.rotate(tmp_path, key_pem, cert_pem, chain_pem)
    ident = pdf_keys.current(tmp_path)
    assert ident.key_id == new and ident.chain[0].subject.rfc4514_string().startswith("CN=某省电子认证服务中心")
    after = _signed(tmp_path)
    assert _check(tmp_path, after).ok and _check(tmp_path, after).key_id == new
    assert _check(tmp_path, before).ok


def test_a_bureau_key_that_does_not_match_its_certificate_or_chain_is_refused(tmp_path, bureau):
    key_pem, cert_pem, chain_pem = bureau
    other_key = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    with pytest.raises(ValueError, match="不匹配"):
        pdf_keys.rotate(tmp_path, other_key, cert_pem, chain_pem)
    stranger_key = ec.generate_private_key(ec.SECP256R1())
    stranger = _cert("别的CA", stranger_key.public_key(), None, stranger_key, ca=True).public_bytes(PEM)
    with pytest.raises(ValueError, match="不连贯"):
        pdf_keys.rotate(tmp_path, key_pem, cert_pem, stranger)
    with pytest.raises(ValueError, match="PEM"):
        pdf_keys.rotate(tmp_path, b"not a key", cert_pem, chain_pem)
    assert not (tmp_path / pdf_keys.DIR / "current").exists()


def test_key_ids_are_the_digest_of_the_public_key(tmp_path):
    ident = pdf_keys.current(tmp_path)
    assert ident.key_id == pdf_ca.key_id(ident.cert) and len(ident.key_id) == 16
    assert ident.cert.issuer == pdf_keys.trust_anchors(tmp_path)[0].subject
