def describe(count: int) -> str:
    if count == 0:
        return "empty"
    return f"{count} items"
