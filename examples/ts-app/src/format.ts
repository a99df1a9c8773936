export function money(cents: number): string {
    return "€" + (cents / 100).toFixed(2)
}

export function shout(text: string): string {
  return text.toUpperCase()
}
