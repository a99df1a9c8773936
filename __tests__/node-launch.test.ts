// Node tools start as `node <bin script>` from the package's own manifest: no .bin shims (Windows .cmd).
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findPackageBin, nodeLauncher, packageBin } from '../src/toolchain/node-launch.js'

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
