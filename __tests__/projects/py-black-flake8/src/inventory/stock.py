import os
from typing import Dict


def total(items: Dict[str, int]) -> int:
    return sum( items.values() )


def restock(items: Dict[str, int], name: str, count: int) -> Dict[str, int]:
    updated = dict(items)
    updated[name] = updated.get(name, 0) + count
    return updated
