// Input rules that keep hostile values away from git and the file system.
import { describe, expect, it } from '@jest/globals'
import { isRevision } from '../src/config.js'

describe('base-ref', () => {
  it.each([
    'main',
    'origin/main',
    'release/1.2',
    'v1.2.3',
    'HEAD',
    'HEAD~1',
    'main^2',
    'a'.repeat(40),
    'feat_x-y',
  ])('accepts %s', (ref) => expect(isRevision(ref)).toBe(true))

  it.each([
    '--upload-pack=touch /tmp/x',
    '-x',
    'main..evil',
    'a b',
    'ref:x',
    'x@{1}',
    '@',
    'a//b',
    'a/',
    '.hidden',
    'a/.b',
    'x.lock',
    'x\nmain',
    'x\u0000',
    'x*',
    'x[1]',
    'x\\y',
    '',
  ])('rejects %j', (ref) => expect(isRevision(ref)).toBe(false))
})
