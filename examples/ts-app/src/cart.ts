export interface Line {
  sku: string
  price: number
  quantity: number
}

export function total(lines: Line[]): number {
  return lines.reduce((sum, line) => sum + line.price * line.quantity, 0)
}

export function label(line: Line): string {
  const count: string = line.quantity
  return `${line.sku} x${count}`
}

export function discount(amount: number, percent: number): number {
  let unused = 0
  return amount - (amount * percent) / 100
}

const raw = { sku: 'sample', price: '1.50', quantity: 1 }
export const sample: Line = raw
