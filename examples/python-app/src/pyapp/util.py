"""Helpers for reading inventory files."""
import sys
import json


def load(text: str) -> dict:
    """Parse an inventory document."""
    return json.loads( text )


def program_name():
    unused = 1
    return sys.argv[0]
