"""``kim sync …`` in real processes against a real server (issue 5, CLI)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sync_helpers import PASSWORD, DeviceFactory

from benchmarks.sync_seed import seed_clients
from kim_desktop.server.bundle_import import import_bundle

REPO = Path(__file__).resolve().parents[2]


def kim(device_dir: Path, login: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KIM_DATA_DIR": str(device_dir), "KIM_LOGIN": login}
    env["KIM_PASSWORD"] = PASSWORD
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "kim_desktop", "sync", *args],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_enroll_now_status_and_bundles_from_the_command_line(
    sqlite_devices: DeviceFactory, tmp_path: Path
) -> None:
    devices = sqlite_devices
    seed_clients(devices.server, 50)
    anna = devices.create("anna", enrol=False)
    anna.add_client("Amina", "Yilmaz")
    anna.close()
    root = anna.paths.root

    not_yet = kim(root, "anna", "now")
    assert not_yet.returncode != 0
    assert not_yet.stderr.strip() == (
        "Fehler: Dieses Gerät ist noch nicht beim Synchronisationsserver angemeldet. Bitte "
        "geben Sie die Serveradresse und den Anmeldecode ein."
    )
    wrong = kim(root, "anna", "enroll", "--server", devices.server.url, "--code", "FALSCH123")
    assert wrong.returncode != 0 and len(wrong.stderr.strip().splitlines()) == 1
    code = devices.server.admin.issue_enrolment_code("anna")
    enrolled = kim(root, "anna", "enroll", "--server", devices.server.url, "--code", code)
    assert enrolled.returncode == 0, enrolled.stderr
    assert "angemeldet" in enrolled.stdout

    status = kim(root, "anna", "status")
    assert "Ausstehende Änderungen: 3" in status.stdout
    assert "noch nie" in status.stdout

    synced = kim(root, "anna", "now")
    assert synced.returncode == 0, synced.stderr
    assert "3 Änderungen gesendet" in synced.stdout
    assert "Synchronisation: Änderungen empfangen" in synced.stderr  # progress on stderr
    after = kim(root, "anna", "status")
    assert "Ausstehende Änderungen: 0" in after.stdout
    assert "noch nie" not in after.stdout

    anna.reopen()
    anna.add_client("Berat", "Kaya")
    anna.close()
    bundle, reply = tmp_path / "out.kimb", tmp_path / "reply.kimb"
    exported = kim(root, "anna", "export-bundle", str(bundle))
    assert exported.returncode == 0 and "1 Änderungen" in exported.stdout
    import_bundle(devices.server.store, devices.server.settings.district_secret, bundle, reply)
    imported = kim(root, "anna", "import-bundle", str(reply))
    assert imported.returncode == 0, imported.stderr
    assert "1 Änderungen gesendet" in imported.stdout
    broken = tmp_path / "broken.kimb"
    broken.write_bytes(reply.read_bytes()[:-3])
    refused = kim(root, "anna", "import-bundle", str(broken))
    assert refused.returncode != 0
    assert "verändert" in refused.stderr
    anna.reopen()
