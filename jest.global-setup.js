// Before any test: one temporary folder for the whole run. TMPDIR (TEMP/TMP on Windows) points into it, so
// the tests, the gate they start and the tools it runs all write there; jest.global-teardown.js removes it.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export default function setup() {
  const root = mkdtempSync(path.join(tmpdir(), 'quality-gate-tests-'))
  process.env.QG_TEST_TMP = root
  for (const name of ['TMPDIR', 'TEMP', 'TMP']) process.env[name] = root
}
