// After the run: remove the run's temporary folder (jest.global-setup.js), unless QG_KEEP_TMP is set to
// look at what the tests left.
import { chmodSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

/** Tests make read-only folders (a workspace the gate may not write); give write access back first. */
function makeWritable(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.isSymbolicLink()) continue
    const full = path.join(dir, entry.name)
    try {
      chmodSync(full, statSync(full).mode | 0o700)
      makeWritable(full)
    } catch {
      // gone already, or not ours: rmSync says so below if it matters
    }
  }
}

export default function teardown() {
  const root = process.env.QG_TEST_TMP
  if (!root || process.env.QG_KEEP_TMP) return
  try {
    makeWritable(root)
    rmSync(root, { recursive: true, force: true, maxRetries: 3 })
  } catch (error) {
    process.stderr.write(`could not remove the tests' temporary folder ${root}: ${error}\n`)
  }
}
