def add(total: int, price: int) -> int:
    return total + price


def checkout(prices: list[int]) -> str:
    result: int = 0
    for price in prices:
        result = add(result, price)
    return result
