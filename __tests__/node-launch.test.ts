// Node tools start as `node <bin script>`, never through a .bin shim (Windows .cmd); the .bin entry is read to
// learn which package's script a project's `tsc` starts.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findPackageBin, linkedBin, nodeLauncher, packageBin } from '../src/toolchain/node-launch.js'

function install(root: string, name: string, manifest: object): string {
  const dir = path.join(root, 'node_modules', ...name.split('/'))
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, ...manifest }))
  return dir
}

describe('packageBin', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'qg-bin-'))
  const typescript = install(root, 'typescript', {
    version: '5.9.3',
    bin: { tsc: './bin/tsc', tsserver: './bin/tsserver' },
  })
  const biome = install(root, '@biomejs/biome', { version: '2.6.8', bin: { biome: 'bin/biome' } })
  const pyright = install(root, 'pyright', { version: '1.1.414', bin: 'index.js' })
  const nodeModules = path.join(root, 'node_modules')

  it('reads a bin map, scoped packages included', () => {
    expect(packageBin(nodeModules, 'typescript', 'tsc')).toEqual({
      script: path.join(typescript, 'bin', 'tsc'),
      version: '5.9.3',
    })
    expect(packageBin(nodeModules, '@biomejs/biome', 'biome')?.script).toBe(path.join(biome, 'bin', 'biome'))
  })

  it('reads a bin string as the command named after the package', () => {
    expect(packageBin(nodeModules, 'pyright', 'pyright')?.script).toBe(path.join(pyright, 'index.js'))
    expect(packageBin(nodeModules, 'pyright', 'pyright-langserver')).toBeUndefined()
  })

  it('is undefined for a missing package or command', () => {
    expect(packageBin(nodeModules, 'eslint', 'eslint')).toBeUndefined()
    expect(packageBin(nodeModules, 'typescript', 'tsx')).toBeUndefined()
  })

  it('finds the nearest node_modules up to the workspace (a package of a monorepo, then the root)', () => {
    const pkg = path.join(root, 'packages', 'core')
    install(pkg, 'typescript', { version: '6.0.0', bin: { tsc: 'bin/tsc' } })
    expect(findPackageBin('typescript', 'tsc', pkg, root)?.version).toBe('6.0.0')
    expect(findPackageBin('pyright', 'pyright', pkg, root)?.version).toBe('1.1.414')
    expect(findPackageBin('pyright', 'pyright', pkg, pkg)).toBeUndefined()
  })

  it('starts the script with the node on PATH, else the running one', () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'qg-path-'))
    writeFileSync(path.join(bin, 'node'), '#!/bin/sh\n', { mode: 0o755 })
    expect(nodeLauncher('/x/cli.js', { PATH: bin })).toEqual([path.join(bin, 'node'), '/x/cli.js'])
    expect(nodeLauncher('/x/cli.js', { PATH: '' })).toEqual([process.execPath, '/x/cli.js'])
  })
})

/** The .bin entries package managers write, as they write them. */
const PNPM_SHIM = (target: string) => `#!/bin/sh
basedir=$(dirname "$(echo "$0" | sed -e 's,\\\\,/,g')")

case \`uname\` in
    *CYGWIN*|*MINGW*|*MSYS*)
        if command -v cygpath > /dev/null 2>&1; then
            basedir=\`cygpath -w "$basedir"\`
        fi
    ;;
esac

if [ -x "$basedir/node" ]; then
  exec "$basedir/node"  "$basedir/${target}" "$@"
else
  exec node  "$basedir/${target}" "$@"
fi
`
const NPM_CMD_SHIM = (target: string) => `@ECHO off
GOTO start
:find_dp0
SET dp0=%~dp0
EXIT /b
:start
SETLOCAL
CALL :find_dp0

IF EXIST "%dp0%\\node.exe" (
  SET "_prog=%dp0%\\node.exe"
) ELSE (
  SET "_prog=node"
  SET PATHEXT=%PATHEXT:;.JS;=;%
)

endLocal & goto #_undefined_# 2>NUL || title %COMSPEC% & "%_prog%"  "%dp0%\\${target.replace(/\//g, '\\')}" %*
`

