// Report artifacts: their names, and reading a downloaded zip as the untrusted input it is.
import { describe, expect, it } from '@jest/globals'
import { strToU8, zipSync } from 'fflate'
import { reportArtifactName, reportsInZip } from '../src/github/artifacts.js'
import { MAX_REPORT_BYTES } from '../src/report/schema.js'

describe('reportArtifactName', () => {
  it.each([
    ['gate', undefined, 'quality-gate-report-gate'],
    ['gate', 'ubuntu-latest / 3.12', 'quality-gate-report-gate-ubuntu-latest-3.12'],
    ['gate', 'ubuntu-latest, 3.12', 'quality-gate-report-gate-ubuntu-latest,-3.12'],
    ['test', 'a:b|c*d?e"f<g>h\\i', 'quality-gate-report-test-a-b-c-d-e-f-g-h-i'],
    [undefined, 'py', 'quality-gate-report-gate-py'],
    ['gate', '///', 'quality-gate-report-gate-report'],
  ])('job %j, comment-key %j → %s', (job, key, name) => {
    expect(reportArtifactName(job, key)).toBe(name)
  })

  it('holds none of the characters GitHub refuses in artifact names', () => {
    expect(reportArtifactName('j\r\nb', '"<>|*?:\\/x')).not.toMatch(/["<>|*?:\\/\r\n]/)
  })
})

/** The central directory's "uncompressed size" of the first entry, rewritten: what a forged zip claims. */
function claimSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice()
  const view = new DataView(copy.buffer)
  for (let offset = copy.length - 22; offset >= 0; offset--) {
    if (view.getUint32(offset, true) === 0x02014b50) {
      // Scanning back from the end finds the last entry's header; these tests have one entry.
      view.setUint32(offset + 24, size, true)
      return copy
    }
  }
  throw new Error('no central directory entry')
}

describe('reportsInZip', () => {
  it('reads the JSON files and ignores everything else', () => {
    const zip = zipSync({
      'report.json': strToU8('{"schemaVersion":1}'),
      'notes.txt': strToU8('not a report'),
      'nested/other.json': strToU8('[]'),
    })
    expect(reportsInZip('quality-gate-report-gate', zip)).toEqual([
      { source: 'quality-gate-report-gate/nested/other.json', text: '[]' },
      { source: 'quality-gate-report-gate/report.json', text: '{"schemaVersion":1}' },
    ])
  })

  it('refuses an entry that declares more than the report size bound, without inflating it', () => {
    const zip = claimSize(zipSync({ 'report.json': strToU8('{}') }), MAX_REPORT_BYTES + 1)
    expect(reportsInZip('a', zip)).toEqual([{ source: 'a/report.json', refused: 'it is larger than 64 MiB' }])
  })

  it('inflates no more than an entry declares: a zip that understates its size gives a cut text', () => {
    const text = JSON.stringify({ padding: 'x'.repeat(10_000) })
    const zip = claimSize(zipSync({ 'report.json': strToU8(text) }), 10)
    const [read] = reportsInZip('a', zip)
    expect(read?.text).toBe(text.slice(0, 10))
  })

  it('a file that is not a zip, or a zip without JSON, is refused with its reason', () => {
    expect(reportsInZip('a', strToU8('PK not really'))).toEqual([
      { source: 'a', refused: expect.stringMatching(/^it is not a readable zip: /) as unknown },
    ])
    expect(reportsInZip('b', zipSync({ 'x.txt': strToU8('x') }))).toEqual([
      { source: 'b', refused: 'it holds no JSON file' },
    ])
  })

  it('reads at most 16 JSON files of one artifact', () => {
    const files = Object.fromEntries(
      Array.from({ length: 20 }, (_, index) => [`r${String(index).padStart(2, '0')}.json`, strToU8('{}')]),
    )
    const read = reportsInZip('a', zipSync(files))
    expect(read.filter((item) => item.text !== undefined)).toHaveLength(16)
    expect(read.at(-1)).toEqual({ source: 'a', refused: 'only its first 16 of 20 JSON files are read' })
  })
})
