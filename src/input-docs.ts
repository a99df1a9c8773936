// What each input takes and what it is when not set, in one place: `quality-gate --help` prints it, and a
// test holds action.yml's descriptions and README's inputs table to it.
import type { InputName } from './config.js'
import { TOOL_IDS } from './tools/index.js'

export interface InputDoc {
  /** The value it takes, as a placeholder for --help (`LIST`, `MINUTES`). */
  placeholder: string
  /** What it takes. */
  values: string
  /** What applies when it is not set, on a runner. */
  default: string
  /** What applies when it is not set, for the CLI off a runner, when that differs. */
  cliDefault?: string
}

export const INPUT_DOCS: Readonly<Record<InputName, InputDoc>> = {
  'working-directory': {
    placeholder: 'DIR',
    values: 'directory to gate, inside the workspace',
    default: '.',
  },
  checks: {
    placeholder: 'LIST',
    values: 'comma- or newline-separated checks: format, lint, typecheck, test, coverage, security',
    default: 'format,lint,typecheck,test,coverage',
  },
  tools: {
    placeholder: 'LIST',
    values: `comma- or newline-separated name[@version], replacing detection for their checks: ${TOOL_IDS.join(', ')}`,
    default: 'detected from the project files',
  },
  'tool-source': {
    placeholder: 'SOURCE',
    values: 'pinned (install pinned versions into a cached toolchain) or path (the tools already installed)',
    default: 'pinned',
  },
  python: {
    placeholder: 'PATH',
    values: 'interpreter of the project under test',
    default:
      '.venv/bin/python (.venv\\Scripts\\python.exe on Windows) in the working directory if present, else python3 (python on Windows)',
  },
  cache: { placeholder: 'BOOL', values: 'true or false: keep the installed toolchain', default: 'true' },
  'fail-on': {
    placeholder: 'LEVEL',
    values: 'tool (each check fails as its tool does), error, warning or never',
    default: 'tool',
  },
  scope: {
    placeholder: 'SCOPE',
    values: 'all, or changed (only findings on the lines this change touched count)',
    default: 'all',
  },
  'base-ref': {
    placeholder: 'REF',
    values: 'git ref or sha to diff against, from the merge-base (pull requests use their own base)',
    default: 'the before commit of the push event',
    cliDefault: 'none; --scope changed and --diff-coverage-threshold need it',
  },
  'coverage-threshold': {
    placeholder: 'PERCENT',
    values: 'minimum total line coverage, 0 to 100',
    default: "the project's own threshold, if it sets one",
  },
  'diff-coverage-threshold': {
    placeholder: 'PERCENT',
    values: 'minimum coverage of the changed lines, 0 to 100',
    default: 'none (not gated)',
  },
  annotations: { placeholder: 'BOOL', values: 'true or false: annotate findings inline', default: 'true' },
  summary: { placeholder: 'BOOL', values: 'true or false: write the job summary', default: 'true' },
  comment: {
    placeholder: 'WHEN',
    values: 'sticky pull request comment: always, on-failure or never',
    default: 'always',
  },
  'comment-key': {
    placeholder: 'TEXT',
    values: "text that keeps several gate jobs' comments apart (matrix, monorepo)",
    default: 'none',
  },
  'github-token': {
    placeholder: 'TOKEN',
    values: 'token for the comment and check-run APIs',
    default: 'github.token',
  },
  'tool-timeout': {
    placeholder: 'MINUTES',
    values: 'minutes each tool may run before its process tree is killed, above 0 and at most 360',
    default: '10',
  },
  'report-file': {
    placeholder: 'FILE',
    values:
      'where to write the JSON report: inside the workspace or RUNNER_TEMP (for the CLI: the working directory or the temp directory)',
    default: '$RUNNER_TEMP/quality-gate/report.json',
    cliDefault: 'a new quality-gate/report-<time>-<pid>.json in the temp directory, its path printed',
  },
  'sarif-file': {
    placeholder: 'FILE',
    values:
      'where to write SARIF 2.1.0 (one run per tool): inside the workspace or RUNNER_TEMP (for the CLI: the working directory or the temp directory)',
    default: 'not written',
  },
  config: {
    placeholder: 'FILE',
    values: 'path of the config file',
    default: '.github/quality-gate.yml when it exists',
  },
  mode: {
    placeholder: 'MODE',
    values:
      'gate (run the tools) or publish (run nothing: combine the reports other jobs wrote into one verdict, summary, comment and check run)',
    default: 'gate',
  },
  reports: {
    placeholder: 'GLOBS',
    values:
      'mode: publish: comma- or newline-separated globs of JSON report files, relative to the workspace',
    default: 'the report artifacts of the triggering run (on workflow_run), else of this run',
  },
  'report-artifact': {
    placeholder: 'WHEN',
    values:
      "mode: gate: upload the JSON report as the artifact quality-gate-report-<job>[-<comment-key>]: auto (when the comment or check run could not be written, as on a fork's pull request), true or false",
    default: 'auto',
  },
}
