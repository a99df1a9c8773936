// Before the end-to-end tests: the runner's Node.js (scripts/runner-node.mjs).
import { ensureRunnerNode } from './scripts/runner-node.mjs'

export default function setup() {
  process.env.QG_RUNNER_NODE = ensureRunnerNode()
}
