"""dev.py, the bootstrap behind ``python3 dev.py demo`` and ``python3 dev.py test``."""

from __future__ import annotations

import importlib.util
import socket
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kim_dev_bootstrap", REPO_ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_install_is_needed_until_the_stamp_matches_pyproject(
    dev: ModuleType, tmp_path: Path
) -> None:
    venv = tmp_path / ".venv"
    venv.mkdir()
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n', encoding="utf-8")

    assert dev.needs_install(venv, pyproject)  # new venv: no stamp yet
    dev.write_stamp(venv, pyproject)
    assert (venv / ".kim-dev-stamp").read_text(encoding="ascii").strip() == dev.file_sha256(
        pyproject
    )
    assert not dev.needs_install(venv, pyproject)

    pyproject.write_text('[project]\nname = "x"\ndependencies = ["y"]\n', encoding="utf-8")
    assert dev.needs_install(venv, pyproject)  # pyproject changed
    dev.write_stamp(venv, pyproject)
    assert not dev.needs_install(venv, pyproject)


def test_sha256_is_of_the_file_bytes(dev: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"abc")
    expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert dev.file_sha256(path) == expected


def test_venv_python_is_inside_the_venv(dev: ModuleType, tmp_path: Path) -> None:
    python = dev.venv_python(tmp_path)
    assert python.parent.parent == tmp_path
    assert python.name.startswith("python")


def test_port_check_closed_and_open(dev: ModuleType) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    assert dev.port_open("127.0.0.1", free_port, timeout=0.5) is False

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        assert dev.port_open("127.0.0.1", server.getsockname()[1], timeout=0.5) is True


def test_usage_and_unknown_command(dev: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert dev.main([]) == 2
    assert dev.main(["frobnicate"]) == 2
    assert dev.main(["--help"]) == 0
    assert "python3 dev.py demo" in capsys.readouterr().out


def test_this_interpreter_is_a_supported_base(dev: ModuleType) -> None:
    assert dev.base_python() == [sys.executable]
