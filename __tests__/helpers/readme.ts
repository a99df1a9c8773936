// README's workflow recipes as the tests run them: a YAML block found by the file name its first line
// gives (`# .github/workflows/gate.yml — …`), and the inputs its quality-gate steps pass.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { ROOT } from './action.js'

export interface RecipeStep {
  uses?: string
  with?: Record<string, unknown>
}

export interface RecipeWorkflow {
  name?: string
  on?: Record<string, unknown>
  jobs: Record<string, { steps?: RecipeStep[]; permissions?: Record<string, string>; needs?: string }>
}

/** The block, without its first (comment) line, and what it parses to. */
export function readmeWorkflow(file: string): { text: string; workflow: RecipeWorkflow } {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  for (const [, block = ''] of readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) {
    const [first = '', ...rest] = block.split('\n')
    if (first === `# .github/workflows/${file}` || first.startsWith(`# .github/workflows/${file} `)) {
      return { text: rest.join('\n'), workflow: parseYaml(block) as RecipeWorkflow }
    }
  }
  throw new Error(`README has no workflow block for .github/workflows/${file}`)
}

/**
 * The inputs a job's quality-gate step passes, as the runner hands them over (strings), with
 * `${{ matrix.x }}` filled in from `matrix`.
 */
export function gateInputs(
  workflow: RecipeWorkflow,
  job: string,
  matrix: Record<string, string> = {},
): Record<string, string> {
  const step = workflow.jobs[job]?.steps?.find((item) => item.uses?.startsWith('org/quality-gate@'))
  if (step === undefined) throw new Error(`job ${job} has no quality-gate step`)
  return Object.fromEntries(
    Object.entries(step.with ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_, key: string) => matrix[key] ?? ''),
    ]),
  )
}
