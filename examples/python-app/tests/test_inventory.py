"""Tests for the inventory module."""
import pytest

from pyapp.inventory import Item, total_quantity


def test_total_quantity() -> None:
    """Quantities add up."""
    assert total_quantity([Item("a", 2), Item("b", 3)]) == 5


def test_total_quantity_of_nothing_is_one() -> None:
    """A planted failure: the sum of nothing is zero."""
    assert total_quantity([]) == 1


@pytest.mark.skip(reason="planted skip")
def test_skipped() -> None:
    """Never runs."""
