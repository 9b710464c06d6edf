"""The desktop verifies the server's certificate and accepts the district's own CA bundle."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sync_helpers import DeviceFactory

from kim_desktop.server.accounts import AdminService
from kim_desktop.server.store import Store
from kim_desktop.sync.errors import CertificateRejected

REPO = Path(__file__).resolve().parents[2]


def _pem(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A district CA and a server certificate for 127.0.0.1 signed by it."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Rhein-Sieg-Kreis Test-CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    return (
        _pem(folder / "ca.pem", ca.public_bytes(serialization.Encoding.PEM)),
        _pem(folder / "server.pem", cert.public_bytes(serialization.Encoding.PEM)),
        _pem(
            folder / "server.key",
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        ),
    )


class _TlsServer:
    def __init__(self, url: str, admin: AdminService) -> None:
        self.url = url
        self.admin = admin


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[_TlsServer, Path]]:
    ca, cert, key = _certificates(tmp_path)
    db_url = f"sqlite:///{tmp_path / 'tls-server.db'}"
    store = Store(db_url)
    store.migrate()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "kim_desktop", "serve", "--db", db_url, "--port", str(port)]
    command += ["--data-dir", str(tmp_path / "srv"), "--certfile", str(cert), "--keyfile", str(key)]
    process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.DEVNULL)
    url = f"https://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(
                    url + "/v1/health", verify=ssl.create_default_context(cafile=ca), timeout=1
                )
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield _TlsServer(url, AdminService(store)), ca
    finally:
        process.terminate()
        process.wait(20)
        store.dispose()


def test_an_unknown_certificate_is_refused_and_the_district_ca_accepted(
    tls_server: tuple[_TlsServer, Path], tmp_path: Path
) -> None:
    server, ca = tls_server
    devices = DeviceFactory(server, tmp_path)  # type: ignore[arg-type]
    try:
        anna = devices.create("anna", enrol=False)
        code = server.admin.issue_enrolment_code("anna")
        with pytest.raises(CertificateRejected) as refused:
            anna.sync.enrol(server.url, code)
        assert "Zertifikat" in str(refused.value)
        result = anna.sync.enrol(server.url, code, ca_bundle=ca)
        assert result.login == "anna"
        anna.add_client("Amina", "Yilmaz")
        report = anna.sync.sync_now()  # the stored CA bundle is used again
        assert report.pushed >= 3 and anna.pending() == 0
        # The background probe connects as a sync does: with the district CA.
        assert anna.sync.check_connection() is True
        not_enrolled = devices.create("ben", enrol=False)
        assert not_enrolled.sync.check_connection() is False
    finally:
        devices.close_all()
