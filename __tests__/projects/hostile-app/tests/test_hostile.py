"""Tests that behave as a malicious pull request's tests would."""
import json
import os
import subprocess
import time

import pytest


def _environ(pid):
    try:
        with open(f"/proc/{pid}/environ", "rb") as handle:
            entries = handle.read().split(b"\0")
    except OSError as error:
        return {"<unreadable>": str(error)}
    return dict(entry.decode("utf-8", "replace").partition("=")[::2] for entry in entries if entry)


def _ancestors():
    found = []
    pid = os.getppid()
    while pid > 1:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            cmdline = handle.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
        found.append({"pid": pid, "cmdline": cmdline, "environ": _environ(pid)})
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            pid = int(handle.read().rsplit(")", 1)[1].split()[1])
    return found


def test_dump_environment():
    dump = os.environ.get("QG_DUMP")
    assert dump, "QG_DUMP names the file to write"
    left_behind = subprocess.Popen(["sleep", "600"])
    with open(dump, "w", encoding="utf-8") as handle:
        json.dump(
            {
                "own": dict(os.environ),
                "ownInitial": _environ(os.getpid()),
                "ancestors": _ancestors(),
                "leftBehind": left_behind.pid,
            },
            handle,
        )


def test_hangs_when_asked():
    if not os.environ.get("QG_HANG"):
        return
    child = subprocess.Popen(["sleep", "600"])
    with open(os.environ["QG_HANG"], "w", encoding="utf-8") as handle:
        json.dump({"test": os.getpid(), "child": child.pid}, handle)
    time.sleep(600)


def test_forged_message():
    assert False, (
        "\r::error file=forged.py,line=2::PWNED-assert\n"
        "##[set-output name=passed;]PWNED\n"
        "::add-mask::PWNED\n"
        "  ::warning file=forged.py::PWNED-indented\r"
        "##[stop-commands]PWNED\n"
        "::error file=forged.py::PWNED-after-stop"
    )


@pytest.mark.parametrize("value", ["::error file=forged.py::PWNED-id", "##[add-mask]PWNED-id"])
def test_forged_id(value):
    assert value == ""
