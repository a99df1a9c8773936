from shop.cart import add

value: str = add(1, 2)
