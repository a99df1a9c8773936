// The GitHub Actions platform: inputs from INPUT_*, workflow commands, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY.
// Everything printed that may carry the pull request's text goes through `printable`; the gate's own
// annotations are single escaped commands (workflow-commands.ts).
import { appendFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as core from '@actions/core'
import type { InputName } from '../config.js'
import { renderConsole } from '../report/console.js'
import { actionsCacheStore } from '../toolchain/cache.js'
import type { Platform } from './platform.js'
import { printable, workflowCommand } from './workflow-commands.js'

export function githubPlatform(
  env: NodeJS.ProcessEnv = process.env,
  stdout: NodeJS.WritableStream = process.stdout,
): Platform {
  const print = (text: string): void => void stdout.write(`${printable(text)}\n`)
  const command = (line: string): void => void stdout.write(`${line}\n`)
  return {
    actionsCache: actionsCacheStore,
    publishesToGitHub: true,
    changesIncludeWorkingTree: false,
    source: {
      getInput: (name: InputName) => core.getInput(name),
      env,
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      describe: (name) => `input '${name}'`,
      outputs: { base: 'workspace', tempDir: env.RUNNER_TEMP || tmpdir() },
      baseRefRequired: false,
    },
    info: print,
    warning: (message) => command(workflowCommand('warning', message)),
    error: (message) => command(workflowCommand('error', message)),
    setSecret: (secret) => core.setSecret(secret),
    wantsAnnotations: true,
    wantsSummary: true,
    annotate(annotations) {
      for (const { level, message, ...properties } of annotations)
        command(workflowCommand(level, message, properties))
    },
    async writeSummary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY
      if (!file)
        throw new Error('GITHUB_STEP_SUMMARY is not set, so there is nowhere to write the job summary')
      await appendFile(file, markdown, 'utf8')
    },
    setOutputs(outputs) {
      for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
    },
    present(report) {
      // The Actions log renders ANSI colours.
      print(renderConsole(report, { color: true, maxFindingsPerCheck: 200 }).trimEnd())
    },
    fail: (message) => command(workflowCommand('error', message)),
  }
}
