// Whether dist/ was built from the sources as they are now. The end-to-end tests run dist/ as the runner
// does, so after an edit to src/ they would test stale code: `npm test` rebuilds dist/ first when the
// sources' digest differs from the one `npm run package` wrote beside the bundle.
//   node scripts/dist-fresh.mjs          rebuild dist/ when it is stale
//   node scripts/dist-fresh.mjs --check  exit 1 when it is stale (build nothing)
//   node scripts/dist-fresh.mjs --stamp  record the sources' digest (the last step of `npm run package`)
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const stampFile = path.join(root, 'dist', 'sources.sha256')
/** What the bundle is made of: the sources, the locked dependencies and the compiler settings. */
const INPUTS = ['src', 'package-lock.json', 'tsconfig.json']

function filesUnder(relative) {
  const full = path.join(root, relative)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [relative]
  return readdirSync(full).flatMap((name) => filesUnder(path.posix.join(relative, name)))
}

export function sourcesDigest() {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap(filesUnder).sort()) {
    // Line endings as git stores them, so a checkout with CRLF gives the same digest.
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(root, file), 'utf8').replace(/\r\n/g, '\n'))
      .update('\0')
  }
  return hash.digest('hex')
}

function recorded() {
  return existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : ''
}

function main(mode) {
  const digest = sourcesDigest()
  if (mode === '--stamp') {
    writeFileSync(stampFile, `${digest}\n`)
    return 0
  }
  if (recorded() === digest) return 0
  if (mode === '--check') {
    process.stderr.write(
      "dist/ is stale: it was not built from the current sources. Run 'npm run package'.\n",
    )
    return 1
  }
  process.stdout.write('dist/ is stale: rebuilding it (npm run package) before the tests.\n')
  const npm = process.env.npm_execpath
  const argv = ['run', 'package', '--silent']
  if (npm && npm.endsWith('.js'))
    execFileSync(process.execPath, [npm, ...argv], { cwd: root, stdio: 'inherit' })
  else
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', argv, {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    })
  return 0
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv[2])
