"""The growing delay after failed logins, and what login refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService, LoginError
from kim_desktop.services.login_throttle import LoginThrottle, delay_after


def test_delay_grows_and_is_capped() -> None:
    delays = [delay_after(n) for n in range(1, 12)]
    assert delays[:2] == [0, 0]
    assert delays[2:6] == [5, 10, 20, 40]
    assert delays == sorted(delays)
    assert max(delays) == 300


def test_throttle_counts_and_forgets(tmp_path: Path) -> None:
    now = [1000.0]
    throttle = LoginThrottle(tmp_path / "state.json", clock=lambda: now[0])
    for _ in range(3):
        throttle.record_failure("Anna")
    assert throttle.retry_after("anna") == 5
    now[0] += 4.2
    assert throttle.retry_after("anna") == 1
    now[0] += 1
    assert throttle.retry_after("anna") == 0
    # remembered across restarts (a new instance reads the same file)
    assert LoginThrottle(tmp_path / "state.json", clock=lambda: now[0]).failures("anna") == 3
    throttle.record_success("anna")
    assert throttle.failures("anna") == 0
    assert b"anna" not in (tmp_path / "state.json").read_bytes()


def test_login_wrong_password_then_throttled(office_paths: DataPaths, office_login: str) -> None:
    now = [5000.0]
    auth = AuthService(office_paths, LoginThrottle(office_paths.login_state_file, lambda: now[0]))
    for expected_delay in (0, 0, 5):
        with pytest.raises(LoginError) as info:
            auth.login(office_login, "falsch-falsch-1")
        assert info.value.code == "wrong_credentials"
        assert info.value.retry_after == expected_delay
    # While the delay runs, even the right password is not tried.
    with pytest.raises(LoginError) as info:
        auth.login(office_login, "Passwort-2024")
    assert info.value.code == "throttled" and info.value.retry_after == 5
    assert "5 Sekunden" in str(info.value)
    now[0] += 5
    office = auth.login(office_login, "Passwort-2024")
    office.close()
    assert auth.retry_after(office_login) == 0


def test_unknown_login_is_the_same_message(office_paths: DataPaths) -> None:
    with pytest.raises(LoginError) as info:
        AuthService(office_paths).login("gibt.es.nicht", "Passwort-2024")
    assert info.value.code == "wrong_credentials"


def test_no_office(tmp_path: Path) -> None:
    with pytest.raises(LoginError) as info:
        AuthService(DataPaths(tmp_path / "leer")).login("x", "y")
    assert info.value.code == "no_office"


def test_verify_unlock(office_session, office_password: str) -> None:  # type: ignore[no-untyped-def]
    auth = AuthService(office_session.paths)
    auth.verify_unlock(office_session, office_password)
    with pytest.raises(LoginError) as info:
        auth.verify_unlock(office_session, "nicht-das-Passwort-1")
    assert info.value.code == "wrong_credentials"
