// The gate's own version; a test keeps it equal to package.json.
export const GATE_VERSION = '0.1.0'
