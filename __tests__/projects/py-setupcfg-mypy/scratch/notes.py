def broken() -> int:
    return "not checked: mypy's files leave scratch/ out"
