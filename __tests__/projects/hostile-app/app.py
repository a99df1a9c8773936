"""A module whose comments pylint quotes back."""
import os

# TODO ::error file=forged.py,line=1::PWNED-fixme ##[set-output name=passed;]true


def answer():
    """The answer."""
    return 42
