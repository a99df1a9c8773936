"""Runs maintenance commands."""
import subprocess


def run(command: str) -> int:
    """Run a command through the shell."""
    return subprocess.call(command, shell=True)
