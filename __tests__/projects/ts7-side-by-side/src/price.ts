export function total(prices: number[], discount): number {
  return prices.reduce((sum, price) => sum + price, 0) - discount
}

export const currency: string = 978
