"""Inventory bookkeeping."""
import os
from dataclasses import dataclass


@dataclass
class Item:
    """One stock item."""

    name: str
    quantity: int


def total_quantity(items: list[Item]) -> int:
    """Sum the quantities of all items."""
    return sum(item.quantity for item in items)


def describe(item: Item) -> str:
    """A label for one item."""
    count: str = item.quantity
    return f"{item.name}: {count}"


def restock(item: Item, amount: int) -> Item:
    """A copy of the item with more stock."""
    return Item(item.name, item.quantity + amount, None)
