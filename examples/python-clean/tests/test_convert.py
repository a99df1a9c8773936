"""Tests for the conversions."""

from pyclean.convert import Reading, warmest


def test_fahrenheit() -> None:
    """Water boils at 212 °F."""
    assert Reading(100).fahrenheit() == 212


def test_warmest() -> None:
    """The warmest reading wins."""
    assert warmest([Reading(1), Reading(3), Reading(2)]) == Reading(3)
