// The gate's own version; a test keeps it equal to package.json.
export const GATE_VERSION = '0.1.0'
/** Where to report the gate's own failures (exit code 3). */
export const ISSUES_URL = 'https://github.com/org/quality-gate/issues'
