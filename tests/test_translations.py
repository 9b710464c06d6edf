"""The Qt translations are current, complete, keep their placeholders and are compiled."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kim_desktop.ui import i18n_tools

TS_FILES = sorted(i18n_tools.TRANSLATIONS.glob("kim_*.ts"))


def test_there_is_an_english_translation() -> None:
    assert i18n_tools.TRANSLATIONS / "kim_en.ts" in TS_FILES
    assert not (i18n_tools.TRANSLATIONS / "kim_de.ts").exists()  # German is the source


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_ts_is_current_with_the_sources(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts.name
    shutil.copyfile(ts, fresh)
    i18n_tools.run_lupdate(fresh)
    assert fresh.read_text("utf-8") == ts.read_text("utf-8"), (
        "translations are out of date: run `python -m kim_desktop.ui.i18n_tools update` "
        "and translate the new entries"
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_unfinished_translations_and_placeholders_kept(ts: Path) -> None:
    assert i18n_tools.translation_problems(ts) == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path) -> None:
    built = tmp_path / ts.with_suffix(".qm").name
    i18n_tools.run_lrelease(ts, built)
    assert ts.with_suffix(".qm").read_bytes() == built.read_bytes()


def test_every_domain_message_is_in_the_english_catalogue() -> None:
    from kim_desktop.domain.messages import MESSAGES

    root = ET.parse(i18n_tools.TRANSLATIONS / "kim_en.ts").getroot()
    sources = {
        m.findtext("source")
        for c in root.iter("context")
        if c.findtext("name") == "Messages"
        for m in c.iter("message")
    }
    assert set(MESSAGES.values()) <= sources


def test_placeholder_check_catches_a_lost_placeholder(tmp_path: Path) -> None:
    ts = tmp_path / "kim_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="xx">'
        "<context><name>C</name>"
        "<message><source>Noch {seconds} Sekunden</source><translation>Still seconds"
        "</translation></message>"
        '<message><source>Offen</source><translation type="unfinished"></translation>'
        "</message></context></TS>",
        "utf-8",
    )
    problems = i18n_tools.translation_problems(ts)
    assert len(problems) == 2
    assert "placeholders differ" in problems[0]
    assert "unfinished" in problems[1]


def test_check_command_passes() -> None:
    result = subprocess.run(
        [i18n_tools.sys.executable, "-m", "kim_desktop.ui.i18n_tools", "check"],
        cwd=i18n_tools.REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_tools_are_found_without_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", tempfile.gettempdir())
    assert Path(i18n_tools.tool("lupdate")).exists()
    assert Path(i18n_tools.tool("lrelease")).exists()
