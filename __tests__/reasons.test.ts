// Reasons quote the cause of a failed start-up: captured from real runs (`npm run capture -- <tool>/<case>`),
// each with output printed around the cause (warnings after it, stack frames, usage lines, source excerpts).
import { describe, expect, it } from '@jest/globals'
import { tellingLine } from '../src/text.js'
import type { ToolId } from '../src/tools/index.js'
import { captured, parseCaptured } from './helpers/fixtures.js'

describe('the reason of a failed start-up is its cause', () => {
  it.each<[ToolId, string, string]>([
    [
      'pytest',
      'conftest-import-error',
      // Not coverage.py's "No data was collected" warning printed after it.
      "exited with 4 (pytest usage error): ModuleNotFoundError: No module named 'not_installed_helper'",
    ],
    ['pytest', 'conftest-syntax-error', 'exited with 4 (pytest usage error): SyntaxError: invalid syntax'],
    [
      'pytest',
      'missing-cov-plugin',
      // Not argparse's usage line above it.
      'exited with 4 (pytest usage error): __main__.py: error: unrecognized arguments: --cov=src',
    ],
    [
      'pytest',
      'missing-plugin',
      // Exit 1 and no JUnit report: the plugin's ImportError, not "wrote no JUnit report".
      'exited with 1 (the run stopped before pytest wrote its JUnit report): ImportError: Error importing plugin "xdist": No module named \'xdist\'',
    ],
    [
      'pytest',
      'required-plugins',
      'exited with 4 (pytest usage error): ERROR: Missing required plugins: pytest-django>=4',
    ],
    [
      'vitest',
      'unknown-option',
      // Not the source excerpt above it or the stack frames and "Node.js v…" after it.
      'vitest exited with 1 before writing its JSON report: CACError: Unknown option `--frobnicate`',
    ],
    [
      'jest',
      'missing-preset',
      'jest exited with 1 before writing its JSON report: Validation Error: Preset ts-jest not found.',
    ],
    [
      'jest',
      'unknown-option',
      'jest exited with 1 before writing its JSON report: Unrecognized CLI Parameter: Unrecognized option "frobnicate".',
    ],
  ])('%s %s', (tool, name, reason) => {
    const result = parseCaptured(tool, name)
    expect(result.outcome).toBe('error')
    expect(result.reason).toBe(reason)
  })

  it('vitest: a config that imports a missing package names the package, not a frame', () => {
    const result = parseCaptured('vitest', 'config-import-error')
    expect(result.outcome).toBe('error')
    expect(result.reason).toMatch(
      /^vitest exited with 1 before writing its JSON report: Error \[ERR_MODULE_NOT_FOUND\]: Cannot find package 'not-installed-plugin' imported from /,
    )
  })

  it('the captured outputs hold the distractions the rules skip', () => {
    // If a tool stops printing them, these cases no longer test the choice: recapture and rethink.
    expect(captured('pytest', 'conftest-import-error').run.stderr).toMatch(
      /CoverageWarning: No data was collected/,
    )
    expect(captured('pytest', 'missing-cov-plugin').run.stderr).toMatch(/^ERROR: usage: /)
    expect(captured('vitest', 'unknown-option').run.stderr).toMatch(/throw new CACError[\s\S]*\n {4}at /)
    expect(captured('pytest', 'missing-plugin').run.stderr).toMatch(/Traceback[\s\S]*Traceback/)
  })

  it('falls back to the last line that is neither a frame nor a warning', () => {
    expect(tellingLine('something odd happened\n    at run (x.js:1:1)\nnpm warn config x\n')).toBe(
      'something odd happened',
    )
    expect(tellingLine('')).toBe('')
  })
})
