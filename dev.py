#!/usr/bin/env python3
"""Developer bootstrap for KIM Desktop (standard library only, Linux and Windows).

    python3 dev.py demo [--fresh] [app args ...]   start KIM Desktop on a demo office
    python3 dev.py test [pytest args ...]           run the test suite

Both commands first make sure that ``.venv`` exists and holds the project with its ``dev`` and
``server`` extras; the installation is repeated whenever ``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV_DIR = ROOT / ".venv"
STAMP_NAME = ".kim-dev-stamp"
DEMO_DIR = ROOT / ".demo-office"
SUPPORTED = ((3, 11), (3, 12))  # pyproject: requires-python = ">=3.11,<3.13"
PYTEST_NO_TESTS = 5

USAGE = """usage: python3 dev.py demo [--fresh] [app args ...]
       python3 dev.py test [pytest args ...]

  demo   start KIM Desktop on the demo office in .demo-office (--fresh: recreate it)
  test   run the whole test suite (pytest)"""


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


# --- virtual environment ---------------------------------------------------------------------


def venv_python(venv: Path) -> Path:
    """The interpreter inside ``venv`` on this platform."""
    if os.name == "nt":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stamp_file(venv: Path) -> Path:
    return venv / STAMP_NAME


def needs_install(venv: Path, pyproject: Path) -> bool:
    """True unless the stamp in ``venv`` records the current hash of ``pyproject``."""
    try:
        stamp = stamp_file(venv).read_text(encoding="ascii").strip()
    except OSError:
        return True
    return stamp != file_sha256(pyproject)


def write_stamp(venv: Path, pyproject: Path) -> None:
    stamp_file(venv).write_text(file_sha256(pyproject) + "\n", encoding="ascii")


def base_python() -> list[str]:
    """A command for a Python the project supports, to create the virtual environment with."""
    if sys.version_info[:2] in SUPPORTED:
        return [sys.executable]
    for major, minor in reversed(SUPPORTED):
        if os.name == "nt" and shutil.which("py"):
            candidate = ["py", f"-{major}.{minor}"]
        else:
            found = shutil.which(f"python{major}.{minor}")
            if not found:
                continue
            candidate = [found]
        if subprocess.run([*candidate, "-c", ""], capture_output=True).returncode == 0:
            return candidate
    raise SystemExit(
        f"[dev] KIM Desktop needs Python 3.11 or 3.12; this is {sys.version.split()[0]} "
        "and no python3.11/python3.12 was found on PATH."
    )


def run_checked(command: Sequence[str | os.PathLike[str]], what: str) -> None:
    result = subprocess.run([str(part) for part in command], cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"[dev] {what} failed (exit code {result.returncode}).")


def ensure_venv(venv: Path = VENV_DIR) -> Path:
    """Create ``venv`` if needed, (re)install the project when pyproject.toml changed."""
    python = venv_python(venv)
    if not python.exists():
        say("creating virtual environment…")
        run_checked([*base_python(), "-m", "venv", venv], "creating the virtual environment")
    pyproject = ROOT / "pyproject.toml"
    if needs_install(venv, pyproject):
        say("installing KIM Desktop and its dependencies (this takes a while once)…")
        run_checked(
            [python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], "upgrading pip"
        )
        run_checked([python, "-m", "pip", "install", "-e", ".[dev,server]"], "pip install")
        write_stamp(venv, pyproject)
    return python


# --- PostgreSQL for the server tests -----------------------------------------------------------


def port_open(host: str, port: int, timeout: float = 1.0) -> bool:
    """True if a TCP connection to ``host:port`` succeeds within ``timeout`` seconds."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def _subdirs(path: Path) -> list[str]:
    return [entry.name for entry in path.iterdir() if entry.is_dir()] if path.is_dir() else []


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def ensure_postgres(host: str = "127.0.0.1", port: int = 5432) -> None:
    """Start the local PostgreSQL cluster if it is installed but not running (best effort)."""
    if port_open(host, port):
        return
    pg_ctlcluster = shutil.which("pg_ctlcluster")
    versions = sorted(_subdirs(Path("/etc/postgresql")), key=_version_key)
    if pg_ctlcluster and versions:
        say(f"starting PostgreSQL {versions[-1]}…")
        command = [pg_ctlcluster, "--skip-systemctl-redirect", versions[-1], "main", "start"]
        try:
            subprocess.run(command, capture_output=True, check=False, timeout=60)
        except (OSError, subprocess.SubprocessError) as error:
            say(f"warning: could not start PostgreSQL: {error}")
    if not port_open(host, port, timeout=3.0):
        say(f"warning: PostgreSQL is not reachable on {host}:{port}; its tests will not run.")


# --- commands ----------------------------------------------------------------------------------


def run(command: Sequence[str | os.PathLike[str]], env: dict[str, str] | None = None) -> int:
    try:
        return subprocess.call([str(part) for part in command], cwd=ROOT, env=env)
    except KeyboardInterrupt:
        return 130


def cmd_demo(args: list[str]) -> int:
    fresh = "--fresh" in args
    app_args = [arg for arg in args if arg != "--fresh"]
    python = ensure_venv()
    if fresh and DEMO_DIR.exists():
        say("removing the old demo office…")
        shutil.rmtree(DEMO_DIR)
    if not (DEMO_DIR / "kim.db").exists():
        say("creating the demo office in .demo-office…")
        code = run([python, "-m", "kim_desktop", "demo-data", "--data-dir", DEMO_DIR])
        if code != 0:
            say(f"creating the demo office failed (exit code {code}).")
            return code
    say("starting KIM Desktop…")
    return run([python, "main.py", "--data-dir", DEMO_DIR, *app_args])


def cmd_test(args: list[str]) -> int:
    python = ensure_venv()
    ensure_postgres()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    say("running the tests…")
    code = run([python, "-m", "pytest", *args], env=env)
    if code == PYTEST_NO_TESTS:
        say("no tests were collected.")
        return 1
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    commands = {"demo": cmd_demo, "test": cmd_test}
    if not args or args[0] not in commands:
        print(USAGE)
        return 0 if args and args[0] in ("-h", "--help") else 2
    return commands[args[0]](args[1:])


if __name__ == "__main__":
    raise SystemExit(main())
