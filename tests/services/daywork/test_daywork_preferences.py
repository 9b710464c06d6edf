"""Per-user preferences: kept apart from the app settings, per user, within bounds."""

from __future__ import annotations

from pathlib import Path

from kim_desktop.paths import DataPaths
from kim_desktop.services.settings import AppSettings, UserPreferences


def test_each_user_keeps_their_own_value(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "office")
    assert UserPreferences.load(paths, "user-a").quiet_weeks == 6
    UserPreferences(quiet_weeks=9).save(paths, "user-a")
    UserPreferences(quiet_weeks=3).save(paths, "user-b")
    assert UserPreferences.load(paths, "user-a").quiet_weeks == 9
    assert UserPreferences.load(paths, "user-b").quiet_weeks == 3


def test_saving_app_settings_leaves_preferences_alone(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "office")
    settings = AppSettings.load(paths)  # loaded at start, saved later (e.g. language)
    UserPreferences(quiet_weeks=10).save(paths, "user-a")
    settings.language = "en"
    settings.save(paths)
    assert UserPreferences.load(paths, "user-a").quiet_weeks == 10
    assert AppSettings.load(paths).language == "en"


def test_out_of_range_and_broken_values_fall_back(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "office")
    UserPreferences(quiet_weeks=500).save(paths, "user-a")
    assert UserPreferences.load(paths, "user-a").quiet_weeks == 52
    paths.preferences_file.write_text('{"user-a": {"quiet_weeks": "viele"}}', "utf-8")
    assert UserPreferences.load(paths, "user-a").quiet_weeks == 6
    paths.preferences_file.write_text("not json", "utf-8")
    assert UserPreferences.load(paths, "user-a").quiet_weeks == 6
