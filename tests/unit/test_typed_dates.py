"""Dates as a receptionist types them: ISO always, else the locale's day/month order."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.desk.typed_dates import locale_order, numeric_format, read_date

MARCH_7 = dt.date(1985, 3, 7)


@pytest.mark.parametrize(
    ("short_format", "order"),
    [("M/d/yy", "mdy"), ("dd.MM.yy", "dmy"), ("d/M/yy", "dmy"), ("yyyy-MM-dd", "ymd")],
)
def test_order_comes_from_the_locale_format(short_format: str, order: str) -> None:
    assert locale_order(short_format) == order


def test_numeric_format_spells_the_year_in_full() -> None:
    assert numeric_format("dd.MM.yy") == "dd.MM.yyyy"
    assert numeric_format("M/d/yy") == "M/d/yyyy"
    assert numeric_format("dd/MM/yyyy") == "dd/MM/yyyy"


@pytest.mark.parametrize("order", ["dmy", "mdy"])
@pytest.mark.parametrize("text", ["1985-03-07", " 1985-3-7 ", "1985/03/07", "19850307"])
def test_iso_is_read_whatever_the_locale(text: str, order: str) -> None:
    assert read_date(text, order) == MARCH_7


@pytest.mark.parametrize("text", ["07.03.1985", "7/3/1985", "7. 3. 1985", "07-03-1985"])
def test_day_first_locales_read_the_day_first(text: str) -> None:
    assert read_date(text, "dmy") == MARCH_7


def test_month_first_locales_read_the_month_first() -> None:
    assert read_date("07/03/1985", "mdy") == dt.date(1985, 7, 3)
    assert read_date("3/21/1985", "mdy") == dt.date(1985, 3, 21)
    assert read_date("21/3/1985", "mdy") is None  # no 21st month, and no guessing


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1985",
        "1985-03",
        "07.03.85",
        "2026-02-30",
        "1985-13-01",
        "x1985-03-07",
        "1985-03-07x",
        "1985-03-07-01",
        "07031985",
        "985-03-07",
        "1985-003-07",
    ],
)
def test_anything_else_is_not_a_date(text: str) -> None:
    assert read_date(text, "dmy") is None
