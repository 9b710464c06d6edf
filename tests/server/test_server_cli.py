"""``kim-sync-server`` admin commands, bundle import, and ``kim serve`` starting a server."""

from __future__ import annotations

import base64
import os
import re
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sync_server_helpers import Device, client_fields, new_id

from kim_desktop.cli import build_parser as build_kim_parser
from kim_desktop.server import bundles
from kim_desktop.server.cli import main
from kim_desktop.server.embedded import ServerThread

REPO_ROOT = Path(__file__).resolve().parents[2]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_accounts_codes_and_devices_from_the_command_line(
    store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ("--db", store_url, "--data-dir", str(tmp_path))
    code, out, _ = _run(
        capsys,
        "account",
        "add",
        "dora",
        "--name",
        "Dora Demir",
        "--role",
        "case_manager",
        "--municipality",
        "troisdorf",
        "siegburg",
        *common,
    )
    assert code == 0 and "Konto dora (Dora Demir, Case Management) angelegt" in out
    assert "siegburg, troisdorf" in out
    code, _, err = _run(
        capsys, "account", "add", "dora", "--name", "X", "--role", "coordinator", *common
    )
    assert code == 1 and "gibt es schon" in err
    code, out, _ = _run(capsys, "account", "list", *common)
    assert out.splitlines() == ["dora\tDora Demir\tCase Management\tsiegburg, troisdorf"]

    code, out, err = _run(capsys, "enrol-code", "dora", *common)
    enrol_code = out.strip()
    assert code == 0 and len(enrol_code) == 10 and "nur einmal" in err
    code, _, err = _run(capsys, "enrol-code", "nobody", *common)
    assert code == 1 and "gibt es nicht" in err

    with ServerThread(store_url) as server:
        answer = httpx.post(
            f"{server.url}/v1/enrol",
            headers={
                "X-KIM-Protocol": "1",
                "X-KIM-Schema": "0005",
                "X-KIM-Device-Time": (datetime.now(UTC) + timedelta(minutes=10)).isoformat(),
            },
            json={"code": enrol_code, "device_name": "Laptop Dora", "device_id": "dora1"},
        )
        assert answer.status_code == 200
    code, out, _ = _run(capsys, "device", "list", *common)
    assert out.startswith("dora1\tdora\tLaptop Dora\taktiv")
    assert re.search(
        r"\tUhr \+(599|600) s \(geht mehr als 300 s vor: Uhr des Geräts stellen\)", out
    )
    code, out, _ = _run(capsys, "device", "revoke", "dora1", *common)
    assert code == 0 and "gesperrt" in out
    code, _, err = _run(capsys, "device", "revoke", "dora1", *common)
    assert code == 1 and "schon widerrufen" in err
    _, out, _ = _run(capsys, "device", "list", *common)
    assert "\twiderrufen " in out


def test_a_push_bundle_is_imported_once_and_answered(
    store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with ServerThread(store_url) as server:
        server.admin.create_account("anna", "Anna", "case_manager", ["troisdorf"])
        device = Device(server, "anna")
        key = base64.b64decode(device.enrolment["bundle_key"])
        client = new_id()
        payload = {
            "device_id": device.device_id,
            "ops": [device.op("insert", "clients", client, client_fields())],
            "cursor": 0,
        }
        source, reply = tmp_path / "push.kimb", tmp_path / "reply.kimb"
        source.write_bytes(bundles.seal(device.device_id, "push", payload, key))
        common = ("--db", store_url, "--data-dir", str(tmp_path))

        code, out, err = _run(capsys, "import-bundle", str(source), "--reply", str(reply), *common)
        assert code == 0, err
        assert "1 neu, 0 schon bekannt" in out
        header, ciphertext = bundles.read_header(reply.read_bytes())
        assert (header.device_id, header.kind) == (device.device_id, "reply")
        answer = bundles.open_payload(header, ciphertext, key)
        assert answer["push"]["results"][0]["status"] == "applied"
        assert [c["record_id"] for page in answer["pages"] for c in page["changes"]] == [client]
        assert answer["cursor"] == 1

        code, out, _ = _run(capsys, "import-bundle", str(source), "--reply", str(reply), *common)
        assert code == 0 and "0 neu, 1 schon bekannt" in out
        assert device.pulled_state()[client]["version"] == 1

        tampered = bytearray(source.read_bytes())
        tampered[-5] ^= 0xFF
        (tmp_path / "bad.kimb").write_bytes(bytes(tampered))
        code, _, err = _run(
            capsys, "import-bundle", str(tmp_path / "bad.kimb"), "--reply", str(reply), *common
        )
        assert code == 1 and "lässt sich nicht öffnen" in err
        device.close()


def test_kim_serve_is_the_same_command() -> None:
    args = build_kim_parser().parse_args(["serve", "--port", "9123", "--db", "sqlite:///x.db"])
    assert args.port == 9123 and args.db == "sqlite:///x.db" and args.host == "127.0.0.1"
    assert args.handler.__name__ == "_serve"


def test_the_server_command_starts_and_answers(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kim_desktop.server.cli",
            "--data-dir",
            str(tmp_path),
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, (
                    process.stdout.read().decode() if process.stdout else ""
                )
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert answer.status_code == 200 and answer.json()["status"] == "ok"
        assert (tmp_path / "kim-sync.db").exists()
        assert (tmp_path / "district-secret").stat().st_mode & 0o077 == 0
    finally:
        process.terminate()
        process.wait(timeout=30)
