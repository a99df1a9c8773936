export function twice(value) {
  return value * 2
}

export const label = (name: string): string => `item ${name}`
