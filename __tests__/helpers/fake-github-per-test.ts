// A fresh fake GitHub for each test of a file, stopped after it whatever the test asserted (a server left
// open would keep jest from ending); the protocol violations it saw fail the test.
import { afterEach, beforeEach, expect } from '@jest/globals'
import { FakeGitHub } from './fake-github.js'

export function fakeGitHubPerTest(use: (api: FakeGitHub) => void): void {
  let current: FakeGitHub | undefined
  beforeEach(async () => {
    current = await new FakeGitHub().start()
    use(current)
  })
  afterEach(async () => {
    if (current === undefined) return
    const violations = [...current.violations]
    await current.stop()
    current = undefined
    expect(violations).toEqual([])
  })
}
