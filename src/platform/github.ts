// The GitHub Actions platform: inputs from INPUT_*, workflow commands, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY.
import { appendFile } from 'node:fs/promises'
import * as core from '@actions/core'
import type { InputName } from '../config.js'
import { renderConsole } from '../report/console.js'
import type { Platform } from './platform.js'

export function githubPlatform(env: NodeJS.ProcessEnv = process.env): Platform {
  return {
    name: 'github',
    source: {
      getInput: (name: InputName) => core.getInput(name),
      env,
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      describe: (name) => `input '${name}'`,
    },
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    error: (message) => core.error(message),
    setSecret: (secret) => core.setSecret(secret),
    wantsAnnotations: true,
    wantsSummary: true,
    annotate(annotations) {
      for (const { level, message, ...properties } of annotations) {
        const emit = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice
        emit(message, properties)
      }
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
      core.info(renderConsole(report, { color: true, maxFindingsPerCheck: 200 }))
    },
    fail: (message) => core.setFailed(message),
  }
}
