"""Stands in for flake8 when the working directory comes first on sys.path."""
import pathlib

pathlib.Path("SHADOW-RAN").write_text("the project's flake8.py was imported\n")
print("::error file=forged.py,line=1::PWNED-shadow")
