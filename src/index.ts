// The action's entry point: run the pipeline on the GitHub Actions platform.
import { run } from './main.js'
import { githubPlatform } from './platform/github.js'

process.exitCode = await run(githubPlatform())
