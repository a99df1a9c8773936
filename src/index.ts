// The action's entry point. First the credentials leave the process's initial environment (the image is
// replaced; see platform/credentials.ts), then the pipeline runs on the GitHub Actions platform. A failure
// of the gate itself is exit code 3 with one error line, never a verdict.
import { isolateCredentials } from './platform/credentials.js'

const isolation = isolateCredentials()
const { runAction } = await import('./action.js')
const code = await runAction(isolation)
// Once the output is flushed, exit: an abandoned API request or retry timer must not hold the step open.
process.stdout.write('', () => process.exit(code))
