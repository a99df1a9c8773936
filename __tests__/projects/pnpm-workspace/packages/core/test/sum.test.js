import { expect, it } from 'vitest'

it('adds', () => {
  expect(1 + 2).toBe(3)
})

it('adds negatives', () => {
  expect(-1 + -2).toBe(-3)
})
