import { expect, it } from 'vitest'

it('greets', () => {
  expect(`hi ${'ann'}`).toBe('hi ann')
})

it('shouts', () => {
  expect('hi'.toUpperCase()).toBe('HI!')
})
