// setup.cfg, tox.ini, mypy.ini, .flake8 and .pylintrc are read the way the tools read them: each case is
// also parsed by Python's own configparser (RawConfigParser, as flake8 and mypy use it), and the two
// must agree, errors included.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import { parseConfigparser } from '../src/parsers/configparser.js'
import { DEBIAN_PYTHON } from './helpers/action.js'

const PYTHON_READS = `
import configparser, json, sys
prefixes = json.loads(sys.argv[1]) or None
parser = configparser.RawConfigParser(inline_comment_prefixes=prefixes)
try:
    parser.read_string(sys.stdin.read())
    print(json.dumps({"ok": True, "sections": {name: dict(parser.items(name)) for name in parser.sections()}}))
except configparser.Error as error:
    print(json.dumps({"ok": False, "kind": type(error).__name__}))
`

function asPythonReadsIt(text: string, prefixes: string[] = []): unknown {
  const done = spawnSync(DEBIAN_PYTHON, ['-c', PYTHON_READS, JSON.stringify(prefixes)], {
    input: text,
    encoding: 'utf8',
  })
  if (done.status !== 0) throw new Error(`python could not run: ${done.stderr}`)
  return JSON.parse(done.stdout) as unknown
}

function expectSameAsPython(text: string, prefixes: string[] = []): void {
  const python = asPythonReadsIt(text, prefixes) as { ok: boolean }
  const ours = parseConfigparser(text, { inlineCommentPrefixes: prefixes })
  if (python.ok) expect(ours).toEqual(python)
  else expect(ours.ok).toBe(false)
}

// From configparser's documentation ("Supported INI File Structure"), without the valueless keys that
// only allow_no_value permits.
const DOCUMENTED = `[Simple Values]
key=value
spaces in keys=allowed
spaces in values=allowed as well
spaces around the delimiter = obviously
you can also use : to delimit keys from values

[All Values Are Strings]
values like this: 1000000
or this: 3.14159265359
are they treated as numbers? : no
integers, floats and booleans are held as: strings
can use the API to get converted values directly: true

[Multiline Values]
chorus: I'm a lumberjack, and I'm okay
    I sleep all night and I work all day

[No Values]
empty string value here =

[You can use comments]
# like this
; or this

# By default only in an empty line.
# Inline comments can be harmful because they prevent users
# from using the delimiting characters as parts of values.
# That being said, this can be customized.

    [Sections Can Be Indented]
        can_values_be_as_well = True
        does_that_mean_anything_special = False
        purpose = formatting for readability
        multiline_values = are
            handled just fine as
            long as they are indented
            deeper than the first line
            of a value
        # Did I mention we can indent comments, too?
`

describe('INI files as configparser reads them', () => {
  it.each([
    ['the documented structure', DOCUMENTED],
    [
      'a multi-line mypy files list, with a comment and a blank line inside it',
      '[mypy]\nfiles =\n    src/app,\n    # not this one\n\n    tools/build.py\nstrict: True\n',
    ],
    [
      'flake8 per-file-ignores and a key written with a colon',
      '[flake8]\nmax-line-length: 100\nper-file-ignores =\n\t__init__.py: F401\n\ttests/*: S101, D103\nExtend-Ignore = E203\n',
    ],
    [
      '[DEFAULT] fills in every section',
      '[DEFAULT]\nfiles = src\n[mypy]\nstrict = true\n[mypy-tests.*]\nfiles = tests\n',
    ],
    [
      'setup.cfg sections with colons and dots',
      '[metadata]\nname = x\n[tool:pytest]\naddopts = -q\n  --strict-markers\n[isort]\nprofile = black\n',
    ],
    ['CRLF line ends', '[flake8]\r\nselect = E,W\r\n  F\r\n'],
    [
      'a value that holds = and :',
      '[tox]\nenvlist = py3\n[testenv]\ncommands = pytest {posargs:tests} --x=1\n',
    ],
    ['inline comments stay part of the value by default', '[mypy]\nfiles = src # the package\n'],
    ['a duplicate section is an error', '[flake8]\nx = 1\n[flake8]\ny = 2\n'],
    ['a duplicate key is an error', '[flake8]\nx = 1\nX = 2\n'],
    ['a key before any section is an error', 'x = 1\n[flake8]\n'],
    ['a line that is neither is an error', '[flake8]\njust words\n'],
    ['an empty file', ''],
    ['trailing blank lines do not end up in a value', '[mypy]\nfiles =\n  a\n\n\n[other]\nk = v\n'],
  ])('%s', (_name, text) => {
    expectSameAsPython(text)
  })

  it('pylint strips inline comments after whitespace', () => {
    expectSameAsPython(
      '[MAIN]\nignore = build ; generated\ndisable =\n    C0114, # docstrings\n    R0903\nurl = http://x#y\n',
      ['#', ';'],
    )
  })

  it('keeps keys lower-cased and section names as written', () => {
    const result = parseConfigparser('[Tool:Pytest]\nAddOpts = -q\n')
    expect(result).toEqual({ ok: true, sections: { 'Tool:Pytest': { addopts: '-q' } } })
  })
})
