// How a Python tool is started as a module of an interpreter. `python -m flake8` puts the working directory
// first on sys.path, so a `flake8.py` (or `json.py`) committed by a pull request would be imported in place
// of the tool and run in a lint-only gate. Instead the interpreter runs a short bootstrap that drops that
// entry, imports the tool, and only then, for test runners, puts the directory back (tests import the
// project, as under `python -m pytest`). Works on every Python 3; `-P` would need 3.11. Pure.
import path from 'node:path'

const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

/** The statement that removes the working directory ('' under -c) from the front of sys.path. */
export const DROP_WORKING_DIRECTORY = 'import sys;sys.path[:1]=[p for p in sys.path[:1] if p]'

export interface ModuleOptions {
  /** Put the working directory back on sys.path before the module runs (test runners). */
  projectOnPath?: boolean
  /** Modules imported from the real installation first, besides the one run (e.g. pytest under coverage). */
  preload?: readonly string[]
}

/** argv for `python -m <module> …` that cannot import the project's files in place of the tool. */
export function pythonModuleArgv(python: string, module: string, options: ModuleOptions = {}): string[] {
  const modules = [module, ...(options.preload ?? [])]
  for (const name of modules) {
    if (!MODULE_NAME.test(name)) throw new Error(`not a Python module name: ${name}`)
  }
  const statements = [
    DROP_WORKING_DIRECTORY,
    ...(options.projectOnPath
      ? [...modules.map((name) => `import ${name}`), 'import os;sys.path.insert(0,os.getcwd())']
      : []),
    `import runpy;runpy.run_module('${module}',run_name='__main__',alter_sys=True)`,
  ]
  return [python, '-c', statements.join(';')]
}

/** A virtual environment's interpreter: `Scripts\python.exe` on Windows, `bin/python` elsewhere. */
export function venvInterpreter(venv: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32'
    ? path.win32.join(venv, 'Scripts', 'python.exe')
    : path.posix.join(venv, 'bin', 'python')
}