describe('linkedBin and the command a project runs', () => {
  /** TypeScript 7 as @typescript/native beside the 6.0 API package as `typescript` (bin tsc6 only). */
  function sideBySide(): { root: string; native: string } {
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'qg-linked-')))
    install(root, 'typescript', {
      name: '@typescript/typescript6',
      version: '6.0.2',
      bin: { tsc6: './bin/tsc6' },
    })
    const native = install(root, '@typescript/native', {
      name: 'typescript',
      version: '7.0.2',
      bin: { tsc: './bin/tsc' },
    })
    mkdirSync(path.join(native, 'bin'))
    writeFileSync(path.join(native, 'bin', 'tsc'), 'import "../lib/tsc.js"\n')
    mkdirSync(path.join(root, 'node_modules', '.bin'))
    return { root, native }
  }

  it('follows a symlink (npm, yarn and bun on POSIX) to the script and its package, alias or not', () => {
    const { root, native } = sideBySide()
    symlinkSync('../@typescript/native/bin/tsc', path.join(root, 'node_modules', '.bin', 'tsc'))
    expect(linkedBin(path.join(root, 'node_modules'), 'tsc')).toEqual({
      script: path.join(native, 'bin', 'tsc'),
      packageName: 'typescript',
      version: '7.0.2',
    })
    expect(findPackageBin('typescript', 'tsc', root, root)).toEqual({
      script: path.join(native, 'bin', 'tsc'),
      version: '7.0.2',
    })
  })

  it("reads pnpm's shell shim and npm's Windows .cmd shim", () => {
    for (const [entry, text] of [
      ['tsc', PNPM_SHIM('../@typescript/native/bin/tsc')],
      ['tsc.cmd', NPM_CMD_SHIM('../@typescript/native/bin/tsc')],
    ] as const) {
      const { root, native } = sideBySide()
      writeFileSync(path.join(root, 'node_modules', '.bin', entry), text)
      expect(findPackageBin('typescript', 'tsc', root, root)?.script).toBe(path.join(native, 'bin', 'tsc'))
    }
  })

  it('finds the owning manifest above a nested one that only sets the module type', () => {
    const { root } = sideBySide()
    const owner = install(root, 'vitest', { version: '4.1.12', bin: { vitest: './dist/cli.js' } })
    mkdirSync(path.join(owner, 'dist'))
    writeFileSync(path.join(owner, 'dist', 'package.json'), '{ "type": "module" }')
    writeFileSync(path.join(owner, 'dist', 'cli.js'), '')
    symlinkSync('../vitest/dist/cli.js', path.join(root, 'node_modules', '.bin', 'vitest'))
    expect(linkedBin(path.join(root, 'node_modules'), 'vitest')).toMatchObject({
      packageName: 'vitest',
      version: '4.1.12',
    })
  })

  it("keeps the tool's own package when .bin links another package's command of the same name", () => {
    const { root } = sideBySide()
    const real = install(root, 'typescript', { version: '5.9.3', bin: { tsc: './bin/tsc' } })
    const other = install(root, 'tsc', { version: '2.0.4', bin: { tsc: './bin/tsc' } })
    mkdirSync(path.join(other, 'bin'))
    writeFileSync(path.join(other, 'bin', 'tsc'), '')
    symlinkSync('../tsc/bin/tsc', path.join(root, 'node_modules', '.bin', 'tsc'))
    expect(linkedBin(path.join(root, 'node_modules'), 'tsc')?.packageName).toBe('tsc')
    expect(findPackageBin('typescript', 'tsc', root, root)?.script).toBe(path.join(real, 'bin', 'tsc'))
  })

  it('is undefined without a .bin entry, for a dangling link and for a file that is not a shim', () => {
    const { root } = sideBySide()
    const nodeModules = path.join(root, 'node_modules')
    expect(linkedBin(nodeModules, 'tsc')).toBeUndefined()
    symlinkSync('../gone/bin/x', path.join(nodeModules, '.bin', 'x'))
    expect(linkedBin(nodeModules, 'x')).toBeUndefined()
    writeFileSync(path.join(nodeModules, '.bin', 'y'), '#!/bin/sh\necho y\n')
    expect(linkedBin(nodeModules, 'y')).toBeUndefined()
  })
})
