export const id = 478;
export const ids = [478];
export const modules = {

/***/ 45478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/parsers/configparser.ts
// INI files as Python's configparser reads them (RawConfigParser defaults), because that is how flake8,
// mypy, pylint and setuptools read setup.cfg, tox.ini, mypy.ini, .flake8 and .pylintrc:
// - `key = value` and `key: value`, split at the first `=` or `:`; keys lower-cased, values stripped;
// - a line indented deeper than its key continues the value (joined with newlines; blank lines inside
//   are kept, trailing ones dropped); full-line `#` and `;` comments are skipped, also inside a value;
// - no interpolation, no inline comments unless asked for (pylint strips ` #` and ` ;` comments);
// - [DEFAULT] supplies every section's missing keys; a duplicate section or key, a key before any
//   section, or a line that is neither is an error, as it is for the tools. Pure.
const DEFAULT_SECTION = 'DEFAULT';
const SECTION = /^\[(.+)\]/;
const OPTION = /^(.*?)\s*([=:])\s*(.*)$/;
function parseConfigparser(text, options = {}) {
    const sections = new Map();
    const defaults = new Map();
    const seen = new Set();
    const errors = [];
    let section;
    let sectionName = '';
    let option;
    let indentLevel = 0;
    const lines = text.split(/\r\n|\n|\r/);
    if (lines.at(-1) === '')
        lines.pop();
    for (const [index, line] of lines.entries()) {
        const lineNumber = index + 1;
        const isComment = /^\s*[#;]/.test(line);
        const uncommented = isComment ? '' : stripInlineComment(line, options.inlineCommentPrefixes);
        const value = uncommented.trim();
        if (value === '') {
            // A blank line belongs to the value it stands in; a line that held a comment does not count at all.
            const blank = !isComment && uncommented.length === line.length;
            if (blank && section !== undefined && option !== undefined)
                section.get(option)?.push('');
            continue;
        }
        const indent = /\S/.exec(line)?.index ?? 0;
        if (section !== undefined && option !== undefined && indent > indentLevel) {
            section.get(option)?.push(value);
            continue;
        }
        indentLevel = indent;
        const header = SECTION.exec(value);
        if (header) {
            sectionName = header[1] ?? '';
            if (sectionName === DEFAULT_SECTION)
                section = defaults;
            else {
                if (seen.has(`[${sectionName}]`)) {
                    return { ok: false, error: `line ${lineNumber}: section '${sectionName}' already exists` };
                }
                seen.add(`[${sectionName}]`);
                section = sections.get(sectionName) ?? new Map();
                sections.set(sectionName, section);
            }
            option = undefined;
            continue;
        }
        if (section === undefined) {
            return { ok: false, error: `line ${lineNumber}: no section header before ${JSON.stringify(line)}` };
        }
        const pair = OPTION.exec(value);
        const key = pair?.[1]?.trimEnd().toLowerCase();
        if (!pair || !key) {
            errors.push(`line ${lineNumber}: ${JSON.stringify(line)}`);
            option = undefined;
            continue;
        }
        if (seen.has(`${sectionName}\u0000${key}`)) {
            return {
                ok: false,
                error: `line ${lineNumber}: option '${key}' in section '${sectionName}' already exists`,
            };
        }
        seen.add(`${sectionName}\u0000${key}`);
        option = key;
        section.set(key, [(pair[3] ?? '').trim()]);
    }
    if (errors.length > 0)
        return { ok: false, error: `lines that are neither a section nor an option: ${errors.join(', ')}` };
    const join = (values) => Object.fromEntries([...values].map(([key, parts]) => [key, parts.join('\n').trimEnd()]));
    const result = {};
    for (const [name, values] of sections)
        result[name] = { ...join(defaults), ...join(values) };
    return { ok: true, sections: result };
}
/** configparser's inline comments: a prefix preceded by whitespace ends the value. */
function stripInlineComment(line, prefixes) {
    if (!prefixes || prefixes.length === 0)
        return line;
    let end = line.length;
    for (const prefix of prefixes) {
        for (let at = line.indexOf(prefix); at !== -1; at = line.indexOf(prefix, at + 1)) {
            if (at > 0 && /\s/.test(line[at - 1] ?? '')) {
                end = Math.min(end, at);
                break;
            }
        }
    }
    return line.slice(0, end);
}

// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
;// CONCATENATED MODULE: ./src/scripts.ts
// What a package.json's quality scripts run: each entry script (lint, format:check, typecheck, test …) is
// split into simple commands with a shell-words parser, following `npm run x`, `pnpm x`, `yarn x` and
// run-s/run-p/npm-run-all into the scripts they name. Commands that run a script in every workspace
// package (`pnpm -r test`, `npm test --workspaces`, turbo, lerna, nx) are recorded as delegations. Pure.

/** The scripts read, in this order; a tool reached from `format:check` ignores `format` (it rewrites). */
const ENTRY_SCRIPTS = [
    'lint',
    'format:check',
    'format',
    'typecheck',
    'type-check',
    'check',
    'test',
    'ci',
];
const MAX_DEPTH = 8;
const RUNNERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);
const RUN_ALL = new Set(['run-s', 'run-p', 'npm-run-all', 'npm-run-all2']);
/** Commands of the package managers themselves, never script names: `pnpm install`, `yarn add`. */
const MANAGER_COMMANDS = new Set([
    'install',
    'i',
    'ci',
    'add',
    'remove',
    'exec',
    'dlx',
    'x',
    'link',
    'publish',
    'pack',
    'audit',
    'outdated',
    'update',
    'why',
    'config',
]);
function readScripts(scripts, entries = ENTRY_SCRIPTS) {
    const reading = { commands: [], delegated: [] };
    const names = Object.keys(scripts).filter((name) => typeof scripts[name] === 'string');
    const text = (name) => {
        const value = scripts[name];
        return typeof value === 'string' ? value : undefined;
    };
    const visit = (name, via, extra) => {
        const body = text(name);
        if (body === undefined || via.includes(name) || via.length >= MAX_DEPTH)
            return;
        const path = [...via, name];
        for (const words of splitCommands(body)) {
            // Arguments after `--` in `npm run x -- args` go to the last command of x.
            const command = [...withoutAssignments(words), ...extra];
            const called = scriptCall(command, names);
            if (called === undefined) {
                if (command.length > 0)
                    reading.commands.push({ words: command, via: path });
            }
            else if (called.delegated) {
                reading.delegated.push({ via: path, script: called.scripts[0] ?? '' });
            }
            else {
                for (const script of called.scripts)
                    visit(script, path, called.extra);
            }
        }
    };
    for (const entry of entries)
        visit(entry, [], []);
    return reading;
}
/** A script body as simple commands: split at &&, ||, ;, | and &; globs kept as written; $VARS kept. */
function splitCommands(body) {
    const commands = [[]];
    let tokens;
    try {
        tokens = (0,shell_quote.parse)(body, (name) => `$${name}`);
    }
    catch {
        // Shell the parser cannot read (`${{` outside a workflow, a bad substitution) says nothing the gate can use.
        return [];
    }
    for (const token of tokens) {
        if (typeof token === 'string') {
            commands[commands.length - 1]?.push(token);
        }
        else if ('pattern' in token) {
            commands[commands.length - 1]?.push(token.pattern);
        }
        else if ('op' in token && token.op !== '(' && token.op !== ')') {
            commands.push([]);
        }
    }
    return commands.filter((words) => words.length > 0);
}
function withoutAssignments(words) {
    let start = 0;
    while (start < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[start] ?? ''))
        start++;
    return words.slice(start);
}
/** Whether a command runs other scripts (npm run x, pnpm x, run-s a b …) and which. */
function scriptCall(words, names) {
    const [first, ...rest] = words;
    const isScript = (name) => names.includes(name);
    if (first === undefined)
        return undefined;
    if (first === 'turbo' || first === 'lerna' || (first === 'nx' && rest[0] === 'run-many')) {
        return { scripts: [targetName(rest) ?? ''], extra: [], delegated: true };
    }
    if (RUN_ALL.has(first)) {
        const patterns = rest.filter((word) => !word.startsWith('-'));
        return {
            scripts: patterns.flatMap((pattern) => expandPattern(pattern, names)),
            extra: [],
            delegated: false,
        };
    }
    if (!RUNNERS.has(first))
        return undefined;
    const dashes = rest.indexOf('--');
    const extra = dashes >= 0 ? rest.slice(dashes + 1) : [];
    const own = withoutFlagValues(first, dashes >= 0 ? rest.slice(0, dashes) : rest);
    const delegated = own.some((word) => DELEGATING.has(word.replace(/=.*$/, ''))) || (first === 'npm' && own.includes('-w'));
    const positional = own.filter((word) => !word.startsWith('-'));
    const withoutWorkspaces = positional.filter((word) => word !== 'workspaces' && word !== 'foreach');
    const name = scriptNamed(withoutWorkspaces, (verb) => isScript(verb) || delegated);
    if (name === undefined)
        return undefined;
    if (delegated)
        return { scripts: [name], extra: [], delegated: true };
    return { scripts: [name], extra, delegated: false };
}
/** npm run x, npm test, pnpm x (a script of that name): the script a package manager's words run. */
function scriptNamed(positional, isScript) {
    const [verb, next] = positional;
    if (verb === 'run' || verb === 'run-script')
        return next;
    if (verb === 'test' || verb === 't')
        return 'test';
    if (verb !== undefined && !MANAGER_COMMANDS.has(verb) && isScript(verb))
        return verb;
    return undefined;
}
/** Flags of a package manager that run a script in workspace packages rather than here. */
const DELEGATING = new Set([
    '-r',
    '--recursive',
    '-ws',
    '--workspaces',
    '--filter',
    '-F',
    '--workspace',
    'workspaces',
    'foreach',
]);
/** Flags that take the next word as their value, per package manager (npm's -w names a workspace). */
const VALUE_FLAGS = {
    npm: ['-w', '--workspace', '--prefix', '-C'],
    pnpm: ['--filter', '-F', '-C', '--dir'],
    yarn: ['--cwd'],
    bun: ['--filter', '--cwd'],
};
/** The words with each value flag's value removed (the flag itself stays, to be recognised). */
function withoutFlagValues(runner, words) {
    const takesValue = VALUE_FLAGS[runner] ?? [];
    const kept = [];
    for (let index = 0; index < words.length; index++) {
        const word = words[index] ?? '';
        kept.push(word);
        if (takesValue.includes(word))
            index++;
    }
    return kept;
}
/** `turbo run test`, `lerna run test`, `nx run-many -t test`: the task's name. */
function targetName(words) {
    const flag = words.findIndex((word) => word === '-t' || word === '--target' || word === '--targets');
    if (flag >= 0)
        return words[flag + 1];
    const positional = words.filter((word) => !word.startsWith('-'));
    return positional[0] === 'run' ? positional[1] : positional[0];
}
/** run-s 'lint:*': the scripts a npm-run-all pattern names, in their order in package.json. */
function expandPattern(pattern, names) {
    if (!pattern.includes('*'))
        return [pattern];
    const matcher = new RegExp(`^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^:]*')}$`);
    return names.filter((name) => matcher.test(name));
}
/** Like readScripts, for a package.json record as parsed (scripts may be anything). */
function readPackageScripts(packageJson, entries = ENTRY_SCRIPTS) {
    const scripts = packageJson?.scripts;
    const record = typeof scripts === 'object' && scripts !== null && !Array.isArray(scripts)
        ? scripts
        : {};
    return readScripts(record, entries);
}

;// CONCATENATED MODULE: ./src/project.ts
// Reads the handful of project files that detection and pin resolution look at, once, into plain data.






const PIN_FILES = /^(constraints.*\.txt|uv\.lock|poetry\.lock|pdm\.lock|package-lock\.json|pnpm-lock\.yaml|yarn\.lock)$/;
/**
 * Reads the project in `dir`. `workflows` are the repository's workflow commands (readWorkflows, read
 * once per gate); by default `dir` is taken for the repository root and its own are read.
 */
function scanProject(dir, workflows = readWorkflows(dir).commands) {
    const entries = safeReaddir(dir);
    const files = new Set(entries.map((entry) => entry.name));
    const unreadable = [];
    const read = (name, parse) => {
        if (!files.has(name))
            return undefined;
        try {
            return parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, name), 'utf8'));
        }
        catch (error) {
            unreadable.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
            return undefined;
        }
    };
    const requirements = {};
    const pinFiles = {};
    const ini = {};
    for (const entry of entries) {
        if (!entry.isFile())
            continue;
        if (/^requirements.*\.(txt|in)$/.test(entry.name)) {
            requirements[entry.name] = (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, entry.name), 'utf8');
        }
        else if (PIN_FILES.test(entry.name)) {
            const text = read(entry.name, (content) => content);
            if (text !== undefined)
                pinFiles[entry.name] = text;
        }
        else if (/\.(ini|cfg)$|^\.flake8$|^\.?pylintrc$|^\.coveragerc$/.test(entry.name)) {
            const sections = read(entry.name, readIni);
            if (sections !== undefined)
                ini[entry.name] = sections;
        }
    }
    const scan = {
        files,
        ini,
        requirements,
        pinFiles,
        hasPythonFiles: hasPython(dir, entries),
        hasTestsDir: entries.some((entry) => entry.isDirectory() && (entry.name === 'tests' || entry.name === 'test')),
        runCommands: [
            ...toxCommands(ini['tox.ini']),
            ...workflows
                .filter((command) => external_node_path_default().resolve(command.dir) === external_node_path_default().resolve(dir))
                .map(({ words, where }) => ({ words, where })),
        ],
        unreadable,
    };
    const optional = {
        pyproject: read('pyproject.toml', (text) => (0,smol_toml_dist/* parse */.qg)(text)),
        preCommit: read('.pre-commit-config.yaml', (text) => {
            pinFiles['.pre-commit-config.yaml'] = text;
            return (0,dist/* parse */.qg)(text);
        }),
        packageJson: read('package.json', (text) => JSON.parse(text)),
    };
    for (const [key, value] of Object.entries(optional)) {
        if (value !== undefined)
            scan[key] = value;
    }
    return scan;
}
/** Whether a TOML document has the table at the key path, e.g. tomlTable(pyproject, 'tool', 'black'). */
function tomlTable(root, ...keys) {
    let node = root;
    for (const key of keys) {
        node = asRecord(node)[key];
        if (node === undefined)
            return false;
    }
    return typeof node === 'object' && node !== null;
}
/** An object parsed from a project file, or {} when it is not one. */
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function safeReaddir(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
/** A Python file at the top, in src/ or in a package one level down. */
function hasPython(dir, entries) {
    if (entries.some((entry) => entry.isFile() && entry.name.endsWith('.py')))
        return true;
    for (const entry of entries) {
        if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules')
            continue;
        const inner = safeReaddir(external_node_path_default().join(dir, entry.name));
        if (inner.some((child) => child.isFile() && child.name.endsWith('.py')))
            return true;
        if (entry.name === 'src' &&
            inner.some((child) => child.isDirectory() && (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'src', child.name, '__init__.py')))) {
            return true;
        }
    }
    return false;
}
/** Each line of each testenv's `commands`, as words (tox substitutions left as written). */
function toxCommands(tox) {
    return Object.entries(tox ?? {}).flatMap(([section, values]) => {
        const commands = section.startsWith('testenv') ? values.commands : undefined;
        if (commands === undefined)
            return [];
        return commands.split('\n').flatMap((line) => splitCommands(toxSubstituted(line.replace(/^-/, ''))).map((words) => ({
            words,
            where: `tox.ini [${section}]`,
        })));
    });
}
/** tox's substitutions as a run by hand sees them: {posargs:x} is x, {posargs} nothing, {toxinidir} `.`. */
function toxSubstituted(line) {
    return line
        .replace(/\{posargs:([^}]*)\}/g, '$1')
        .replace(/\{posargs\}/g, '')
        .replace(/\{toxinidir\}/g, '.');
}
/** Stands for a `${{ … }}` expression while a run step's line is split into commands. */
const GITHUB_EXPRESSION = '__github_expression__';
/**
 * The `run` steps of the repository's workflows, each line's commands as words, with the directory each
 * runs in. A step whose working directory is an expression (`${{ … }}`) cannot be placed and is left out.
 */
function readWorkflows(root) {
    const dir = external_node_path_default().join(root, '.github', 'workflows');
    const commands = [];
    const unreadable = [];
    for (const entry of safeReaddir(dir)) {
        if (!entry.isFile() || !/\.ya?ml$/.test(entry.name))
            continue;
        const where = `.github/workflows/${entry.name}`;
        let workflow;
        try {
            workflow = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, entry.name), 'utf8'));
        }
        catch (error) {
            unreadable.push(`${where}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
            continue;
        }
        for (const job of Object.values(asRecord(asRecord(workflow).jobs))) {
            const jobDir = asRecord(asRecord(asRecord(job).defaults).run)['working-directory'];
            for (const step of asArray(asRecord(job).steps)) {
                const { run, 'working-directory': stepDir } = asRecord(step);
                const workingDirectory = stepDir ?? jobDir ?? '.';
                if (typeof run !== 'string' || typeof workingDirectory !== 'string')
                    continue;
                if (workingDirectory.includes('${{'))
                    continue;
                const runsIn = external_node_path_default().resolve(root, workingDirectory);
                for (const line of run.split('\n')) {
                    // GitHub replaces `${{ … }}` before the shell runs: a command holding one has arguments unknown here.
                    const words = splitCommands(line.replace(/\$\{\{[\s\S]*?\}\}/g, GITHUB_EXPRESSION));
                    for (const command of words.filter((list) => !list.some((word) => word.includes(GITHUB_EXPRESSION)))) {
                        commands.push({ words: command, where: `a run step in ${where}`, dir: runsIn });
                    }
                }
            }
        }
    }
    return { commands, unreadable };
}
function readIni(text) {
    const parsed = parseConfigparser(text);
    if (!parsed.ok)
        throw new Error(parsed.error);
    return parsed.sections;
}

;// CONCATENATED MODULE: ./src/parsers/unified-diff.ts
// Unified diffs as printed by formatters (black, isort, ruff format --diff) and git.
// For each file: the first line of the original that would change, and every changed original line.
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseUnifiedDiff(text) {
    const files = [];
    const lines = text.split(/\r?\n/);
    let current;
    let oldLine = 0;
    let seekingFirst = false;
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index] ?? '';
        if (line.startsWith('--- ') && (lines[index + 1] ?? '').startsWith('+++ ')) {
            current = { path: headerPath(line.slice(4)), firstChangedLine: 0, hunks: 0 };
            files.push(current);
            index++;
            continue;
        }
        if (current === undefined)
            continue;
        const hunk = HUNK.exec(line);
        if (hunk) {
            current.hunks++;
            oldLine = Number(hunk[1]);
            // `-0,0` (an insertion at the top) has no old line to point at: use 1.
            if (Number(hunk[2] ?? '1') === 0)
                oldLine++;
            seekingFirst = current.firstChangedLine === 0;
            continue;
        }
        if (!seekingFirst)
            continue;
        if (line.startsWith('-') || line.startsWith('+')) {
            current.firstChangedLine = Math.max(1, oldLine);
            seekingFirst = false;
        }
        else if (line.startsWith(' ')) {
            oldLine++;
        }
    }
    for (const file of files)
        if (file.firstChangedLine === 0)
            file.firstChangedLine = 1;
    return files;
}
function headerPath(header) {
    const withoutTime = header.split('\t')[0] ?? header;
    return withoutTime.replace(/:before$/, '').trim();
}
/**
 * Every file `git diff` (any context size, rename detection on) changed, with its changed new-side lines.
 * Deleted files are left out: nothing in the new tree can be on their lines. Renamed files count whole.
 */
function parseChangedFiles(text) {
    const files = [];
    let current;
    let newLine = 0;
    let inHunk = false;
    const finish = () => {
        if (current && !current.deleted && current.path) {
            const { deleted: _deleted, lineList, ...file } = current;
            files.push(file.lines === 'all' ? file : { ...file, lines: lineList });
        }
        current = undefined;
    };
    for (const line of text.split('\n')) {
        if (line.startsWith('diff --git ')) {
            finish();
            current = {
                path: samePathOfGitHeader(line) ?? '',
                status: 'modified',
                lines: [],
                deleted: false,
                lineList: [],
            };
            inHunk = false;
            continue;
        }
        if (current === undefined)
            continue;
        const hunk = HUNK.exec(line);
        if (hunk) {
            inHunk = true;
            newLine = Number(hunk[3]);
            continue;
        }
        if (inHunk) {
            if (line.startsWith('+'))
                current.lineList.push(newLine++);
            else if (line.startsWith(' '))
                newLine++;
            // '-' lines and "\ No newline at end of file" take no new-side line.
            if (line.startsWith('+') || line.startsWith('-') || line.startsWith(' ') || line.startsWith('\\'))
                continue;
            inHunk = false;
        }
        if (line.startsWith('new file mode'))
            current.status = 'added';
        else if (line.startsWith('deleted file mode'))
            current.deleted = true;
        else if (line.startsWith('rename to ')) {
            current.path = unquoteGitPath(line.slice('rename to '.length));
            current.status = 'renamed';
            current.lines = 'all';
        }
        else if (line.startsWith('copy to ')) {
            current.path = unquoteGitPath(line.slice('copy to '.length));
            current.status = 'added';
            current.lines = 'all';
        }
        else if (line.startsWith('+++ ')) {
            const target = line.slice(4);
            if (target === '/dev/null')
                current.deleted = true;
            else
                current.path = stripPrefix(unquoteGitPath(target.split('\t')[0] ?? target));
        }
        else if (line.startsWith('Binary files ')) {
            const binary = /^Binary files (.+) and (.+) differ$/.exec(line);
            if (binary?.[2] === '/dev/null')
                current.deleted = true;
            else
                current.lines = 'all';
        }
    }
    finish();
    return files;
}
/** The new-side lines a single-file patch (as the pull request files API gives it) adds or changes. */
function patchAddedLines(patch) {
    return parseChangedFiles(`diff --git a/f b/f\n--- a/f\n+++ b/f\n${patch}\n`)[0]?.lines;
}
/** `diff --git a/x b/x`: when both sides name the same path, it is the half after the prefixes. */
function samePathOfGitHeader(line) {
    const rest = line.slice('diff --git '.length);
    if (rest.startsWith('"'))
        return undefined;
    const half = (rest.length - 1) / 2;
    const left = rest.slice(0, half);
    const right = rest.slice(half + 1);
    return left.slice(2) === right.slice(2) ? right.slice(2) : undefined;
}
function stripPrefix(target) {
    return /^[a-z]\//.test(target) ? target.slice(2) : target;
}
/** git quotes paths with unusual bytes C-style: "a/t\303\251st \"x\".py". */
function unquoteGitPath(text) {
    if (!text.startsWith('"') || !text.endsWith('"'))
        return text;
    const bytes = [];
    const body = text.slice(1, -1);
    const ESCAPES = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
    for (let index = 0; index < body.length; index++) {
        const char = body[index];
        if (char !== '\\') {
            bytes.push(...Buffer.from(char, 'utf8'));
            continue;
        }
        const next = body[index + 1] ?? '';
        const octal = /^[0-7]{3}/.exec(body.slice(index + 1));
        if (octal) {
            bytes.push(parseInt(octal[0], 8));
            index += 3;
        }
        else {
            bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
            index += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
;// CONCATENATED MODULE: ./src/tools/common.ts
// Helpers shared by the adapters: tool trouble, JSON validation, paths and versions. Pure.



/** Trouble any tool can have before its output is even looked at: not started, timed out, killed. */
function runTrouble(run) {
    if (run.spawnError !== undefined)
        return trouble(run.spawnError);
    if (run.timedOut)
        return trouble(`timed out after ${formatSeconds(run.durationMs)}; the process tree was killed`);
    if (run.exitCode === null)
        return trouble(`killed by signal ${run.signal ?? 'unknown'}`);
    if (run.truncated)
        return trouble('printed more output than the gate keeps in memory (64 MiB per stream)');
    return undefined;
}
function trouble(reason) {
    return { outcome: 'error', findings: [], reason };
}
/** An exit code the tool documents as its own failure. */
function crashed(run, meaning) {
    const line = (0,src_text/* tellingLine */.c$)(run.stderr || run.stdout);
    return trouble(`exited with ${run.exitCode} (${meaning})${line ? `: ${line}` : ''}`);
}
function unexpectedExit(run) {
    return crashed(run, 'not an exit code this tool uses for findings');
}
/**
 * The findings of a run the adapter has already cleared of trouble, with the tool's own verdict: it failed
 * exactly when it exited non-zero (eslint's warnings under --max-warnings, pylint above fail-under and
 * pyright's or biome's warnings leave it at 0).
 */
function fromFindings(findings, run) {
    return { outcome: run.exitCode === 0 ? 'pass' : 'fail', findings };
}
/**
 * The lines of a tool's output that match `pattern` (its first group, or the whole match); with `continued`,
 * each with the indented lines under it (ruff lists the options to rename under its warning).
 */
function warningLines(text, pattern, { continued = false } = {}) {
    const lines = (0,src_text/* stripAnsi */.aJ)(text).split(/\r?\n/);
    const found = [];
    lines.forEach((line, index) => {
        const match = pattern.exec(line);
        if (!match)
            return;
        const parts = [(match[1] ?? match[0]).trim()];
        for (const next of continued ? lines.slice(index + 1) : []) {
            if (!/^\s+\S/.test(next) || pattern.test(next))
                break;
            parts.push(next.trim());
        }
        found.push(parts.join(' '));
    });
    return found;
}
/**
 * Python's warnings.warn output, `file.py:619: UserWarning: Failed to pull configuration …`, as
 * `UserWarning: …`; only the categories given, when given.
 */
function pythonWarnings(text, categories) {
    return warningLines(text, /^\S.*?:\d+: (\w*Warning: .+)$/).filter((line) => categories === undefined || categories.test(line));
}
/** Parses and validates JSON; a mismatch is tool trouble, never a pass. */
function parseJson(text, schema, what) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        const sample = text.trim().slice(0, 120).replace(/\s+/g, ' ');
        return { ok: false, result: trouble(`output is not the expected ${what}: ${sample || '(empty)'}`) };
    }
    const checked = schema.safeParse(data);
    if (!checked.success) {
        const issue = checked.error.issues[0];
        const where = issue ? issue.path.join('.') || '(root)' : '(root)';
        return {
            ok: false,
            result: trouble(`output does not match the expected ${what} at ${where}: ${issue?.message ?? ''}`),
        };
    }
    return { ok: true, value: checked.data };
}
/** A tool's path (absolute, or relative to where it ran) as a workspace-relative posix path. */
function workspacePath(file, ctx, paths = (external_node_path_default())) {
    const absolute = paths.resolve(ctx.cwd, file);
    const relative = paths.relative(ctx.workspace, absolute);
    return relative.split(paths.sep).join('/');
}
/** Compares dotted versions numerically: atLeast('2.16.2', '3.0') is false. */
function atLeast(version, minimum) {
    if (version === undefined)
        return true;
    const parts = (text) => text.split(/[.+-]/).map((part) => Number.parseInt(part, 10) || 0);
    const have = parts(version);
    const want = parts(minimum);
    for (let index = 0; index < Math.max(have.length, want.length); index++) {
        const a = have[index] ?? 0;
        const b = want[index] ?? 0;
        if (a !== b)
            return a > b;
    }
    return true;
}
function formatSeconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** Drops undefined and null fields so findings compare and serialise cleanly. */
function finding(fields) {
    return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null));
}
/** A positive integer or undefined: tools use 0 or null for "no position". */
function position(value, offset = 0) {
    if (value === null || value === undefined)
        return undefined;
    const shifted = value + offset;
    return shifted >= 1 ? shifted : undefined;
}
/**
 * Formatter findings: one error per file the tool named, at the first line its diff changes
 * (line 1 when the tool printed no diff for that file).
 */
function formatterFindings(tool, message, files, diffText, ctx) {
    const firstLines = new Map();
    for (const diff of parseUnifiedDiff(diffText))
        firstLines.set(workspacePath(diff.path, ctx), diff.firstChangedLine);
    return files.map((named) => {
        const file = workspacePath(named, ctx);
        return finding({ tool, severity: 'error', message, file, line: firstLines.get(file) ?? 1 });
    });
}

;// CONCATENATED MODULE: ./src/tools/bandit.ts
// bandit: `-r PATHS -f json`. Exit 0 no results, 1 results, 2 config error. Columns are 0-based.
// Files bandit could not parse are listed under `errors` and are findings too: nothing is lost.



const report = schemas/* object */.Ikc({
    errors: schemas/* array */.YOg(schemas/* object */.Ikc({ filename: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })),
    results: schemas/* array */.YOg(schemas/* object */.Ikc({
        filename: schemas/* string */.YjP(),
        test_id: schemas/* string */.YjP(),
        test_name: schemas/* string */.YjP().optional(),
        issue_severity: schemas/* string */.YjP(),
        issue_confidence: schemas/* string */.YjP().optional(),
        issue_text: schemas/* string */.YjP(),
        line_number: schemas/* number */.aig(),
        line_range: schemas/* array */.YOg(schemas/* number */.aig()).optional(),
        col_offset: schemas/* number */.aig().optional(),
        end_col_offset: schemas/* number */.aig().optional(),
        more_info: schemas/* string */.YjP().optional(),
        issue_cwe: schemas/* object */.Ikc({ id: schemas/* number */.aig() }).loose().optional(),
    })),
});
const SEVERITY = {
    HIGH: 'error',
    MEDIUM: 'warning',
    LOW: 'notice',
    UNDEFINED: 'notice',
};
const bandit = {
    id: 'bandit',
    docsUrl: 'https://bandit.readthedocs.io/',
    defaultPin: { package: 'bandit', registry: 'pypi', version: '1.9.4' },
    kind: 'security',
    ecosystem: 'python',
    language: 'python',
    isDefault: true,
    evidence: {
        files: ['.bandit'],
        pyprojectTables: [['tool', 'bandit']],
        pythonPackages: ['bandit'],
        preCommitHooks: ['bandit'],
    },
    // bandit reads pyproject.toml only when told to; .bandit it finds alone.
    aim: (scan) => !scan.files.has('.bandit') && tomlTable(scan.pyproject, 'tool', 'bandit')
        ? { extraArgs: ['-c', 'pyproject.toml'] }
        : {},
    preCommitRepos: ['github.com/pycqa/bandit'],
    executable: 'bandit',
    commandLine: {
        ownedFlags: {
            '-f': 1,
            '--format': 1,
            '-o': 1,
            '--output': 1,
            '-q': 0,
            '--quiet': 0,
            '-r': 0,
            '--recursive': 0,
        },
    },
    python: { module: 'bandit', distribution: 'bandit' },
    // Its log at WARNING level, `[main]\tWARNING\tUnable to …` (config it could not read, files it skipped).
    warnings: (run) => warningLines(run.stderr, /^\[\w+\]\s+WARNING\s+(.+)$/),
    command: (ctx) => ({
        argv: [...ctx.launcher, '-r', ...ctx.targets, '-f', 'json', '-q', ...(ctx.extraArgs ?? [])],
    }),
    parse(run, ctx) {
        const problem = runTrouble(run);
        if (problem)
            return problem;
        if (run.exitCode === 2)
            return crashed(run, 'bandit configuration or usage error');
        if (run.exitCode !== 0 && run.exitCode !== 1)
            return unexpectedExit(run);
        const parsed = parseJson(run.stdout, report, 'bandit JSON report');
        if (!parsed.ok)
            return parsed.result;
        const findings = parsed.value.results.map((item) => finding({
            tool: 'bandit',
            severity: SEVERITY[item.issue_severity.toUpperCase()] ?? 'warning',
            rule: item.test_id,
            message: `${item.issue_text} (severity ${item.issue_severity.toLowerCase()}, confidence ${(item.issue_confidence ?? 'undefined').toLowerCase()}${item.issue_cwe ? `, CWE-${item.issue_cwe.id}` : ''})`,
            file: workspacePath(item.filename.replaceAll('\\', '/'), ctx),
            line: position(item.line_number),
            column: position(item.col_offset, 1),
            // bandit's line_range runs past the statement in old versions: the line alone is reliable.
            endColumn: position(item.end_col_offset, 1),
            url: item.more_info,
        }));
        for (const error of parsed.value.errors) {
            findings.push(finding({
                tool: 'bandit',
                severity: 'error',
                rule: 'scan-error',
                message: `bandit could not scan this file: ${error.reason}`,
                file: workspacePath(error.filename.replaceAll('\\', '/'), ctx),
            }));
        }
        return fromFindings(findings, run);
    },
};

;// CONCATENATED MODULE: ./src/tools/pyright.ts
// pyright: `--outputjson`; positions are 0-based, ends exclusive. Exit 0 ok, 1 errors, 2 fatal,
// 3 config unreadable, 4 bad command line.


const point = schemas/* object */.Ikc({ line: schemas/* number */.aig(), character: schemas/* number */.aig() });
const pyright_report = schemas/* object */.Ikc({
    version: schemas/* string */.YjP().optional(),
    generalDiagnostics: schemas/* array */.YOg(schemas/* object */.Ikc({
        file: schemas/* string */.YjP(),
        severity: schemas/* enum */.k5n(['error', 'warning', 'information']),
        message: schemas/* string */.YjP(),
        rule: schemas/* string */.YjP().optional(),
        range: schemas/* object */.Ikc({ start: point, end: point }).optional(),
    })),
    summary: schemas/* object */.Ikc({ errorCount: schemas/* number */.aig(), warningCount: schemas/* number */.aig() }).loose(),
});
const pyright_SEVERITY = { error: 'error', warning: 'warning', information: 'notice' };
const EXIT_MEANING = {
    2: 'fatal error',
    3: 'config file could not be read',
    4: 'invalid command line',
};
const pyright = {
    id: 'pyright',
    docsUrl: 'https://microsoft.github.io/pyright/',
    defaultPin: { package: 'pyright', registry: 'npm', version: '1.1.414' },
    kind: 'typecheck',
    ecosystem: 'node',
    language: 'python',
    evidence: {
        files: ['pyrightconfig.json'],
        pyprojectTables: [['tool', 'pyright']],
        pythonPackages: ['pyright'],
        preCommitHooks: ['pyright'],
    },
    aim: () => ({ targets: [] }),
    preCommitRepos: ['github.com/robertcraigie/pyright-python'],
    executable: 'pyright',
    commandLine: { ownedFlags: { '--outputjson': 0, '--watch': 0, '-w': 0 } },
    npmPackage: 'pyright',
    python: { module: 'pyright', distribution: 'pyright' },
    command: (ctx) => ({ argv: pyrightArgv(ctx) }),
    warnings: pyrightWarnings,
    parse: (run, ctx) => parsePyrightJson(run, ctx, 'pyright', (rule) => `https://microsoft.github.io/pyright/#/configuration?id=${rule.toLowerCase()}`),
};
/**
 * With --outputjson, everything it says besides the report goes to stderr, and it says only what went wrong
 * with its setup: `Config contains unrecognized setting "typeCheckingModez".`
 */
function pyrightWarnings(run) {
    if (run.exitCode !== 0 && run.exitCode !== 1)
        return [];
    return warningLines(run.stderr, /^\S.*$/);
}
/** The JSON report, checked against the project's interpreter: for pyright and its forks. */
function pyrightArgv(ctx) {
    return [
        ...ctx.launcher,
        '--outputjson',
        ...(ctx.python !== undefined ? ['--pythonpath', ctx.python] : []),
        ...ctx.targets,
    ];
}
/** pyright's `--outputjson` report and exit codes, which its forks keep. */
function parsePyrightJson(run, ctx, tool, ruleUrl) {
    const problem = runTrouble(run);
    if (problem)
        return problem;
    if (run.exitCode !== 0 && run.exitCode !== 1) {
        return crashed(run, EXIT_MEANING[run.exitCode ?? -1] ?? `not a ${tool} status`);
    }
    const parsed = parseJson(run.stdout, pyright_report, `${tool} JSON report`);
    if (!parsed.ok)
        return parsed.result;
    return fromFindings(parsed.value.generalDiagnostics.map((item) => finding({
        tool,
        severity: pyright_SEVERITY[item.severity] ?? 'warning',
        rule: item.rule,
        message: item.message,
        file: workspacePath(item.file, ctx),
        line: item.range ? item.range.start.line + 1 : undefined,
        column: item.range ? item.range.start.character + 1 : undefined,
        endLine: item.range ? item.range.end.line + 1 : undefined,
        endColumn: item.range ? item.range.end.character + 1 : undefined,
        url: item.rule ? ruleUrl(item.rule) : undefined,
    })), run);
}

;// CONCATENATED MODULE: ./src/tools/basedpyright.ts
// basedpyright: a fork of pyright with stricter defaults and more rules. Same command line, same
// `--outputjson` report (0-based positions, ends exclusive) and exit codes: 0 ok, 1 errors, 2 fatal,
// 3 config unreadable, 4 bad command line. Its npm package runs as `node <bin script>`.

const basedpyright = {
    id: 'basedpyright',
    docsUrl: 'https://docs.basedpyright.com/',
    defaultPin: { package: 'basedpyright', registry: 'npm', version: '1.40.1' },
    kind: 'typecheck',
    ecosystem: 'node',
    language: 'python',
    // It reads pyrightconfig.json too, but that file alone says pyright.
    evidence: {
        pyprojectTables: [['tool', 'basedpyright']],
        pythonPackages: ['basedpyright'],
        preCommitHooks: ['basedpyright'],
    },
    aim: () => ({ targets: [] }),
    executable: 'basedpyright',
    commandLine: { ownedFlags: { '--outputjson': 0, '--watch': 0, '-w': 0 } },
    npmPackage: 'basedpyright',
    command: (ctx) => ({ argv: pyrightArgv(ctx) }),
    warnings: pyrightWarnings,
    parse: (run, ctx) => parsePyrightJson(run, ctx, 'basedpyright', (rule) => `https://docs.basedpyright.com/latest/configuration/config-files/#${rule}`),
};

;// CONCATENATED MODULE: ./src/tools/biome.ts
// biome `lint` and `format` with the JSON reporter (experimental upstream; it says so on stderr) and
// --max-diagnostics=none, so nothing is left out. 1-based positions; a formatter diagnostic points at
// 0:0, i.e. the whole file. Exit 0 clean, 1 findings — or a configuration error, which prints no report.
// Before 2.4 the shape differed (description, markup message, location.path.file) and a position was a
// byte span into the file's text (location.span + location.sourceCode): both are read, spans converted.


const biome_point = schemas/* object */.Ikc({ line: schemas/* number */.aig(), column: schemas/* number */.aig() }).nullable().optional();
const biome_report = schemas/* object */.Ikc({
    diagnostics: schemas/* array */.YOg(schemas/* object */.Ikc({
        severity: schemas/* string */.YjP(),
        category: schemas/* string */.YjP().nullable().optional(),
        message: schemas/* unknown */.L5J().optional(),
        description: schemas/* string */.YjP().optional(),
        location: schemas/* object */.Ikc({
            path: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* object */.Ikc({ file: schemas/* string */.YjP() }).loose()])
                .nullable()
                .optional(),
            start: biome_point,
            end: biome_point,
            span: schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]).nullable().optional(),
            sourceCode: schemas/* string */.YjP().nullable().optional(),
        })
            .loose()
            .nullable()
            .optional(),
    })
        .loose()),
})
    .loose();
const biome_SEVERITY = {
    fatal: 'error',
    error: 'error',
    warning: 'warning',
    information: 'notice',
    info: 'notice',
    hint: 'notice',
};
function biome_text(item) {
    if (typeof item.message === 'string')
        return item.message;
    if (Array.isArray(item.message)) {
        return item.message
            .map((part) => typeof part === 'object' && part !== null && 'content' in part ? String(part.content) : '')
            .join('');
    }
    return item.description ?? '';
}
function pathOf(item, ctx) {
    const raw = item.location?.path;
    const file = typeof raw === 'string' ? raw : raw?.file;
    return file ? workspacePath(file.replaceAll('\\', '/'), ctx) : undefined;
}
function parseBiome(tool, run, ctx) {
    const problem = runTrouble(run);
    if (problem)
        return problem;
    if (run.exitCode !== 0 && run.exitCode !== 1)
        return unexpectedExit(run);
    if (run.stdout.trim() === '') {
        // Configuration errors go to stderr with no report at all.
        return run.exitCode === 0
            ? fromFindings([], run)
            : crashed(run, 'biome printed no report; its configuration is likely invalid');
    }
    const parsed = parseJson(run.stdout, biome_report, 'biome JSON report');
    if (!parsed.ok)
        return parsed.result;
    const findings = [];
    for (const item of parsed.value.diagnostics) {
        const category = item.category ?? '';
        const file = pathOf(item, ctx);
        if (category === 'format') {
            findings.push(finding({ tool, severity: 'error', message: 'File is not formatted with biome', file }));
            continue;
        }
        const { start, end } = positionsOf(item);
        findings.push(finding({
            tool,
            severity: biome_SEVERITY[item.severity] ?? 'warning',
            rule: category.replace(/^lint\//, '') || undefined,
            message: biome_text(item),
            file,
            line: position(start?.line),
            column: position(start?.column),
            endLine: position(end?.line),
            endColumn: position(end?.column),
        }));
    }
    if (run.exitCode === 1 && findings.length === 0)
        return crashed(run, 'biome failed without a diagnostic');
    return fromFindings(findings, run);
}
/** 1-based positions: given (2.4+), or from a byte span into the file's text (before 2.4). */
function positionsOf(item) {
    const location = item.location;
    if (location?.start || !location?.span || typeof location.sourceCode !== 'string') {
        return { start: location?.start, end: location?.end };
    }
    const bytes = Buffer.from(location.sourceCode, 'utf8');
    const [from, to] = location.span;
    if (from === 0 && to === 0)
        return { start: undefined, end: undefined };
    return { start: pointAt(bytes, from), end: pointAt(bytes, to) };
}
/** The line and column (in characters, both 1-based) of a UTF-8 byte offset; past the end, none. */
function pointAt(bytes, offset) {
    if (offset < 0 || offset > bytes.length)
        return undefined;
    const before = bytes.subarray(0, offset).toString('utf8');
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.slice(0, lineStart).split('\n').length;
    return { line, column: [...before.slice(lineStart)].length + 1 };
}
const args = (command, ctx) => [
    ...ctx.launcher,
    command,
    '--reporter=json',
    '--max-diagnostics=none',
    ...ctx.targets,
];
/** Flags of `biome check/lint/format/ci` that write files or choose the report. */
const BIOME_OWNED_FLAGS = {
    '--write': 0,
    '--fix': 0,
    '--apply': 0,
    '--apply-unsafe': 0,
    '--unsafe': 0,
    '--reporter': 1,
    '--max-diagnostics': 1,
    '--colors': 1,
};
/** One package serves both commands: one pin. */
const BIOME_PIN = { package: '@biomejs/biome', registry: 'npm', version: '2.6.8' };
const biome = {
    id: 'biome',
    docsUrl: 'https://biomejs.dev/',
    defaultPin: BIOME_PIN,
    kind: 'lint',
    ecosystem: 'node',
    language: 'javascript',
    evidence: { files: ['biome.json', 'biome.jsonc'], npmPackages: ['@biomejs/biome'], inParents: true },
    executable: 'biome',
    // check and ci lint and format: each check takes their arguments.
    commandLine: { modes: ['lint', 'check', 'ci'], ownedFlags: BIOME_OWNED_FLAGS },
    npmPackage: '@biomejs/biome',
    command: (ctx) => ({ argv: args('lint', ctx) }),
    parse: (run, ctx) => parseBiome('biome', run, ctx),
};
const biomeFormat = {
    id: 'biome-format',
    docsUrl: 'https://biomejs.dev/formatter/',
    defaultPin: BIOME_PIN,
    kind: 'format',
    ecosystem: 'node',
    language: 'javascript',
    // biome formats where it lints, unless prettier does.
    evidence: { follows: { tool: 'biome', unless: ['prettier'] } },
    executable: 'biome',
    commandLine: { modes: ['format', 'check', 'ci'], ownedFlags: BIOME_OWNED_FLAGS },
    npmPackage: '@biomejs/biome',
    command: (ctx) => ({ argv: args('format', ctx) }),
    parse: (run, ctx) => parseBiome('biome-format', run, ctx),
};

;// CONCATENATED MODULE: ./src/tools/black.ts
// black: `--check --diff` prints a unified diff per file on stdout and `would reformat X` on stderr.
// Exit 0 unchanged, 1 would reformat, 123 internal error (including files it cannot parse).

const WOULD_REFORMAT = /^would reformat (.+)$/gm;
const black = {
    id: 'black',
    docsUrl: 'https://black.readthedocs.io/',
    defaultPin: { package: 'black', registry: 'pypi', version: '26.10.1' },
    kind: 'format',
    ecosystem: 'python',
    language: 'python',
    evidence: {
        pyprojectTables: [['tool', 'black']],
        pythonPackages: ['black'],
        preCommitHooks: ['black'],
        inParents: true,
    },
    preCommitRepos: ['github.com/psf/black', 'github.com/psf/black-pre-commit-mirror'],
    executable: 'black',
    commandLine: {
        ownedFlags: { '--check': 0, '--diff': 0, '--color': 0, '--no-color': 0, '-q': 0, '--quiet': 0 },
    },
    python: { module: 'black', distribution: 'black' },
    // `Invalid config keys detected: 'line_lenght' (in …/pyproject.toml)`, and its `Warning: …` lines.
    warnings: (run) => warningLines(run.stderr, /^(Invalid config keys detected: .+|Warning: .+)$/),
    command: (ctx) => ({ argv: [...ctx.launcher, '--check', '--diff', '--no-color', ...ctx.targets] }),
    parse(run, ctx) {
        const problem = runTrouble(run);
        if (problem)
            return problem;
        if (run.exitCode === 0)
            return fromFindings([], run);
        if (run.exitCode === 123)
            return crashed(run, 'black could not format a file or failed internally');
        if (run.exitCode !== 1)
            return unexpectedExit(run);
        const files = [...run.stderr.matchAll(WOULD_REFORMAT)].map((match) => match[1] ?? '');
        if (files.length === 0)
            return trouble('exited with 1 but named no file that would be reformatted');
        return fromFindings(formatterFindings('black', 'File would be reformatted by black', files, run.stdout, ctx), run);
    },
};

;// CONCATENATED MODULE: ./src/tools/eslint.ts
// eslint `-f json`: per file, messages with 1-based positions; severity 2 error, 1 warning. A message with
// `fatal` is a parse error. Exit 0 clean, 1 problems, 2 configuration or internal error.


const eslint_report = schemas/* array */.YOg(schemas/* object */.Ikc({
    filePath: schemas/* string */.YjP(),
    messages: schemas/* array */.YOg(schemas/* object */.Ikc({
        ruleId: schemas/* string */.YjP().nullable().optional(),
        severity: schemas/* number */.aig(),
        fatal: schemas/* boolean */.zMY().optional(),
        message: schemas/* string */.YjP(),
        line: schemas/* number */.aig().optional(),
        column: schemas/* number */.aig().optional(),
        endLine: schemas/* number */.aig().nullable().optional(),
        endColumn: schemas/* number */.aig().nullable().optional(),
    })
        .loose()),
})
    .loose());
/** Docs for core rules and typescript-eslint's; `-f json` carries no rule metadata for other plugins. */
function ruleUrl(ruleId) {
    if (!ruleId)
        return undefined;
    if (!ruleId.includes('/'))
        return `https://eslint.org/docs/latest/rules/${ruleId}`;
    const typescriptRule = /^@typescript-eslint\/(.+)$/.exec(ruleId);
    return typescriptRule ? `https://typescript-eslint.io/rules/${typescriptRule[1]}` : undefined;
}
const eslint = {
    id: 'eslint',
    docsUrl: 'https://eslint.org/',
    defaultPin: { package: 'eslint', registry: 'npm', version: '10.15.0' },
    kind: 'lint',
    ecosystem: 'node',
    language: 'javascript',
    evidence: {
        inParents: true,
        files: [
            'eslint.config.js',
            'eslint.config.mjs',
            'eslint.config.cjs',
            'eslint.config.ts',
            'eslint.config.mts',
            'eslint.config.cts',
        ],
        npmPackages: ['eslint'],
    },
    executable: 'eslint',
    commandLine: {
        ownedFlags: {
            '--fix': 0,
            '--fix-dry-run': 0,
            '--fix-type': 1,
            '-f': 1,
            '--format': 1,
            '-o': 1,
            '--output-file': 1,
            '--color': 0,
            '--no-color': 0,
        },
    },
    npmPackage: 'eslint',
    runsInProject: true,
    command: (ctx) => ({ argv: [...ctx.launcher, '-f', 'json', ...ctx.targets] }),
    // Its own process warnings, `(node:123) ESLintIgnoreWarning: The ".eslintignore" file is no longer supported…`.
    warnings: (run) => warningLines(run.stderr, /^\(node:\d+\) (ESLint\w*Warning: .+)$/),
    parse(run, ctx) {
        const problem = runTrouble(run);
        if (problem)
            return problem;
        if (run.exitCode === 2)
            return crashed(run, 'eslint configuration or internal error');
        if (run.exitCode !== 0 && run.exitCode !== 1)
            return unexpectedExit(run);
        const parsed = parseJson(run.stdout, eslint_report, 'eslint JSON report');
        if (!parsed.ok)
            return parsed.result;
        return fromFindings(parsed.value.flatMap((file) => file.messages.map((message) => finding({
            tool: 'eslint',
            severity: message.fatal || message.severity >= 2 ? 'error' : 'warning',
            rule: message.ruleId ?? (message.fatal ? 'parse-error' : undefined),
            message: message.message,
            file: workspacePath(file.filePath, ctx),
            line: message.line,
            column: message.column,
            endLine: message.endLine ?? undefined,
            endColumn: message.endColumn ?? undefined,
            url: ruleUrl(message.ruleId),
        }))), run);
    },
};

;// CONCATENATED MODULE: ./src/tools/flake8.ts

const FLAKE8_FORMAT = '%(path)s\t%(row)d\t%(col)d\t%(code)s\t%(text)s';
/** The docs of flake8's built-in plugins: pyflakes (F) and mccabe (C90) on flake8's page, pycodestyle (E, W). */
function flake8_ruleUrl(code) {
    if (/^(F|C90)\d+$/.test(code))
        return 'https://flake8.pycqa.org/en/latest/user/error-codes.html';
    if (/^[EW]\d+$/.test(code))
        return 'https://pycodestyle.pycqa.org/en/latest/intro.html#error-codes';
    return undefined;
}
const flake8 = {
    id: 'flake8',
    docsUrl: 'https://flake8.pycqa.org/',
    defaultPin: { package: 'flake8', registry: 'pypi', version: '7.5.0' },
    kind: 'lint',
    ecosystem: 'python',
    language: 'python',
    evidence: {
        files: ['.flake8'],
        iniSections: { 'setup.cfg': ['flake8'], 'tox.ini': ['flake8'] },
        pythonPackages: ['flake8'],
        preCommitHooks: ['flake8'],
    },
    preCommitRepos: ['github.com/pycqa/flake8'],
    executable: 'flake8',
    commandLine: { ownedFlags: { '--format': 1, '--output-file': 1, '--tee': 0, '-q': 0, '--quiet': 0 } },
    python: { module: 'flake8', distribution: 'flake8' },
    warnings: (run) => pythonWarnings(run.stderr),
    command: (ctx) => ({ argv: [...ctx.launcher, `--format=${FLAKE8_FORMAT}`, ...ctx.targets] }),
    parse(run, ctx) {
        const problem = runTrouble(run);
        if (problem)
            return problem;
        if (run.exitCode !== 0 && run.exitCode !== 1)
            return unexpectedExit(run);
        const findings = [];
        for (const line of run.stdout.split(/\r?\n/)) {
            if (line.trim() === '')
                continue;
            const [file, row, col, code, ...text] = line.split('\t');
            if (file === undefined ||
                !/^\d+$/.test(row ?? '') ||
                !/^\d+$/.test(col ?? '') ||
                !code ||
                text.length === 0) {
                return trouble(`printed a line that is not a violation: ${line.slice(0, 200)}`);
            }
            findings.push(finding({
                tool: 'flake8',
                severity: 'error',
                rule: code,
                message: text.join('\t'),
                file: workspacePath(file, ctx),
                line: Math.max(1, Number(row)),
                column: Math.max(1, Number(col)),
                url: flake8_ruleUrl(code),
            }));
        }
        if (run.exitCode === 1 && findings.length === 0)
            return crashed(run, 'flake8 failed without reporting a violation');
        // Violations with exit 0: the project passes --exit-zero, so flake8 itself passes.
        return fromFindings(findings, run);
    },
};

;// CONCATENATED MODULE: ./src/tools/isort.ts
// isort: `--check-only --diff` prints `ERROR: <path> Imports are incorrectly sorted…` on stderr and a
// unified diff on stdout. Exit 1 when a file would change, and also when files were broken.

const UNSORTED = /^ERROR: (.+?) Imports are incorrectly sorted/gm;
const isort = {
    id: 'isort',
    docsUrl: 'https://pycqa.github.io/isort/',
    defaultPin: { package: 'isort', registry: 'pypi', version: '9.0.2' },
    kind: 'format',
    ecosystem: 'python',
    language: 'python',
    evidence: {
        files: ['.isort.cfg'],
        pyprojectTables: [['tool', 'isort']],
        iniSections: { 'setup.cfg': ['isort', 'tool:isort'] },
        pythonPackages: ['isort'],
        preCommitHooks: ['isort'],
    },
    preCommitRepos: ['github.com/pycqa/isort'],
    executable: 'isort',
    commandLine: {
        ownedFlags: { '--check-only': 0, '--check': 0, '-c': 0, '--diff': 0, '-q': 0, '--quiet': 0 },
    },
    python: { module: 'isort', distribution: 'isort' },
    // It says so with a UserWarning when it cannot read a config file, then sorts by its defaults.
    warnings: (run) => pythonWarnings(run.stderr),
    command: (ctx) => ({ argv: [...ctx.launcher, '--check-only', '--diff', ...ctx.targets] }),
    parse(run, ctx) {
        const problem = runTrouble(run);
        if (problem)
            return problem;
        if (run.exitCode === 0)
            return fromFindings([], run);
        if (run.exitCode !== 1)
            return unexpectedExit(run);
        const files = [...run.stderr.matchAll(UNSORTED)].map((match) => match[1] ?? '');
        if (files.length === 0)
            return crashed(run, 'isort failed without naming a file with unsorted imports');
        return fromFindings(formatterFindings('isort', 'Imports are incorrectly sorted and/or formatted (isort)', files, run.stdout, ctx), run);
    },
};

;// CONCATENATED MODULE: ./src/parsers/coverage-json.ts
// coverage.py's `coverage json` report: totals and per-file line (and branch) coverage. Validated first.

const summary = schemas/* object */.Ikc({
    covered_lines: schemas/* number */.aig(),
    num_statements: schemas/* number */.aig(),
    percent_covered: schemas/* number */.aig(),
    missing_lines: schemas/* number */.aig(),
    num_branches: schemas/* number */.aig().optional(),
    covered_branches: schemas/* number */.aig().optional(),
})
    .loose();
const coverageJsonSchema = schemas/* object */.Ikc({
    meta: schemas/* object */.Ikc({ version: schemas/* string */.YjP().optional(), branch_coverage: schemas/* boolean */.zMY().optional() }).loose(),
    files: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({
        executed_lines: schemas/* array */.YOg(schemas/* number */.aig()),
        missing_lines: schemas/* array */.YOg(schemas/* number */.aig()),
        summary,
    })
        .loose()),
    totals: summary,
});
/** Line coverage in percent (covered lines / statements). */
function linePercent(covered, statements) {
    return statements === 0 ? 100 : (100 * covered) / statements;
}
/**
 * The report's totals and files. Files `keep` rejects (outside the project: an interpreter's own packages
 * measured for want of a `source` setting) are left out, and the total is then recomputed the way
 * coverage.py computes it: (covered lines + covered branches) / (statements + branches).
 */
function readCoverageJson(data, keep = () => true) {
    const entries = Object.entries(data.files);
    const kept = entries.filter(([file]) => keep(file));
    const totals = kept.length === entries.length ? data.totals : sumOf(kept.map(([, entry]) => entry.summary));
    const result = {
        percent: totals.percent_covered,
        covered: totals.covered_lines,
        statements: totals.num_statements,
        files: kept.map(([file, entry]) => ({
            file,
            percent: entry.summary.percent_covered,
            covered: entry.summary.covered_lines,
            statements: entry.summary.num_statements,
            missingLines: entry.missing_lines,
            executedLines: entry.executed_lines,
        })),
    };
    if (kept.length < entries.length)
        result.leftOut = entries.length - kept.length;
    const { num_branches: branches, covered_branches: coveredBranches } = totals;
    if (data.meta.branch_coverage && branches !== undefined && coveredBranches !== undefined) {
        result.branchPercent = branches === 0 ? 100 : (100 * coveredBranches) / branches;
        result.linePercent = linePercent(totals.covered_lines, totals.num_statements);
    }
    return result;
}
function sumOf(summaries) {
    const add = (pick) => summaries.reduce((total, item) => total + (pick(item) ?? 0), 0);
    const covered = add((item) => item.covered_lines);
    const statements = add((item) => item.num_statements);
    const branches = add((item) => item.num_branches);
    const coveredBranches = add((item) => item.covered_branches);
    const measured = statements + branches;
    return {
        covered_lines: covered,
        num_statements: statements,
        missing_lines: add((item) => item.missing_lines),
        num_branches: branches,
        covered_branches: coveredBranches,
        percent_covered: measured === 0 ? 100 : (100 * (covered + coveredBranches)) / measured,
    };
}

;// CONCATENATED MODULE: ./src/parsers/jest-json.ts
// The jest-compatible JSON report that jest (`--json`) and vitest (`--reporter=json`) write: totals, and per
// test file its assertion results with status, failure messages and (when asked for) a location.

const assertion = schemas/* object */.Ikc({
    fullName: schemas/* string */.YjP(),
    title: schemas/* string */.YjP().optional(),
    status: schemas/* string */.YjP(),
    duration: schemas/* number */.aig().nullable().optional(),
    failureMessages: schemas/* array */.YOg(schemas/* string */.YjP()).nullable().optional(),
    location: schemas/* object */.Ikc({ line: schemas/* number */.aig(), column: schemas/* number */.aig() }).nullable().optional(),
})
    .loose();
const jestJsonSchema = schemas/* object */.Ikc({
    numTotalTests: schemas/* number */.aig(),
    numPassedTests: schemas/* number */.aig(),
    numFailedTests: schemas/* number */.aig(),
    numPendingTests: schemas/* number */.aig(),
    numTodoTests: schemas/* number */.aig().optional(),
    numRuntimeErrorTestSuites: schemas/* number */.aig().optional(),
    startTime: schemas/* number */.aig().optional(),
    testResults: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        status: schemas/* string */.YjP(),
        message: schemas/* string */.YjP().nullable().optional(),
        startTime: schemas/* number */.aig().optional(),
        endTime: schemas/* number */.aig().optional(),
        assertionResults: schemas/* array */.YOg(assertion),
    })
        .loose()),
})
    .loose();

;// CONCATENATED MODULE: ./src/parsers/lcov.ts
function parseLcov(text) {
    const files = [];
    let current;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line.startsWith('SF:')) {
            current = { file: line.slice(3), lines: new Map() };
            files.push(current);
        }
        else if (line.startsWith('DA:') && current) {
            const [number, hits] = line.slice(3).split(',');
            const lineNumber = Number(number);
            if (Number.isInteger(lineNumber))
                current.lines.set(lineNumber, Math.max(current.lines.get(lineNumber) ?? 0, Number(hits) || 0));
        }
        else if (line === 'end_of_record') {
            current = undefined;
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./src/tools/js-tests.ts
// What jest and vitest share: the jest-compatible JSON report, istanbul's coverage-summary.json (where a pct
// can be the string "Unknown") and lcov for the missing lines. Pure.







const counts = schemas/* object */.Ikc({ total: schemas/* number */.aig(), covered: schemas/* number */.aig(), pct: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]) })
    .loose();
const coverageSummarySchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ lines: counts }).loose());
const MESSAGE_LINES = 12;
/** The files a jest or vitest run writes into its scratch directory, for parse() to read. */
function jsTestFiles(ctx, report) {
    const coverageDir = external_node_path_default().join(ctx.tempDir, 'coverage');
    const reportFile = external_node_path_default().join(ctx.tempDir, report);
    if (!ctx.withCoverage)
        return { reportFile, coverageDir, reads: { report: reportFile } };
    return {
        reportFile,
        coverageDir,
        reads: {
            report: reportFile,
            coverageSummary: external_node_path_default().join(coverageDir, 'coverage-summary.json'),
            lcov: external_node_path_default().join(coverageDir, 'lcov.info'),
        },
    };
}
function parseJsTestRun(tool, run, ctx) {
    const reportText = run.files?.report;
    const parsed = reportText === undefined ? undefined : parseJson(reportText, jestJsonSchema, `${tool} JSON report`);
    const withCoverage = (result) => ctx.withCoverage ? { ...result, ...readCoverage(run, ctx) } : result;
    const problem = runTrouble(run);
    if (problem)
        return withCoverage(parsed?.ok ? { ...problem, ...results(tool, parsed.value, ctx) } : problem);
    if (parsed === undefined) {
        // Both exit 1 without a report when nothing matches their test patterns.
        if (/^No test(s| files) found/m.test((0,src_text/* stripAnsi */.aJ)(run.stderr + run.stdout))) {
            return withCoverage({ outcome: 'fail', findings: [], reason: 'no tests were found' });
        }
        const cause = (0,src_text/* tellingLine */.c$)(run.stderr || run.stdout);
        return withCoverage(trouble(`${tool} exited with ${run.exitCode} before writing its JSON report${cause ? `: ${cause}` : ''}`));
    }
    if (!parsed.ok)
        return withCoverage(parsed.result);
    const { tests, findings } = results(tool, parsed.value, ctx);
    if (tests.total === 0 && findings.length === 0) {
        return withCoverage({ outcome: 'fail', findings, tests, reason: 'no tests were found' });
    }
    // Every test passed and the runner failed on the project's own coverage threshold: the tests pass,
    // the coverage check fails with the runner's words.
    const thresholdMissed = ctx.withCoverage
        ? coverageThresholdFailure(`${run.stderr}\n${run.stdout}`)
        : undefined;
    if (run.exitCode !== 0 && findings.length === 0 && thresholdMissed !== undefined) {
        return withCoverage({ outcome: 'pass', findings, tests, coverageFailure: thresholdMissed });
    }
    if (run.exitCode !== 0 && findings.length === 0) {
        return withCoverage({
            ...trouble(`${tool} exited with ${run.exitCode} but its report shows no failing test`),
            tests,
        });
    }
    return withCoverage({ outcome: findings.length > 0 ? 'fail' : 'pass', findings, tests });
}
/**
 * jest's `Jest: "global" coverage threshold for lines (90%) not met: 40%` and vitest's `ERROR: Coverage for
 * lines (25%) does not meet global threshold (90%)`, one line per missed threshold (per file or glob too).
 */
const THRESHOLD_MISSED = /^(?:Jest: "(?<jestScope>[^"]+)" coverage threshold for (?<jestMetric>\w+) \((?<jestMin>[\d.]+)%\) not met: .+|ERROR: Coverage for (?<metric>\w+) \([\d.]+%\) does not meet (?<scope>.+?) threshold \((?<min>[\d.]+)%\))$/gm;
function coverageThresholdFailure(output) {
    const matches = [...(0,src_text/* stripAnsi */.aJ)(output).matchAll(THRESHOLD_MISSED)];
    if (matches.length === 0)
        return undefined;
    const reason = matches.map((match) => match[0].trim()).join('; ');
    // The line threshold that applies to the whole project, when one was missed: the figure the summary shows.
    const global = matches.find(({ groups = {} }) => groups.jestMetric !== undefined
        ? groups.jestScope === 'global' && groups.jestMetric === 'lines'
        : groups.scope === 'global' && groups.metric === 'lines')?.groups;
    const threshold = Number(global?.jestMin ?? global?.min);
    return Number.isFinite(threshold) ? { reason, threshold } : { reason };
}
/**
 * jest's `● Validation Warning:` and `● Deprecation Warning:` blocks (unknown or renamed config options),
 * each as its heading and first sentence.
 */
function jestWarnings(run) {
    const lines = (0,src_text/* stripAnsi */.aJ)(run.stderr).split(/\r?\n/);
    return lines.flatMap((line, index) => {
        const heading = /^● (.*Warning):$/.exec(line)?.[1];
        if (heading === undefined)
            return [];
        const sentence = lines.slice(index + 1).find((next) => next.trim() !== '');
        return [sentence ? `${heading}: ${sentence.trim()}` : heading];
    });
}
/** vitest's ` DEPRECATED ` lines: options it no longer reads (`test.poolOptions` was removed in Vitest 4 …). */
function vitestWarnings(run) {
    return warningLines(run.stderr, /^\s*DEPRECATED\s+(.+)$/);
}
function results(tool, report, ctx) {
    const findings = [];
    const failures = [];
    const all = [];
    for (const file of report.testResults) {
        const path = workspacePath(file.name, ctx);
        for (const assertion of file.assertionResults) {
            const outcome = assertion.status === 'passed' ? 'passed' : assertion.status === 'failed' ? 'failed' : 'skipped';
            const test = {
                id: `${path} > ${assertion.fullName.trim()}`,
                outcome,
                durationMs: Math.round(assertion.duration ?? 0),
                file: path,
            };
            if (assertion.location)
                test.line = assertion.location.line;
            all.push(test);
            if (outcome !== 'failed')
                continue;
            const message = (0,src_text/* stripAnsi */.aJ)((assertion.failureMessages ?? []).join('\n')).trim();
            failures.push({ ...test, message: message.slice(0, 8000) });
            findings.push(finding({
                tool,
                severity: 'error',
                // vitest before 2 puts an empty file-level title first: ' math subtracts'.
                rule: assertion.fullName.trim(),
                message: `Failed: ${firstLines(message) || 'no message'}`,
                file: path,
                line: assertion.location?.line ?? lineFromStack(message, file.name, path),
            }));
        }
        // A file that failed to run (syntax error, failing import) has no failing assertion to carry it.
        // jest heads the message with "● Test suite failed to run"; the cause is on the lines after it.
        const fileMessage = (0,src_text/* stripAnsi */.aJ)(file.message ?? '')
            .replace(/^\s*● Test suite failed to run\s*/, '')
            .trim();
        if (file.status === 'failed' &&
            fileMessage &&
            !file.assertionResults.some((item) => item.status === 'failed')) {
            failures.push({
                id: path,
                outcome: 'error',
                durationMs: 0,
                file: path,
                message: fileMessage.slice(0, 8000),
            });
            findings.push(finding({
                tool,
                severity: 'error',
                rule: path,
                message: `Test file failed to run: ${firstLines(fileMessage)}`,
                file: path,
                line: lineFromStack(fileMessage, file.name, path),
            }));
        }
    }
    const errors = failures.filter((item) => item.outcome === 'error').length;
    const durationMs = report.testResults.reduce((sum, file) => sum + Math.max(0, (file.endTime ?? 0) - (file.startTime ?? file.endTime ?? 0)), 0);
    return {
        findings,
        tests: {
            total: report.numTotalTests,
            passed: report.numPassedTests,
            failed: report.numFailedTests,
            errors,
            skipped: report.numPendingTests + (report.numTodoTests ?? 0),
            durationMs: Math.round(durationMs),
            slowest: all
                .filter((item) => item.outcome !== 'skipped')
                .sort((a, b) => b.durationMs - a.durationMs)
                .slice(0, 5),
            failures,
        },
    };
}
function readCoverage(run, ctx) {
    const text = run.files?.coverageSummary;
    if (text === undefined)
        return { coverageTrouble: 'no coverage-summary.json was written' };
    const parsed = parseJson(text, coverageSummarySchema, 'istanbul coverage summary');
    if (!parsed.ok)
        return { coverageTrouble: parsed.result.reason ?? 'unreadable coverage summary' };
    const total = parsed.value.total;
    if (!total)
        return { coverageTrouble: 'coverage-summary.json has no total' };
    const missing = new Map();
    const executed = new Map();
    for (const file of parseLcov(run.files?.lcov ?? '')) {
        const lines = [...file.lines];
        missing.set(workspacePath(file.file, ctx), lines.filter(([, hits]) => hits === 0).map(([line]) => line));
        executed.set(workspacePath(file.file, ctx), lines.filter(([, hits]) => hits > 0).map(([line]) => line));
    }
    const files = Object.entries(parsed.value)
        .filter(([name]) => name !== 'total')
        .map(([name, entry]) => {
        const file = workspacePath(name, ctx);
        return {
            file,
            percent: linePercent(entry.lines.covered, entry.lines.total),
            covered: entry.lines.covered,
            statements: entry.lines.total,
            missingLines: missing.get(file) ?? [],
            ...(executed.has(file) ? { executedLines: executed.get(file) } : {}),
        };
    });
    return {
        coverage: {
            percent: linePercent(total.lines.covered, total.lines.total),
            covered: total.lines.covered,
            statements: total.lines.total,
            files,
        },
    };
}
function firstLines(text) {
    const lines = text.split('\n').filter((line) => !/^\s+at /.test(line));
    const kept = lines.slice(0, MESSAGE_LINES).join('\n').trim();
    return kept.length > 2000 ? `${kept.slice(0, 2000)}…` : kept;
}
/**
 * The failing line from a stack frame in the test file itself, when the report gives no location. jest
 * prints frames relative to its root, vitest absolute: either name counts.
 */
function lineFromStack(message, ...names) {
    for (const name of names) {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const match = new RegExp(`(?:^|[\\s(/])${escaped}:(\\d+):\\d+`, 'm').exec(message);
        if (match)
            return Number(match[1]);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/tools/jest.ts
// jest with `--ci --json --outputFile --testLocationInResults`; with coverage, istanbul's json-summary and
// lcov reporters into a scratch directory.


const jest = {
    id: 'jest',
    docsUrl: 'https://jestjs.io/',
    kind: 'test',
    ecosystem: 'node',
    language: 'javascript',
    evidence: {
        files: ['jest.config.js', 'jest.config.cjs', 'jest.config.mjs', 'jest.config.ts', 'jest.config.json'],
        packageJsonKeys: ['jest'],
        npmPackages: ['jest'],
    },
    aim: () => ({ targets: [] }),
    // Its config in package.json is plain data; a jest.config.* file is code, read only by jest.
    coverageThreshold: (scan) => {
        const lines = asRecord(asRecord(asRecord(scan.packageJson?.jest).coverageThreshold).global).lines;
        return typeof lines === 'number' && lines > 0
            ? { percent: lines, from: 'coverageThreshold.global.lines in package.json "jest"' }
            : undefined;
    },
    executable: 'jest',
    commandLine: {
        ownedFlags: {
            '--ci': 0,
            '--json': 0,
            '--outputFile': 1,
            '--testLocationInResults': 0,
            '--coverage': 0,
            '--collectCoverage': 0,
            '--coverageReporters': 1,
            '--coverageDirectory': 1,
            '--watch': 0,
            '--watchAll': 0,
        },
    },
    npmPackage: 'jest',
    warnings: jestWarnings,
    runsInProject: true,
    command(ctx) {
        const { reportFile, coverageDir, reads } = jsTestFiles(ctx, 'jest.json');
        const coverage = ctx.withCoverage
            ? [
                '--coverage',
                '--coverageReporters=json-summary',
                '--coverageReporters=lcovonly',
                `--coverageDirectory=${coverageDir}`,
            ]
            : [];
        return {
            argv: [
                ...ctx.launcher,
                '--ci',
                '--json',
                `--outputFile=${reportFile}`,
                '--testLocationInResults',
                ...coverage,
                ...ctx.targets,
            ],
            reads,
        };
    },
    parse: (run, ctx) => parseJsTestRun('jest', run, ctx),
};

;// CONCATENATED MODULE: ./src/tools/mypy.ts
// mypy: JSON Lines with `--output=json` (≥1.11), text before. Exit 0 clean, 1 errors, 2 blocking error or crash.
// In JSON, columns are 0-based and end columns exclusive; in text (with --show-column-numbers) 1-based.



const jsonLine = schemas/* object */.Ikc({
    file: schemas/* string */.YjP(),
    line: schemas/* number */.aig(),
    column: schemas/* number */.aig().nullable().optional(),
    end_line: schemas/* number */.aig().nullable().optional(),
    end_column: schemas/* number */.aig().nullable().optional(),
    message: schemas/* string */.YjP(),
    hint: schemas/* string */.YjP().nullable().optional(),
    code: schemas/* string */.YjP().nullable().optional(),
    severity: schemas/* string */.YjP(),
});
// path:line[:col[:end_line:end_col]]: severity: message  [code]
const TEXT_LINE = /^(.+?):(\d+)(?::(\d+))?(?::(\d+):(\d+))?: (error|note|warning): (.*?)(?: {2}\[([\w-]+)\])?$/;
const usesJson = (ctx) => atLeast(ctx.version, '1.11');
const mypy = {
    id: 'mypy',
    docsUrl: 'https://mypy.readthedocs.io/',
    defaultPin: { package: 'mypy', registry: 'pypi', version: '2.4.1' },
    kind: 'typecheck',
    ecosystem: 'python',
    language: 'python',
    isDefault: true,
    evidence: {
        files: ['mypy.ini', '.mypy.ini'],
        pyprojectTables: [['tool', 'mypy']],
        iniSections: { 'setup.cfg': ['mypy'] },
        pythonPackages: ['mypy'],
        preCommitHooks: ['mypy'],
    },
    // With `files` in its config, mypy checks those; otherwise the working directory.
    aim: (scan) => ({ targets: configNamesFiles(scan) ? [] : ['.'] }),
    cacheDirs: ['.mypy_cache'],
    preCommitRepos: ['github.com/pre-commit/mirrors-mypy'],
    executable: 'mypy',
    commandLine: {
        // mirrors-mypy's .pre-commit-hooks.yaml
        hookDefaultArgs: ['--ignore-missing-imports', '--scroll-output'],
        ownedFlags: {
            '--output': 1,
            '-O': 1,
            '--pretty': 0,
            '--no-pretty': 0,
            '--color-output': 0,
            '--no-color-output': 0,
            '--error-summary': 0,
            '--no-error-summary': 0,
            '--scroll-output': 0,
            '--show-column-numbers': 0,
            '--show-error-end': 0,
            '--show-error-codes': 0,
        },
    },
    python: { module: 'mypy', distribution: 'mypy' },
    // Complaints about its config file, `pyproject.toml: [mypy]: Unrecognized option: …`, and `Warning: …`.
    warnings: (run) => warningLines(run.stderr, /^(.+?: \[mypy[^\]]*\]: .+|Warning: .+)$/),
    command: (ctx) => ({
        argv: [
            ...ctx.launcher,
            ...(usesJson(ctx)
                ? ['--output=json']
                : [
                    '--show-column-numbers',
                    '--show-error-end',
                    '--show-error-codes',
                    '--no-pretty',
                    '--no-color-output',
                ]),
            '--no-error-summary',
            // An isolated mypy resolves the project's imports through the project's interpreter.
            ...(ctx.python !== undefined && ctx.launcher[0] !== ctx.python
                ? ['--python-executable', ctx.python]
                : []),
            ...ctx.targets,
        ],
    }),
    parse(run, ctx) {
        const problem = runTrouble(run);
        if (problem)
            return problem;
        if (run.exitCode !== 0 && run.exitCode !== 1 && run.exitCode !== 2) {
            return crashed(run, 'not a mypy status');
        }
        const parsed = usesJson(ctx) ? parseJsonLines(run.stdout, ctx) : parseText(run.stdout, ctx);
        if ('outcome' in parsed)
            return parsed;
        const findings = foldNotes(parsed);
        if (run.exitCode === 2) {
            return { ...crashed(run, 'blocking error: mypy could not check the project'), findings };
        }
        if (run.exitCode === 1 && !findings.some((item) => item.severity === 'error')) {
            return crashed(run, 'mypy failed without reporting an error');
        }
        return fromFindings(findings, run);
    },
};
function parseJsonLines(stdout, ctx) {
    const diagnostics = [];
    for (const line of stdout.split(/\r?\n/)) {
        if (!line.startsWith('{'))
            continue;
        let data;
        try {
            data = JSON.parse(line);
        }
        catch {
            return trouble(`printed a line that is not JSON: ${line.slice(0, 200)}`);
        }
        const checked = jsonLine.safeParse(data);
        if (!checked.success)
            return trouble(`printed a JSON line of an unexpected shape: ${line.slice(0, 200)}`);
        const item = checked.data;
        const kind = item.severity === 'note' ? 'note' : item.severity === 'warning' ? 'warning' : 'error';
        diagnostics.push({
            ...finding({
                tool: 'mypy',
                severity: severityOf(kind),
                rule: item.code ?? undefined,
                message: item.hint ? `${item.message}\n${item.hint}` : item.message,
                file: workspacePath(item.file, ctx),
                line: position(item.line),
                column: position(item.column, 1),
                endLine: position(item.end_line),
                endColumn: position(item.end_column, 1),
                url: item.code ? `https://mypy.readthedocs.io/en/stable/_refs.html#code-${item.code}` : undefined,
            }),
            kind,
        });
    }
    return diagnostics;
}
function parseText(stdout, ctx) {
    const diagnostics = [];
    for (const line of stdout.split(/\r?\n/)) {
        if (line.trim() === '')
            continue;
        const match = TEXT_LINE.exec(line);
        if (!match) {
            // Blocking errors and crashes print free text; they are judged by the exit code.
            continue;
        }
        const [, file, row, col, endRow, endCol, kind, message, code] = match;
        diagnostics.push({
            ...finding({
                tool: 'mypy',
                severity: severityOf(kind),
                rule: code,
                message: message ?? '',
                file: workspacePath(file ?? '', ctx),
                line: position(Number(row)),
                column: col === undefined ? undefined : position(Number(col)),
                endLine: endRow === undefined ? undefined : position(Number(endRow)),
                // Printed end columns are 0-based exclusive offsets; ours are 1-based exclusive.
                endColumn: endCol === undefined ? undefined : position(Number(endCol), 1),
                url: code ? `https://mypy.readthedocs.io/en/stable/_refs.html#code-${code}` : undefined,
            }),
            kind: kind,
        });
    }
    return diagnostics;
}
function severityOf(kind) {
    return kind === 'note' ? 'notice' : kind === 'warning' ? 'warning' : 'error';
}
/** A note right after an error on the same line explains that error: fold it in. Other notes stand alone. */
function foldNotes(diagnostics) {
    const findings = [];
    let previous;
    for (const { kind, ...item } of diagnostics) {
        if (kind === 'note' &&
            previous !== undefined &&
            previous.kind !== 'note' &&
            previous.finding.file === item.file &&
            previous.finding.line === item.line) {
            previous.finding.message += `\n${item.message}`;
            continue;
        }
        findings.push(item);
        previous = { finding: item, kind };
    }
    return findings;
}
/** Whether mypy's own config — the first of mypy.ini, .mypy.ini, pyproject.toml, setup.cfg it reads — names `files`. */
function configNamesFiles(scan) {
    const named = (value) => typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) && value.length > 0;
    for (const file of ['mypy.ini', '.mypy.ini']) {
        const sections = scan.ini[file];
        if (sections !== undefined)
            return named(sections.mypy?.files);
    }
    if (tomlTable(scan.pyproject, 'tool', 'mypy'))
        return named(asRecord(asRecord(scan.pyproject?.tool).mypy).files);
    return named(scan.ini['setup.cfg']?.mypy?.files);
}

;// CONCATENATED MODULE: ./src/tools/prettier.ts
// prettier `--list-different`: the paths that would change, one per line on stdout. It gives no diff, so a
// finding is the whole file. Exit 0 formatted, 1 unformatted, 2 error (a syntax error is tool trouble).



const IGNORE_FILES = ['.gitignore', '.prettierignore'];
/**
 * Below the repository root (a workspace package), prettier reads .gitignore and .prettierignore from
 * where it runs only: the root's are added, with the package's own kept (missing ones are no error).
 * The project's own --ignore-path wins.
 */
function ignorePaths(ctx) {
    const below = external_node_path_default().relative(ctx.workspace, ctx.cwd);
    if (below === '' || below.startsWith('..') || ctx.targets.some((arg) => arg.startsWith('--ignore-path'))) {
        return [];
    }
    const files = [
        ...IGNORE_FILES,
        ...IGNORE_FILES.map((name) => external_node_path_default().join(external_node_path_default().relative(ctx.cwd, ctx.workspace), name)),
    ];
    return files.flatMap((file) => ['--ignore-path', file.split((external_node_path_default()).sep).join('/')]);
}
const prettier = {
    id: 'prettier',
    docsUrl: 'https://prettier.io/',
    defaultPin: { package: 'prettier', registry: 'npm', version: '3.10.1' },
    kind: 'format',
    ecosystem: 'node',
    language: 'javascript',
    isDefault: true,
    evidence: {
        inParents: true,
        files: [
            '.prettierrc',
            '.prettierrc.json',
            '.prettierrc.yaml',
            '.prettierrc.yml',
            '.prettierrc.json5',
            '.prettierrc.js',
            '.prettierrc.cjs',
            '.prettierrc.mjs',
            '.prettierrc.toml',
            'prettier.config.js',
            'prettier.config.cjs',
            'prettier.config.mjs',
            'prettier.config.ts',
        ],
        packageJsonKeys: ['prettier'],
        npmPackages: ['prettier'],
    },
    executable: 'prettier',
    commandLine: {
        ownedFlags: {
            '--check': 0,
            '-c': 0,
            '--write': 0,
            '-w': 0,
            '--list-different': 0,
            '-l': 0,
            '--log-level': 1,
            '--loglevel': 1,
            '--color': 0,
            '--no-color': 0,
        },
        fileExtensions: [
            '.js',
            '.jsx',
            '.mjs',
            '.cjs',
            '.ts',
            '.tsx',
            '.mts',
            '.cts',
            '.json',
            '.md',
            '.css',
            '.scss',
            '.less',
            '.html',
            '.vue',
            '.yaml',
            '.yml',
            '.graphql',
        ],
    },
    npmPackage: 'prettier',
    command: (ctx) => ({
        argv: [...ctx.launcher, '--list-different', ...ignorePaths(ctx), ...ctx.targets],
    }),
    // With --list-different the files go to stdout; stderr's `[warn] …` lines are about its config
    // (`Ignored unknown option { semi2: false }.`), once per file it formats: shown once.
    warnings: (run) => warningLines(run.stderr, /^\[warn\] (.+)$/),
    parse(run, ctx) {
        const problem = runTrouble(run);
        if (problem)
            return problem;
        if (run.exitCode === 2)
            return crashed(run, 'prettier could not parse a file, or its config is invalid');
        if (run.exitCode !== 0 && run.exitCode !== 1)
            return unexpectedExit(run);
        const files = (0,src_text/* stripAnsi */.aJ)(run.stdout)
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean);
        if (run.exitCode === 1 && files.length === 0)
            return crashed(run, 'prettier failed without naming a file');
        return fromFindings(files.map((file) => finding({
            tool: 'prettier',
            severity: 'error',
            message: 'File is not formatted with prettier',
            file: workspacePath(file, ctx),
        })), run);
    },
};

;// CONCATENATED MODULE: ./src/tools/pylint.ts
// pylint: `json2` (≥3.0) or the flat `json` (before). Columns are 0-based. The exit code is a bit mask:
// 1 fatal, 2 error, 4 warning, 8 refactor, 16 convention, 32 usage error.


const message = schemas/* object */.Ikc({
    type: schemas/* string */.YjP(),
    symbol: schemas/* string */.YjP(),
    message: schemas/* string */.YjP(),
    line: schemas/* number */.aig().nullable().optional(),
    column: schemas/* number */.aig().nullable().optional(),
    endLine: schemas/* number */.aig().nullable().optional(),
    endColumn: schemas/* number */.aig().nullable().optional(),
    path: schemas/* string */.YjP(),
    messageId: schemas/* string */.YjP().optional(),
    'message-id': schemas/* string */.YjP().optional(),
});
const jsonReport = schemas/* array */.YOg(message);
const json2Report = schemas/* object */.Ikc({ messages: schemas/* array */.YOg(message) });
const pylint_SEVERITY = {
    fatal: 'error',
    error: 'error',
    warning: 'warning',
    refactor: 'notice',
    convention: 'notice',
    info: 'notice',
};
const usesJson2 = (ctx) => atLeast(ctx.version, '3.0');
/** pylint's exit status is a bit mask of the message categories it emitted (32 is a usage error). */
const PYLINT_EXIT_BITS = [
    [1, 'fatal'],
    [2, 'error'],
    [4, 'warning'],
    [8, 'refactor'],
    [16, 'convention'],
];
const pylint = {
    id: 'pylint',
    docsUrl: 'https://pylint.readthedocs.io/',
    defaultPin: { package: 'pylint', registry: 'pypi', version: '4.1.4' },
    kind: 'lint',
    ecosystem: 'python',
    language: 'python',
    evidence: {
        files: ['.pylintrc', 'pylintrc'],
        pyprojectTables: [['tool', 'pylint']],
        pythonPackages: ['pylint'],
        preCommitHooks: ['pylint'],
    },
    preCommitRepos: ['github.com/pycqa/pylint', 'github.com/pylint-dev/pylint'],
    executable: 'pylint',
    commandLine: { ownedFlags: { '--output-format': 1, '-f': 1, '--output': 1, '--msg-template': 1 } },
    python: { module: 'pylint', distribution: 'pylint' },
    command: (ctx) => ({
        argv: [
            ...ctx.launcher,
            `--output-format=${usesJson2(ctx) ? 'json2' : 'json'}`,
            ...(ctx.targets.length > 0 ? ['--recursive=y'] : []),
            ...ctx.targets,
        ],
    }),
    describeExit: (code) => {
        const kinds = PYLINT_EXIT_BITS.filter(([bit]) => code & bit).map(([, kind]) => kind);
        return kinds.length > 0 ? `${kinds.join(', ')} messages` : undefined;
    },
    parse(run, ctx) {
        const problem = runTrouble(run);
        if (problem)
            return problem;
        const code = run.exitCode ?? 0;
        if (code & 32)
            return crashed(run, 'pylint usage error');
        if (code > 63)
            return crashed(run, 'not a pylint status');
        const parsed = usesJson2(ctx)
            ? parseJson(run.stdout, json2Report, 'pylint json2 report')
            : parseJson(run.stdout, jsonReport, 'pylint json report');
        if (!parsed.ok)
            return parsed.result;
        const messages = Array.isArray(parsed.value) ? parsed.value : parsed.value.messages;
        if (code & 1 && messages.length === 0)
            return crashed(run, 'pylint reported a fatal error');
        const findings = messages.map((item) => finding({
            tool: 'pylint',
            severity: pylint_SEVERITY[item.type] ?? 'warning',
            rule: item.symbol,
            message: item.message,
            file: workspacePath(item.path, ctx),
            line: position(item.line),
            column: position(item.column, 1),
            endLine: position(item.endLine),
            endColumn: position(item.endColumn, 1),
            url: `https://pylint.readthedocs.io/en/stable/user_guide/messages/${item.type}/${item.symbol}.html`,
        }));
        return fromFindings(findings, run);
    },
};

;// CONCATENATED MODULE: ./src/gate.ts
const RANK = { error: 3, warning: 2, notice: 1 };
const THRESHOLD = {
    error: 3,
    warning: 2,
    never: Number.POSITIVE_INFINITY,
};
/** Whether a finding fails its check by its severity (`fail-on: error|warning`); under `tool` the tool decides. */
function isBlocking(finding, policy) {
    if (policy.failOn === 'tool')
        return false;
    return RANK[finding.severity] >= THRESHOLD[policy.failOn];
}
/**
 * Turns an adapter's view of a run into the check's outcome under the policy. `fail-on: tool` takes the
 * tool's own verdict (its exit status); `error`/`warning` rank findings by severity; `never` passes them.
 * Failing tests fail the test check whatever it says.
 */
function judge(parsed, policy, kind) {
    if (parsed.outcome === 'error')
        return withReason({ outcome: 'error', blocking: 0 }, parsed);
    if (kind === 'test') {
        const failing = parsed.findings.filter((finding) => finding.severity === 'error').length;
        return withReason({ outcome: parsed.outcome, blocking: failing }, parsed);
    }
    if (policy.failOn === 'tool') {
        const blocking = parsed.outcome === 'fail' ? parsed.findings.length : 0;
        return withReason({ outcome: parsed.outcome, blocking }, parsed);
    }
    const blocking = parsed.findings.filter((finding) => isBlocking(finding, policy)).length;
    // A failure with nothing to rank (a formatter's, a tool's own "no input") still fails.
    const failed = blocking > 0 || (parsed.outcome === 'fail' && parsed.findings.length === 0);
    return withReason({ outcome: failed ? 'fail' : 'pass', blocking }, parsed);
}
function withReason(judged, parsed) {
    return parsed.reason === undefined ? judged : { ...judged, reason: parsed.reason };
}
/** What decided a static check's outcome, for the summary: the tool's exit status or the severity rule. */
function decidedBy(runs, policy, describeExit) {
    if (policy.failOn === 'never')
        return 'fail-on: never (findings are reported, never fail)';
    if (policy.failOn !== 'tool')
        return `findings of severity ${policy.failOn} or above (fail-on: ${policy.failOn})`;
    const statuses = runs.map(({ exitCode }) => {
        const meaning = exitCode === null || exitCode === 0 ? undefined : describeExit?.(exitCode);
        return `${exitCode ?? 'none'}${meaning ? ` (${meaning})` : ''}`;
    });
    return `its exit status (fail-on: tool): ${statuses.join(', ')}`;
}
/**
 * The coverage check: trouble is an error; below the threshold fails; no threshold only reports. The
 * threshold is `coverage-threshold` when set, else the project's own, as its coverage tool applied it.
 */
function judgeCoverage(coverage, trouble, policy, own, configured) {
    if (coverage === undefined)
        return { outcome: 'error', blocking: 0, reason: trouble ?? own?.reason ?? 'no coverage was measured' };
    const reasons = [];
    const threshold = policy.coverageThreshold;
    if (threshold !== undefined)
        coverage.threshold = threshold;
    if (threshold !== undefined && coverage.percent < threshold) {
        reasons.push(`coverage ${formatPercent(coverage.percent)}% is below the threshold ${threshold}%`);
    }
    if (threshold === undefined && own !== undefined) {
        if (own.threshold !== undefined)
            coverage.threshold = own.threshold;
        reasons.push(own.reason);
    }
    // Met (or decided by the tool): the project's threshold is shown beside the figure all the same.
    if (coverage.threshold === undefined && configured !== undefined) {
        coverage.threshold = configured.percent;
        coverage.thresholdFrom = configured.from;
    }
    const diff = coverage.diff;
    const diffThreshold = policy.diffCoverageThreshold;
    if (diff && diffThreshold !== undefined) {
        diff.threshold = diffThreshold;
        // A change that touched no executable line has nothing to cover: it passes.
        if (diff.percent !== undefined && diff.percent < diffThreshold) {
            reasons.push(`diff coverage ${formatPercent(diff.percent)}% is below the threshold ${diffThreshold}%`);
        }
    }
    if (reasons.length > 0)
        return { outcome: 'fail', blocking: 0, reason: reasons.join('; ') };
    return { outcome: 'pass', blocking: 0 };
}
/** Percentages as the `coverage` output shows them: 2 decimals, rounded down so 79.999 never reads as 80.00. */
function formatPercent(value) {
    return (Math.floor(value * 100 + 1e-9) / 100).toFixed(2);
}
function evaluate(checks, policy) {
    const reasons = [];
    const failedChecks = [];
    for (const check of checks) {
        if (check.outcome !== 'fail' && check.outcome !== 'error')
            continue;
        if (!failedChecks.includes(check.kind))
            failedChecks.push(check.kind);
        reasons.push(reasonFor(check, policy));
    }
    return { passed: reasons.length === 0, failedChecks, reasons };
}
function reasonFor(check, policy) {
    // In a workspace, the package says which vitest failed.
    const name = check.package !== undefined ? `${check.tool} in ${check.package}` : check.tool;
    if (check.outcome === 'error')
        return `${name} could not run: ${check.reason ?? 'tool error'}`;
    if (check.tests && check.tests.failed + check.tests.errors > 0) {
        const { failed, errors, total } = check.tests;
        return `${name}: ${[failed > 0 ? `${failed} failed` : '', errors > 0 ? gate_plural(errors, 'error') : ''].filter(Boolean).join(', ')} of ${gate_plural(total, 'test')}`;
    }
    if (check.blocking === 0)
        return `${name}: ${check.reason ?? 'failed'}`;
    // Under fail-on: tool every finding is part of what the tool failed on; else only those ranked high enough.
    const counted = policy.failOn === 'tool'
        ? check.findings
        : check.findings.filter((finding) => isBlocking(finding, policy));
    const bySeverity = countBySeverity(counted);
    const parts = ['error', 'warning', 'notice']
        .filter((severity) => bySeverity[severity] > 0)
        .map((severity) => gate_plural(bySeverity[severity], severity));
    return `${name}: ${parts.join(', ')}`;
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
function gate_plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
;// CONCATENATED MODULE: ./src/parsers/junit.ts
// JUnit XML as pytest writes it with `-o junit_family=xunit1` (xunit2 drops file and line). A real XML
// parser, not regular expressions: messages hold markup, entities and newlines.

const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    textNodeName: '#text',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});
function parseJunit(xml) {
    const valid = fxp/* XMLValidator */.iI.validate(xml);
    if (valid !== true)
        throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
    const root = parser.parse(xml);
    const container = root.testsuites ?? root;
    const suites = asNodes(container.testsuite);
    if (suites.length === 0)
        throw new Error('no <testsuite> element');
    const cases = [];
    let timeSeconds = 0;
    for (const suite of suites) {
        timeSeconds += number(suite.time) ?? 0;
        for (const testcase of asNodes(suite.testcase))
            cases.push(toCase(testcase));
    }
    return { cases, timeSeconds };
}
function toCase(node) {
    const failure = asNodes(node.failure)[0];
    const error = asNodes(node.error)[0];
    const skipped = asNodes(node.skipped)[0];
    const outcome = failure ? 'failed' : error ? 'error' : skipped ? 'skipped' : 'passed';
    const problem = failure ?? error ?? skipped;
    const item = {
        classname: junit_text(node.classname),
        name: junit_text(node.name),
        timeSeconds: number(node.time) ?? 0,
        outcome,
    };
    const file = junit_text(node.file);
    if (file)
        item.file = file;
    const line = number(node.line);
    if (line !== undefined)
        item.line = line + 1;
    if (problem) {
        const message = junit_text(problem.message) || junit_text(problem['#text']);
        if (message)
            item.message = message;
        const details = junit_text(problem['#text']);
        if (details && problem !== skipped)
            item.details = details;
    }
    return item;
}
function asNodes(value) {
    if (value === undefined || value === null)
        return [];
    const list = Array.isArray(value) ? value : [value];
    // An empty element such as <skipped/> parses to '' : it still counts.
    return list.map((item) => typeof item === 'object' && item !== null ? item : { '#text': String(item) });
}
function junit_text(value) {
    return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}
function number(value) {
    if (value === undefined || value === '')
        return undefined;
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
}

;// CONCATENATED MODULE: ./src/python-launch.ts
// How a Python tool is started as a module of an interpreter. `python -m flake8` puts the working directory
// first on sys.path, so a `flake8.py` (or `json.py`) committed by a pull request would be imported in place
// of the tool and run in a lint-only gate. Instead the interpreter runs a short bootstrap that drops that
// entry, imports the tool, and only then, for test runners, puts the directory back (tests import the
// project, as under `python -m pytest`). Works on every Python 3; `-P` would need 3.11. Pure.

const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** The statement that removes the working directory ('' under -c) from the front of sys.path. */
const DROP_WORKING_DIRECTORY = 'import sys;sys.path[:1]=[p for p in sys.path[:1] if p]';
/** argv for `python -m <module> …` that cannot import the project's files in place of the tool. */
function pythonModuleArgv(python, module, options = {}) {
    const modules = [module, ...(options.preload ?? [])];
    for (const name of modules) {
        if (!MODULE_NAME.test(name))
            throw new Error(`not a Python module name: ${name}`);
    }
    const statements = [
        DROP_WORKING_DIRECTORY,
        ...(options.projectOnPath
            ? [...modules.map((name) => `import ${name}`), 'import os;sys.path.insert(0,os.getcwd())']
            : []),
        `import runpy;runpy.run_module('${module}',run_name='__main__',alter_sys=True)`,
    ];
    return [python, '-c', statements.join(';')];
}
/** A virtual environment's interpreter: `Scripts\python.exe` on Windows, `bin/python` elsewhere. */
function venvInterpreter(venv, platform = process.platform) {
    return platform === 'win32'
        ? external_node_path_default().win32.join(venv, 'Scripts', 'python.exe')
        : external_node_path_default().posix.join(venv, 'bin', 'python');
}

;// CONCATENATED MODULE: ./src/tools/pytest.ts
// pytest, in the project's own interpreter (tests need the project's dependencies). JUnit XML in the
// xunit1 family (file and 0-based line per test). With the coverage check the same run happens under
// coverage.py, followed by `coverage json`: tests run once.
// Exit 0 passed, 1 failures, 2 interrupted (e.g. collection errors), 3 internal error, 4 usage error,
// 5 no tests collected, 6 too many warnings (9.1+).








/** coverage.py, which measures the test run in the pytest check: its built-in default pin. */
const COVERAGE_PIN = { package: 'coverage', registry: 'pypi', version: '7.17.3' };
const pytest_EXIT_MEANING = {
    2: 'pytest was interrupted',
    3: 'pytest internal error',
    4: 'pytest usage error',
};
const pytest_MESSAGE_LINES = 12;
const MESSAGE_CHARS = 2000;
const DETAILS_CHARS = 8000;
const files = (ctx) => ({
    junit: external_node_path_default().join(ctx.tempDir, 'junit.xml'),
    coverage: external_node_path_default().join(ctx.tempDir, 'coverage.json'),
});
const pytest = {
    id: 'pytest',
    docsUrl: 'https://docs.pytest.org/',
    defaultPin: { package: 'pytest', registry: 'pypi', version: '9.2.0' },
    kind: 'test',
    ecosystem: 'python',
    language: 'python',
    isDefault: true,
    evidence: {
        files: ['pytest.ini', 'conftest.py'],
        pyprojectTables: [['tool', 'pytest']],
        iniSections: { 'setup.cfg': ['tool:pytest'], 'tox.ini': ['pytest'] },
        pythonPackages: ['pytest'],
        preCommitHooks: ['pytest'],
        testsDirectory: true,
    },
    aim: () => ({ targets: [] }),
    coverageThreshold: coverageFailUnder,
    coverage: {
        name: 'coverage',
        python: { module: 'coverage', distribution: 'coverage' },
        defaultPin: COVERAGE_PIN,
    },
    executable: 'pytest',
    python: { module: 'pytest', distribution: 'pytest' },
    runsInProject: true,
    command(ctx) {
        const { junit, coverage } = files(ctx);
        // No cache in the project: the gate leaves its working tree as it found it.
        const pytestArgs = [
            '-p',
            'no:cacheprovider',
            '-o',
            'junit_family=xunit1',
            `--junitxml=${junit}`,
            ...ctx.targets,
        ];
        if (!ctx.withCoverage)
            return { argv: [...ctx.launcher, ...pytestArgs], reads: { junit } };
        const python = ctx.launcher[0] ?? 'python3';
        const coverageModule = pythonModuleArgv(python, 'coverage');
        return {
            // Parallel mode always, then combine: one path whether or not the project sets parallel = true (or
            // measures subprocesses), and the data files live in the gate's scratch directory, not the project.
            argv: [
                ...pythonModuleArgv(python, 'coverage', { projectOnPath: true, preload: ['pytest'] }),
                'run',
                '--parallel-mode',
                '-m',
                'pytest',
                ...pytestArgs,
            ],
            env: { COVERAGE_FILE: external_node_path_default().join(ctx.tempDir, '.coverage') },
            after: [
                [...coverageModule, 'combine', '--quiet'],
                [...coverageModule, 'json', '-o', coverage],
            ],
            reads: { junit, coverage },
        };
    },
    // Its own warnings from the warnings summary (`PytestConfigWarning: Unknown config option: foo`), not
    // those the project's code raises; coverage.py's about its settings (`CoverageWarning: Module src was
    // never imported`), from the run and from combine/json.
    warnings: (run) => [
        ...warningLines(run.stdout, /^\s+\S.*?:\d+: (Pytest\w*Warning: .+)$/),
        ...[run, ...(run.after ?? [])].flatMap((done) => pythonWarnings(done.stderr, /^CoverageWarning: /)),
    ],
    parse(run, ctx) {
        let junit;
        let junitProblem;
        const xml = run.files?.junit;
        if (xml !== undefined) {
            try {
                junit = parseJunit(xml);
            }
            catch (error) {
                junitProblem = `its JUnit report could not be read: ${(0,src_text/* errorMessage */.gJ)(error)}`;
            }
        }
        const tests = junit ? summarize(junit, ctx) : undefined;
        const findings = junit ? junit.cases.filter(isProblem).map((item) => toFinding(item, ctx)) : [];
        const withResults = (result) => {
            const full = {
                ...result,
                findings: result.findings.length > 0 ? result.findings : findings,
            };
            if (tests)
                full.tests = tests;
            if (ctx.withCoverage)
                Object.assign(full, pytest_readCoverage(run, ctx));
            return full;
        };
        const problem = runTrouble(run);
        if (problem)
            return withResults(problem);
        const code = run.exitCode ?? -1;
        if (code === 5)
            return withResults({ outcome: 'fail', findings: [], reason: 'no tests were collected' });
        if (pytest_EXIT_MEANING[code] !== undefined) {
            const collection = junit?.cases.filter(isCollectionError).length ?? 0;
            const why = collection > 0
                ? `${collection} error${collection === 1 ? '' : 's'} during collection`
                : pytest_EXIT_MEANING[code];
            return withResults(crashed(run, why ?? 'pytest failed'));
        }
        if (code !== 0 && code !== 1 && code !== 6)
            return withResults(crashed(run, 'not a pytest status'));
        if (!junit || !tests) {
            // A plugin that failed to load (pytest's, or coverage.py's) stops the run with exit 1 before any
            // report: its output says why.
            if (junitProblem === undefined && code !== 0)
                return withResults(crashed(run, 'the run stopped before pytest wrote its JUnit report'));
            return withResults(trouble(junitProblem ?? 'pytest wrote no JUnit report, so its results cannot be read'));
        }
        if (code === 1 && tests.failed + tests.errors === 0) {
            return withResults(crashed(run, 'pytest failed but its report shows no failing test'));
        }
        if (code === 6)
            return withResults({ outcome: 'fail', findings: [], reason: 'too many warnings (--max-warnings)' });
        return withResults({ outcome: findings.length > 0 ? 'fail' : 'pass', findings });
    },
};
/**
 * coverage.py's `fail_under`, from the file it reads its settings from: .coveragerc when it exists, else the
 * first of setup.cfg and tox.ini with a `coverage:` section, else pyproject.toml's [tool.coverage].
 */
function coverageFailUnder(scan) {
    const found = (value, from) => {
        const percent = typeof value === 'number' ? value : Number.parseFloat(String(value ?? ''));
        return Number.isFinite(percent) && percent > 0 ? { percent, from } : undefined;
    };
    const rc = scan.ini['.coveragerc'];
    if (rc !== undefined) {
        const section = rc.report !== undefined ? 'report' : 'coverage:report';
        return found(rc[section]?.fail_under, `fail_under in [${section}] of .coveragerc`);
    }
    for (const file of ['setup.cfg', 'tox.ini']) {
        const sections = scan.ini[file];
        if (sections === undefined || !Object.keys(sections).some((name) => name.startsWith('coverage:')))
            continue;
        return found(sections['coverage:report']?.fail_under, `fail_under in [coverage:report] of ${file}`);
    }
    const report = asRecord(asRecord(asRecord(scan.pyproject?.tool).coverage).report);
    return found(report.fail_under, 'fail_under in [tool.coverage.report] of pyproject.toml');
}
function isProblem(item) {
    return item.outcome === 'failed' || item.outcome === 'error';
}
function isCollectionError(item) {
    return item.outcome === 'error' && item.classname === '' && item.message === 'collection failure';
}
/** `tests/test_a.py::TestGroup::test_param[1]`, as pytest names it. */
function testId(item) {
    if (!item.file)
        return item.classname ? `${item.classname}::${item.name}` : item.name;
    // JUnit's file attribute uses the OS separator: tests\test_a.py on Windows.
    const file = item.file.replace(/\\/g, '/');
    if (item.classname === '')
        return file;
    const module = file.replace(/\.py$/, '').split('/').join('.');
    const inner = item.classname.startsWith(module) ? item.classname.slice(module.length) : '';
    return [file, ...inner.split('.').filter(Boolean), item.name].join('::');
}
function toFinding(item, ctx) {
    const id = testId(item);
    const collection = isCollectionError(item);
    const raisedLines = (item.details ?? '')
        .split('\n')
        .filter((line) => line.startsWith('E '))
        .map((line) => line.slice(1).trim());
    const message = collection
        ? `Collection failed: ${raisedLines.join('\n') || 'see the log'}`
        : `${item.outcome === 'error' ? 'Error' : 'Failed'}: ${item.message ?? 'no message'}`;
    return finding({
        tool: 'pytest',
        severity: 'error',
        rule: id,
        message: clip(message),
        file: item.file ? workspacePath(item.file, ctx) : undefined,
        line: item.line,
    });
}
function summarize(report, ctx) {
    const count = (outcome) => report.cases.filter((item) => item.outcome === outcome).length;
    const asCase = (item, withDetails) => {
        const test = {
            id: testId(item),
            outcome: item.outcome,
            durationMs: Math.round(item.timeSeconds * 1000),
        };
        if (item.file)
            test.file = workspacePath(item.file, ctx);
        if (item.line !== undefined)
            test.line = item.line;
        const text = withDetails ? (item.details ?? item.message) : undefined;
        if (text)
            test.message = text.length > DETAILS_CHARS ? `${text.slice(0, DETAILS_CHARS)}\n… (cut)` : text;
        return test;
    };
    return {
        total: report.cases.length,
        passed: count('passed'),
        failed: count('failed'),
        errors: count('error'),
        skipped: count('skipped'),
        durationMs: Math.round(report.timeSeconds * 1000),
        slowest: report.cases
            .filter((item) => item.outcome !== 'skipped')
            .sort((a, b) => b.timeSeconds - a.timeSeconds)
            .slice(0, 5)
            .map((item) => asCase(item, false)),
        failures: report.cases.filter(isProblem).map((item) => asCase(item, true)),
    };
}
function pytest_readCoverage(run, ctx) {
    const json = run.files?.coverage;
    if (json === undefined) {
        // The first follow-up that failed says why (combine's "No data to combine"), else the report's.
        const after = run.after?.find((done) => done.exitCode !== 0) ?? run.after?.at(-1);
        const why = after ? (0,src_text/* tail */.RT)(after.stderr || after.stdout, 1).trim() : '';
        return { coverageTrouble: `coverage.py wrote no report${why ? `: ${why}` : ''}` };
    }
    const parsed = parseJson(json, coverageJsonSchema, 'coverage.py JSON report');
    if (!parsed.ok)
        return { coverageTrouble: parsed.result.reason ?? 'unreadable coverage report' };
    const inside = (file) => {
        const relative = workspacePath(file, ctx);
        return relative !== '..' && !relative.startsWith('../') && !external_node_path_default().isAbsolute(relative);
    };
    const data = readCoverageJson(parsed.value, inside);
    const coverage = {
        percent: data.percent,
        covered: data.covered,
        statements: data.statements,
        files: data.files.map((file) => ({
            file: workspacePath(file.file, ctx),
            percent: file.percent,
            covered: file.covered,
            statements: file.statements,
            missingLines: file.missingLines,
            executedLines: file.executedLines,
        })),
    };
    if (data.branchPercent !== undefined)
        coverage.branchPercent = data.branchPercent;
    if (data.linePercent !== undefined)
        coverage.linePercent = data.linePercent;
    if (data.leftOut !== undefined)
        coverage.leftOut = data.leftOut;
    const failure = fellShort(run.after?.at(-1));
    if (failure === undefined)
        return { coverage };
    if (data.leftOut === undefined || failure.threshold === undefined)
        return { coverage, coverageFailure: failure };
    // coverage.py counted files outside the project against fail_under: held to it again without them.
    if (coverage.percent >= failure.threshold)
        return { coverage };
    return {
        coverage,
        coverageFailure: {
            reason: `Coverage failure: total of ${formatPercent(coverage.percent)} (the project's own files) is less than fail-under=${failure.threshold}`,
            threshold: failure.threshold,
        },
    };
}
/**
 * `coverage json` applies the project's fail_under as `coverage report` does: exit 2 and "Coverage failure:
 * total of 87 is less than fail-under=95" (the report is written all the same).
 */
function fellShort(after) {
    if (after === undefined || after.exitCode !== 2)
        return undefined;
    const line = /^Coverage failure: .*fail-under=([\d.]+).*$/m.exec(`${after.stdout}\n${after.stderr}`);
    if (line === null)
        return undefined;
    return { reason: line[0].trim(), threshold: Number(line[1]) };
}
function clip(text) {
    const lines = text.split('\n');
    const kept = lines.slice(0, pytest_MESSAGE_LINES).join('\n');
    const cut = kept.length > MESSAGE_CHARS ? `${kept.slice(0, MESSAGE_CHARS)}…` : kept;
    return lines.length > pytest_MESSAGE_LINES && cut === kept ? `${cut}\n…` : cut;
}

;// CONCATENATED MODULE: ./src/tools/ruff.ts
// ruff: `check --output-format json` (1-based, end exclusive) and `format --check --output-format json`
// (≥0.16; older versions print a diff with `--diff`). Exit 0 clean, 1 findings, 2 config/CLI/internal error.
// Since 0.16 filename and locations may be null, and a syntax error's code may be null.



const ruff_location = schemas/* object */.Ikc({ row: schemas/* number */.aig(), column: schemas/* number */.aig() }).nullable().optional();
const diagnostics = schemas/* array */.YOg(schemas/* object */.Ikc({
    code: schemas/* string */.YjP().nullable().optional(),
    name: schemas/* string */.YjP().optional(),
    message: schemas/* string */.YjP(),
    filename: schemas/* string */.YjP().nullable().optional(),
    location: ruff_location,
    end_location: ruff_location,
    url: schemas/* string */.YjP().nullable().optional(),
    fix: schemas/* object */.Ikc({ edits: schemas/* array */.YOg(schemas/* object */.Ikc({ location: ruff_location })).optional() })
        .loose()
        .nullable()
        .optional(),
}));
function ruff_toFinding(tool, item, ctx) {
    const rule = item.code ?? item.name ?? (tool === 'ruff' ? 'invalid-syntax' : undefined);
    return finding({
        tool,
        severity: 'error',
        rule: tool === 'ruff-format' ? undefined : rule,
        message: tool === 'ruff-format' ? 'File would be reformatted by ruff format' : item.message,
        file: item.filename ? workspacePath(item.filename, ctx) : undefined,
        // For the formatter, the first edit is where the first change starts.
        line: (tool === 'ruff-format' ? item.fix?.edits?.[0]?.location?.row : undefined) ?? item.location?.row,
        column: tool === 'ruff-format' ? undefined : item.location?.column,
        endLine: tool === 'ruff-format' ? undefined : item.end_location?.row,
        endColumn: tool === 'ruff-format' ? undefined : item.end_location?.column,
        url: item.url ?? undefined,
    });
}
function parseDiagnostics(tool, run, ctx) {
    const parsed = parseJson(run.stdout, diagnostics, 'ruff JSON report');
    if (!parsed.ok)
        return parsed.result;
    return fromFindings(parsed.value.map((item) => ruff_toFinding(tool, item, ctx)), run);
}
/** ruff's `warning: …` lines (deprecated settings, invalid `# noqa`), with the options it lists under them. */
const ruffWarnings = (run) => warningLines(run.stderr, /^warning: (.+)$/, { continued: true });
/** One package serves both commands: one pin. */
const RUFF_PIN = { package: 'ruff', registry: 'pypi', version: '0.17.5' };
const ruff = {
    id: 'ruff',
    docsUrl: 'https://docs.astral.sh/ruff/',
    defaultPin: RUFF_PIN,
    kind: 'lint',
    ecosystem: 'python',
    language: 'python',
    isDefault: true,
    evidence: {
        inParents: true,
        files: ['ruff.toml', '.ruff.toml'],
        pyprojectTables: [['tool', 'ruff']],
        pythonPackages: ['ruff'],
        preCommitHooks: ['ruff', 'ruff-check'],
    },
    cacheDirs: ['.ruff_cache'],
    preCommitRepos: ['github.com/astral-sh/ruff-pre-commit', 'github.com/charliermarsh/ruff-pre-commit'],
    commandLine: {
        modes: ['check'],
        bareIsMode: true,
        otherModes: ['format', 'rule', 'config', 'linter', 'clean', 'server', 'version', 'analyze', 'help'],
        ownedFlags: {
            '--fix': 0,
            '--no-fix': 0,
            '--unsafe-fixes': 0,
            '--exit-non-zero-on-fix': 0,
            '--show-fixes': 0,
            '--output-format': 1,
            '--format': 1,
            '-o': 1,
            '--output-file': 1,
            '--watch': 0,
            '-w': 0,
        },
    },
    executable: 'ruff',
    python: { module: 'ruff', distribution: 'ruff' },
    warnings: ruffWarnings,
    command: (ctx) => ({
        argv: [...ctx.launcher, 'check', '--no-fix', '--output-format', 'json', ...ctx.targets],
    }),
    parse(run, ctx) {
        const problem = runTrouble(run);
        if (problem)
            return problem;
        if (run.exitCode === 2)
            return crashed(run, 'ruff configuration, usage or internal error');
        if (run.exitCode !== 0 && run.exitCode !== 1)
            return unexpectedExit(run);
        return parseDiagnostics('ruff', run, ctx);
    },
};
const formatUsesJson = (ctx) => atLeast(ctx.version, '0.16');
const ruffFormat = {
    id: 'ruff-format',
    docsUrl: 'https://docs.astral.sh/ruff/formatter/',
    defaultPin: RUFF_PIN,
    kind: 'format',
    ecosystem: 'python',
    language: 'python',
    isDefault: true,
    // ruff formats too when the project configures its formatter, or uses ruff and no other formatter.
    evidence: {
        inParents: true,
        pyprojectTables: [['tool', 'ruff', 'format']],
        preCommitHooks: ['ruff-format'],
        follows: { tool: 'ruff', unless: ['black'] },
    },
    cacheDirs: ['.ruff_cache'],
    commandLine: { modes: ['format'], ownedFlags: { '--check': 0, '--diff': 0, '--output-format': 1 } },
    executable: 'ruff',
    python: { module: 'ruff', distribution: 'ruff' },
    warnings: ruffWarnings,
    command: (ctx) => ({
        argv: [
            ...ctx.launcher,
            'format',
            ...(formatUsesJson(ctx) ? ['--check', '--output-format', 'json'] : ['--diff']),
            ...ctx.targets,
        ],
    }),
    parse(run, ctx) {
        const problem = runTrouble(run);
        if (problem)
            return problem;
        if (run.exitCode === 2)
            return crashed(run, 'ruff configuration, usage or internal error');
        if (run.exitCode !== 0 && run.exitCode !== 1)
            return unexpectedExit(run);
        if (formatUsesJson(ctx)) {
            return parseDiagnostics('ruff-format', run, ctx);
        }
        if (run.exitCode === 0)
            return fromFindings([], run);
        const files = parseUnifiedDiff(run.stdout).map((diff) => diff.path);
        if (files.length === 0)
            return trouble('exited with 1 but printed no diff');
        return fromFindings(formatterFindings('ruff-format', 'File would be reformatted by ruff format', files, run.stdout, ctx), run);
    },
};

;// CONCATENATED MODULE: ./src/tools/tsc.ts

const LOCATED = /^(.+?)\((\d+),(\d+)\): (error|warning|message) TS(\d+): (.*)$/;
const GLOBAL = /^(error|warning|message) TS(\d+): (.*)$/;
/** TS5xxx: compiler options and tsconfig.json; TS18003: the config matches no input file. */
function isConfigDiagnostic(rule) {
    const code = Number(rule?.slice(2));
    return (code >= 5000 && code < 6000) || code === 18003;
}
const tsc = {
    id: 'tsc',
    docsUrl: 'https://www.typescriptlang.org/',
    kind: 'typecheck',
    ecosystem: 'node',
    language: 'javascript',
    evidence: { files: ['tsconfig.json'], npmPackages: ['typescript'] },
    aim: () => ({ targets: [] }),
    executable: 'tsc',
    commandLine: {
        ownedFlags: {
            '--noEmit': 0,
            '--pretty': 0,
            '--watch': 0,
            '-w': 0,
            '--emitDeclarationOnly': 0,
            '--listFiles': 0,
            '--listEmittedFiles': 0,
        },
    },
    npmPackage: 'typescript',
    runsInProject: true,
    command: (ctx) => ({ argv: [...ctx.launcher, '--noEmit', '--pretty', 'false', ...ctx.targets] }),
    parse(run, ctx) {
        const problem = runTrouble(run);
        if (problem)
            return problem;
        const findings = [];
        for (const line of run.stdout.split(/\r?\n/)) {
            const located = LOCATED.exec(line);
            const global = located ? undefined : GLOBAL.exec(line);
            if (located) {
                const [, file, row, col, level, code, message] = located;
                findings.push(finding({
                    tool: 'tsc',
                    severity: level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'notice',
                    rule: `TS${code}`,
                    message: message ?? '',
                    file: workspacePath(file ?? '', ctx),
                    line: Number(row),
                    column: Number(col),
                }));
            }
            else if (global) {
                const [, level, code, message] = global;
                findings.push(finding({
                    tool: 'tsc',
                    severity: level === 'error' ? 'error' : 'warning',
                    rule: `TS${code}`,
                    message: message ?? '',
                }));
            }
            else if (/^\s+\S/.test(line) && findings.length > 0) {
                const last = findings[findings.length - 1];
                last.message += `\n${line.trimEnd()}`;
            }
        }
        if (run.exitCode !== 0 && findings.length === 0)
            return crashed(run, 'tsc failed without reporting a diagnostic');
        // A broken tsconfig means the project was not checked at all: trouble, not a verdict on the code.
        const config = findings.find((item) => isConfigDiagnostic(item.rule));
        if (config)
            return { ...trouble(`tsc configuration error: ${config.message}`), findings };
        return fromFindings(findings, run);
    },
};

;// CONCATENATED MODULE: ./src/tools/vitest.ts
// vitest `run` with the json reporter written to a file. The reporter is set explicitly, so vitest's own
// GitHub Actions reporter never spends the step's annotation budget. Coverage through istanbul's
// json-summary and lcov, reported even when tests fail.


const vitest = {
    id: 'vitest',
    docsUrl: 'https://vitest.dev/',
    kind: 'test',
    ecosystem: 'node',
    language: 'javascript',
    evidence: {
        files: ['vitest.config.js', 'vitest.config.mjs', 'vitest.config.ts', 'vitest.config.mts'],
        npmPackages: ['vitest'],
    },
    aim: () => ({ targets: [] }),
    coveragePackages: ['@vitest/coverage-v8', '@vitest/coverage-istanbul'],
    executable: 'vitest',
    commandLine: {
        modes: ['run', 'watch', 'dev'],
        bareIsMode: true,
        otherModes: ['bench', 'list', 'init', 'related', 'typecheck'],
        ownedFlags: {
            '--run': 0,
            '--watch': 0,
            '-w': 0,
            '--ui': 0,
            '--reporter': 1,
            '--outputFile': 1,
            '--coverage': 0,
            '--coverage.enabled': 0,
            '--coverage.reporter': 1,
            '--coverage.reportsDirectory': 1,
            '--includeTaskLocation': 0,
        },
    },
    npmPackage: 'vitest',
    warnings: vitestWarnings,
    runsInProject: true,
    command(ctx) {
        const { reportFile, coverageDir, reads } = jsTestFiles(ctx, 'vitest.json');
        const coverage = ctx.withCoverage
            ? [
                '--coverage.enabled',
                '--coverage.reportOnFailure',
                '--coverage.reporter=json-summary',
                '--coverage.reporter=lcovonly',
                `--coverage.reportsDirectory=${coverageDir}`,
            ]
            : [];
        return {
            argv: [
                ...ctx.launcher,
                'run',
                '--reporter=json',
                `--outputFile=${reportFile}`,
                // Each test's line (vitest ≥ 1.4; before, the failure's stack frame in the test file gives it).
                ...(atLeast(ctx.version, '1.4') ? ['--includeTaskLocation'] : []),
                ...coverage,
                ...ctx.targets,
            ],
            reads,
        };
    },
    parse: (run, ctx) => parseJsTestRun('vitest', run, ctx),
};

;// CONCATENATED MODULE: ./src/tools/index.ts
// The registry: every tool the gate knows, by its public name. A total map, so each name has its module;
// everything else that lists tools (names, default pins, detection, caches, SARIF, docs) derives from it.
















// The order is the order tools are detected and listed in: within a check, the first is preferred.
const REGISTRY = {
    ruff: ruff,
    'ruff-format': ruffFormat,
    black: black,
    isort: isort,
    flake8: flake8,
    pylint: pylint,
    mypy: mypy,
    pyright: pyright,
    basedpyright: basedpyright,
    bandit: bandit,
    pytest: pytest,
    prettier: prettier,
    eslint: eslint,
    tsc: tsc,
    jest: jest,
    vitest: vitest,
    biome: biome,
    'biome-format': biomeFormat,
};
/** Each name maps to the module whose id it is: a tool filed under another's name does not compile. */
const TOOLS = REGISTRY;
const TOOL_IDS = Object.keys(TOOLS);
function isToolId(name) {
    return Object.hasOwn(TOOLS, name);
}
function toolOf(id) {
    return TOOLS[id];
}

;// CONCATENATED MODULE: ./src/types.ts
// Core types shared by every stage of the pipeline. Pure data: no behaviour, no platform imports.
const CHECK_KINDS = ['format', 'lint', 'typecheck', 'test', 'coverage', 'security'];
const SEVERITIES = ['error', 'warning', 'notice'];

;// CONCATENATED MODULE: ./src/config.ts
// The only reader of inputs: workflow inputs or CLI flags, then the config file, then built-in defaults.
// Everything is validated here once, into a frozen Config; a bad value is a ConfigError (exit 2).






class ConfigError extends Error {
    name = 'ConfigError';
}
const INPUT_NAMES = [
    'working-directory',
    'checks',
    'tools',
    'tool-source',
    'python',
    'cache',
    'fail-on',
    'scope',
    'base-ref',
    'coverage-threshold',
    'diff-coverage-threshold',
    'annotations',
    'summary',
    'comment',
    'comment-key',
    'github-token',
    'tool-timeout',
    'report-file',
    'sarif-file',
    'config',
    'mode',
    'reports',
    'report-artifact',
];
/** Keys the config file may not set: they locate the file itself or are secrets. */
const NOT_IN_FILE = {
    config: 'it locates the file itself',
    'github-token': 'it is a secret',
    // What a job is for belongs to the workflow: a pull request's own file must not turn its gate into a
    // publisher of reports it brings along.
    mode: "it says what the workflow's job is for",
    reports: "it says what the workflow's publishing job reads",
};
const DEFAULT_CHECKS = ['format', 'lint', 'typecheck', 'test', 'coverage'];
const DEFAULT_CONFIG_FILE = '.github/quality-gate.yml';
/** `tool`: each check fails as its tool's own exit status says; `error`/`warning`: the lowest failing severity. */
/** A name no other run on this machine uses: the time to the millisecond and this process's id. */
function runStamp() {
    return `${new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-').replace('Z', '')}-${process.pid}`;
}
function readConfig(source) {
    const given = {};
    for (const name of INPUT_NAMES) {
        const value = source.getInput(name).trim();
        if (value !== '')
            given[name] = value;
    }
    const workspace = (0,external_node_fs_.realpathSync)(source.workspace);
    const { values: fromFile, file, args } = readConfigFile(given.config, workspace, source);
    const raw = { ...fromFile, ...given };
    // A value the config file set is named there; anything else (given, or missing) is named as an input.
    const label = (name) => name in fromFile && !(name in given) ? `'${name}' in ${file}` : source.describe(name);
    return Object.freeze({ ...validate(raw, workspace, label, source, file), args });
}
function readConfigFile(explicit, workspace, source) {
    const file = external_node_path_default().resolve(workspace, explicit ?? DEFAULT_CONFIG_FILE);
    if (!(0,external_node_fs_.existsSync)(file)) {
        if (explicit !== undefined)
            throw new ConfigError(`${source.describe('config')}: file '${explicit}' does not exist.`);
        return { values: {}, args: {} };
    }
    const shown = external_node_path_default().relative(workspace, file) || file;
    let data;
    try {
        data = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        const detail = error instanceof dist/* YAMLParseError */.XT ? error.message.split('\n')[0] : String(error);
        throw new ConfigError(`Config file ${shown} is not valid YAML: ${detail}`);
    }
    if (data === null || data === undefined)
        return { values: {}, file: shown, args: {} };
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new ConfigError(`Config file ${shown} must be a mapping of input names to values.`);
    }
    const allowed = [...INPUT_NAMES.filter((name) => NOT_IN_FILE[name] === undefined), ARGS_KEY];
    const values = {};
    let args = {};
    for (const [key, value] of Object.entries(data)) {
        const inputOnly = NOT_IN_FILE[key];
        if (inputOnly !== undefined) {
            throw new ConfigError(`Config file ${shown}: '${key}' is set only as an input of the workflow step (${inputOnly}).`);
        }
        if (!allowed.includes(key)) {
            throw new ConfigError(`Config file ${shown}: unknown key '${key}'. Allowed keys: ${allowed.join(', ')}.`);
        }
        if (key === ARGS_KEY)
            args = readArgs(value, shown);
        else
            values[key] = fileValueToString(key, value, shown);
    }
    return { values, file: shown, args };
}
/** The config file's own key (no input has it): tool name → the argument list its maintainers pass. */
const ARGS_KEY = 'args';
function readArgs(value, file) {
    const shape = `a mapping from tool names to argument lists, e.g. args: { tsc: [-p, tsconfig.build.json] }`;
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new ConfigError(`Config file ${file}: 'args' must be ${shape}.`);
    }
    const args = {};
    for (const [tool, list] of Object.entries(value)) {
        if (!isToolId(tool)) {
            throw new ConfigError(`Config file ${file}: 'args' names '${tool}', which is not a known tool. Known tools: ${TOOL_IDS.join(', ')}.`);
        }
        const items = Array.isArray(list) ? list : [list];
        if (!items.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) {
            throw new ConfigError(`Config file ${file}: 'args.${tool}' must be a list of arguments (strings or numbers), e.g. [--max-warnings, 0, src/].`);
        }
        args[tool] = items.map(String);
    }
    return args;
}
function fileValueToString(key, value, file) {
    if (value === null || value === undefined)
        return '';
    if (Array.isArray(value))
        return value.map((item) => fileValueToString(key, item, file)).join(',');
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw new ConfigError(`Config file ${file}: '${key}' must be a string, number, boolean or list.`);
}
function validate(raw, workspace, label, { env, outputs, baseRefRequired }, file) {
    const fail = (name, problem) => {
        throw new ConfigError(`Invalid ${label(name)}: ${problem}`);
    };
    const oneOf = (name, allowed, fallback) => {
        const value = raw[name];
        if (value === undefined || value === '')
            return fallback;
        if (!allowed.includes(value)) {
            fail(name, `'${value}' is not one of ${allowed.join(', ')}.`);
        }
        return value;
    };
    const bool = (name, fallback) => oneOf(name, ['true', 'false'], fallback ? 'true' : 'false') === 'true';
    const percent = (name) => {
        const value = raw[name];
        if (value === undefined)
            return undefined;
        const number = Number(value);
        if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(number) || number > 100) {
            fail(name, `'${value}' is not a number from 0 to 100.`);
        }
        return number;
    };
    const workingDirectory = resolveWorkingDirectory(raw['working-directory'] ?? '.', workspace, (problem) => fail('working-directory', problem));
    const checks = [];
    for (const item of splitList(raw.checks)) {
        if (!CHECK_KINDS.includes(item)) {
            fail('checks', `'${item}' is not one of ${CHECK_KINDS.join(', ')}.`);
        }
        if (!checks.includes(item))
            checks.push(item);
    }
    if (raw.checks !== undefined && checks.length === 0)
        fail('checks', `the list is empty.`);
    const tools = [];
    for (const item of splitList(raw.tools)) {
        const at = item.indexOf('@', 1);
        const name = at === -1 ? item : item.slice(0, at);
        const version = at === -1 ? undefined : item.slice(at + 1);
        if (!isToolId(name))
            fail('tools', `'${name}' is not a known tool. Known tools: ${TOOL_IDS.join(', ')}.`);
        if (version !== undefined && !/^[0-9A-Za-z][0-9A-Za-z.+!_-]*$/.test(version)) {
            fail('tools', `'${item}' needs a version after '@' (for example ${name}@1.2.3).`);
        }
        if (tools.some((tool) => tool.id === name))
            fail('tools', `'${name}' is listed twice.`);
        tools.push(version === undefined ? { id: name } : { id: name, version });
    }
    const timeoutText = raw['tool-timeout'];
    let toolTimeoutMs = 10 * 60_000;
    if (timeoutText !== undefined) {
        const minutes = Number(timeoutText);
        if (!/^\d+(\.\d+)?$/.test(timeoutText) || !(minutes > 0) || minutes > MAX_TOOL_TIMEOUT_MINUTES) {
            fail('tool-timeout', `'${timeoutText}' is not a number of minutes above 0 and at most ${MAX_TOOL_TIMEOUT_MINUTES} (a job's limit).`);
        }
        toolTimeoutMs = Math.round(minutes * 60_000);
    }
    const baseRef = raw['base-ref'];
    if (baseRef !== undefined && !isRevision(baseRef)) {
        fail('base-ref', `'${baseRef}' is not a git ref or commit sha (for example origin/main or a 40-hex sha).`);
    }
    const scope = oneOf('scope', ['all', 'changed'], 'all');
    const coverageThreshold = percent('coverage-threshold');
    const diffCoverageThreshold = percent('diff-coverage-threshold');
    if (baseRefRequired && baseRef === undefined) {
        if (scope === 'changed')
            fail('scope', 'it needs a base to compare with; pass --base-ref (for example --base-ref origin/main).');
        if (diffCoverageThreshold !== undefined) {
            fail('diff-coverage-threshold', 'it needs a base to compare with; pass --base-ref (for example --base-ref origin/main).');
        }
    }
    const failOn = oneOf('fail-on', ['tool', 'error', 'warning', 'never'], 'tool');
    const policy = {
        failOn,
        ...(coverageThreshold !== undefined ? { coverageThreshold } : {}),
        ...(diffCoverageThreshold !== undefined ? { diffCoverageThreshold } : {}),
    };
    const outputBase = outputs.base === 'workspace' ? workspace : workingDirectory;
    const outputRoots = [outputBase, outputs.tempDir];
    const outputFile = (name, value) => {
        const file = external_node_path_default().resolve(outputBase, value);
        if (!insideAny(file, outputRoots)) {
            fail(name, `'${value}' is outside ${outputRoots.join(' and ')}; write it inside one of them.`);
        }
        return file;
    };
    // On a runner RUNNER_TEMP belongs to this job; on a laptop the temp dir is shared, so each run names its own.
    const reportFile = raw['report-file'] !== undefined
        ? outputFile('report-file', raw['report-file'])
        : env.RUNNER_TEMP
            ? external_node_path_default().join(env.RUNNER_TEMP, 'quality-gate', 'report.json')
            : external_node_path_default().join((0,external_node_os_.tmpdir)(), 'quality-gate', `report-${runStamp()}.json`);
    const sarifFile = raw['sarif-file'] === undefined ? undefined : outputFile('sarif-file', raw['sarif-file']);
    const mode = oneOf('mode', ['gate', 'publish'], 'gate');
    const reports = splitList(raw.reports);
    for (const pattern of reports) {
        if (external_node_path_default().isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
            fail('reports', `'${pattern}' leaves the workspace; give globs relative to it, e.g. reports/**/*.json.`);
        }
    }
    if (mode === 'gate' && reports.length > 0) {
        fail('reports', 'it is read only with mode: publish; the gate writes its own report (report-file).');
    }
    const reportArtifact = oneOf('report-artifact', ['auto', 'true', 'false'], 'auto');
    if (mode === 'publish' && reportArtifact === 'true') {
        fail('report-artifact', 'it is read only with mode: gate; mode: publish reads reports, it writes none.');
    }
    const config = {
        mode,
        reports,
        reportArtifact,
        workspace,
        workingDirectory,
        checks: checks.length > 0 ? checks : DEFAULT_CHECKS,
        tools,
        toolSource: oneOf('tool-source', ['pinned', 'path'], 'pinned'),
        cache: bool('cache', true),
        failOn,
        scope,
        annotations: bool('annotations', true),
        summary: bool('summary', true),
        comment: oneOf('comment', ['always', 'on-failure', 'never'], 'always'),
        toolTimeoutMs,
        reportFile,
        policy: Object.freeze(policy),
    };
    const optional = {
        python: raw.python,
        baseRef,
        coverageThreshold,
        diffCoverageThreshold,
        commentKey: raw['comment-key'],
        githubToken: raw['github-token'],
        sarifFile,
        configFile: file,
    };
    for (const [key, value] of Object.entries(optional)) {
        if (value !== undefined)
            config[key] = value;
    }
    return config;
}
function resolveWorkingDirectory(value, workspace, fail) {
    const candidate = external_node_path_default().resolve(workspace, value);
    if (!(0,external_node_fs_.existsSync)(candidate))
        return fail(`'${value}' does not exist.`);
    if (!(0,external_node_fs_.statSync)(candidate).isDirectory())
        return fail(`'${value}' is not a directory.`);
    const real = (0,external_node_fs_.realpathSync)(candidate);
    const relative = external_node_path_default().relative(workspace, real);
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
        return fail(`'${value}' is outside the workspace ${workspace}; use a path inside it.`);
    }
    return real;
}
/** GitHub's job limit: a tool may not be given longer than the job itself. */
const MAX_TOOL_TIMEOUT_MINUTES = 360;
/**
 * A branch, tag or remote ref (by git's check-ref-format rules, one level allowed) or a sha, optionally
 * followed by ~N / ^N. Nothing that git could read as an option or a revision range.
 */
function isRevision(value) {
    const match = /^(.*?)((?:[~^]\d*)*)$/.exec(value);
    const ref = match?.[1] ?? '';
    if (ref === '' || ref.startsWith('-') || ref.endsWith('/') || ref.endsWith('.') || ref.endsWith('.lock'))
        return false;
    if (ref === '@' || ref.includes('..') || ref.includes('@{') || ref.includes('//'))
        return false;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(ref))
        return false;
    return ref.split('/').every((part) => part !== '' && !part.startsWith('.'));
}
/** Whether `file` (resolved through symlinks as far as it exists) lies inside one of `roots`. */
function insideAny(file, roots) {
    const real = realpathOfExisting(file);
    return roots.some((root) => {
        const relative = external_node_path_default().relative(realpathOfExisting(root), real);
        return relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
    });
}
/** The real path of the deepest existing ancestor, with the rest of the path appended. */
function realpathOfExisting(file) {
    let existing = file;
    const rest = [];
    while (!(0,external_node_fs_.existsSync)(existing)) {
        const parent = external_node_path_default().dirname(existing);
        if (parent === existing)
            break;
        rest.unshift(external_node_path_default().basename(existing));
        existing = parent;
    }
    try {
        return external_node_path_default().join((0,external_node_fs_.realpathSync)(existing), ...rest);
    }
    catch {
        return file;
    }
}
/** Inputs take comma- or newline-separated lists. */
function splitList(value) {
    if (value === undefined)
        return [];
    return value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

;// CONCATENATED MODULE: ./src/github/run.ts
// What this workflow run is about: the event, the pull request (if any), the repository and the run's URL.

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
function readWorkflowRun(env) {
    const run = { eventName: env.GITHUB_EVENT_NAME ?? '' };
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (owner && repo)
        Object.assign(run, { owner, repo });
    if (env.GITHUB_JOB)
        run.job = env.GITHUB_JOB;
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
        run.runUrl = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    }
    if (env.GITHUB_SHA)
        run.headSha = env.GITHUB_SHA;
    if (run.eventName === 'push' && env.GITHUB_EVENT_PATH) {
        try {
            const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
            // A new branch has no before: git reports forty zeros.
            if (typeof event.before === 'string' &&
                /^[0-9a-f]{40}$/.test(event.before) &&
                !/^0+$/.test(event.before))
                run.pushBefore = event.before;
        }
        catch {
            // No readable event: no before.
        }
        return run;
    }
    if (run.eventName === 'workflow_run' && env.GITHUB_EVENT_PATH) {
        readTriggeringRun(run, env.GITHUB_EVENT_PATH);
        return run;
    }
    if (!PULL_REQUEST_EVENTS.includes(run.eventName) || !env.GITHUB_EVENT_PATH)
        return run;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const pr = event.pull_request;
        const number = pr?.number ?? event.number;
        if (typeof number === 'number' && pr?.head?.sha && pr.base?.sha) {
            run.pullRequest = { number, headSha: pr.head.sha, baseSha: pr.base.sha };
            run.headSha = pr.head.sha;
        }
    }
    catch {
        // No readable event: treated as a run without a pull request.
    }
    return run;
}
const SHA = /^[0-9a-f]{40}$/;
function readTriggeringRun(run, eventPath) {
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        const triggering = event.workflow_run;
        if (typeof triggering?.id !== 'number' || typeof triggering.event !== 'string')
            return;
        if (typeof triggering.head_sha !== 'string' || !SHA.test(triggering.head_sha))
            return;
        const pullRequests = [];
        for (const pr of triggering.pull_requests ?? []) {
            const [number, headSha, baseSha] = [pr.number, pr.head?.sha, pr.base?.sha];
            if (typeof number === 'number' && typeof headSha === 'string' && typeof baseSha === 'string')
                pullRequests.push({ number, headSha, baseSha });
        }
        run.triggeringRun = {
            id: triggering.id,
            event: triggering.event,
            headSha: triggering.head_sha,
            pullRequests,
        };
        // Check runs go on the commit the triggering run gated.
        run.headSha = triggering.head_sha;
    }
    catch {
        // No readable event: nothing to publish for.
    }
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
const STEP_LIMITS = { error: 10, warning: 10, notice: 10 };
/**
 * What the step's findings may use: a failing gate's own error annotation (the step's failure message)
 * counts against GitHub's 10 errors too, so it keeps one error slot for it, or the runner would drop it.
 */
function stepLimits(passed) {
    return passed ? STEP_LIMITS : { ...STEP_LIMITS, error: STEP_LIMITS.error - 1 };
}
/** At most this many annotations go into a check run: 20 requests of 50, about 20 s at one write a second. */
const CHECK_RUN_ANNOTATION_CAP = 1000;
/**
 * The check run's annotations: errors, then warnings, then notices; within each, findings on changed lines
 * first and tools in turn, so the cap never leaves a whole tool out before another's long tail.
 */
function planCheckRun(checks, cap = CHECK_RUN_ANNOTATION_CAP) {
    const ranked = [];
    for (const severity of ['error', 'warning', 'notice']) {
        const perTool = checks.map((check) => check.findings.filter((finding) => finding.severity === severity && finding.file !== undefined && finding.line !== undefined));
        ranked.push(...annotations_changedFirst(perTool, (finding) => finding));
    }
    return { findings: ranked.slice(0, cap), located: ranked.length };
}
function planAnnotations(checks, limits = STEP_LIMITS) {
    const bySeverity = { error: [], warning: [], notice: [] };
    let total = 0;
    for (const check of checks) {
        for (const severity of ['error', 'warning', 'notice']) {
            const ofTool = check.findings.filter((finding) => finding.severity === severity);
            if (ofTool.length > 0)
                bySeverity[severity].push(ofTool);
            total += ofTool.length;
        }
    }
    const warned = toolWarningAnnotations(checks).slice(0, limits.warning);
    const count = (severity) => bySeverity[severity].reduce((sum, list) => sum + list.length, 0);
    const overflow = ['error', 'warning', 'notice'].some((severity) => count(severity) > limits[severity] - (severity === 'warning' ? warned.length : 0));
    const room = {
        error: limits.error,
        warning: limits.warning - warned.length,
        notice: overflow ? Math.max(0, limits.notice - 1) : limits.notice,
    };
    const annotations = [...warned];
    for (const severity of ['error', 'warning', 'notice']) {
        for (const finding of annotations_changedFirst(bySeverity[severity], (item) => item).slice(0, room[severity])) {
            annotations.push(toAnnotation(finding));
        }
    }
    const shown = annotations.length - warned.length;
    if (overflow && limits.notice > 0) {
        annotations.push({
            level: 'notice',
            title: 'quality-gate',
            message: `${total - shown} more findings are not annotated here (GitHub shows at most ${limits.error} errors, ${limits.warning} warnings and ${limits.notice} notices per step). Every finding is listed in the job summary.`,
        });
    }
    return { annotations, shown, total, toolWarnings: warned };
}
/** Each check's tool warnings, without a file: GitHub shows them on the run's page. */
function toolWarningAnnotations(checks) {
    return checks.flatMap((check) => (check.warnings ?? []).map((message) => ({
        level: 'warning',
        title: `${check.tool}${check.package !== undefined ? ` in ${check.package}` : ''} warned`,
        message,
    })));
}
/**
 * Findings on changed lines first (tools in turn), then the rest (tools in turn). Lists are per tool; the
 * items are findings, or anything that carries one.
 */
function annotations_changedFirst(lists, findingOf) {
    const onChanged = (item) => findingOf(item).onChangedLines === true;
    return [
        ...roundRobin(lists.map((list) => list.filter(onChanged))),
        ...roundRobin(lists.map((list) => list.filter((item) => !onChanged(item)))),
    ];
}
/** One from each tool in turn, each tool's own findings in order. */
function roundRobin(lists) {
    const order = [];
    for (let index = 0; order.length < lists.reduce((sum, list) => sum + list.length, 0); index++) {
        for (const list of lists) {
            const item = list[index];
            if (item !== undefined)
                order.push(item);
        }
    }
    return order;
}
function toAnnotation(finding) {
    const annotation = {
        level: finding.severity,
        title: finding.rule ? `${finding.tool} ${finding.rule}` : finding.tool,
        message: finding.message,
    };
    if (finding.file === undefined)
        return annotation;
    annotation.file = finding.file;
    if (finding.line === undefined)
        return annotation;
    annotation.startLine = finding.line;
    const endLine = finding.endLine ?? finding.line;
    if (endLine !== finding.line) {
        annotation.endLine = endLine;
        return annotation;
    }
    // GitHub uses columns only on single-line annotations.
    if (finding.column !== undefined)
        annotation.startColumn = finding.column;
    if (finding.endColumn !== undefined)
        annotation.endColumn = finding.endColumn;
    return annotation;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// Escaping for anything a tool printed before it reaches GitHub markdown (summary, PR comment).
// Tool messages can hold HTML, backticks, pipes, @mentions, #123 references, carriage returns and
// bidirectional controls: none may act, in any position, code spans and blocks included.
const WORD_JOINER = '\u2060';
/** Bidirectional overrides and isolates reorder what a reader sees (the "Trojan Source" trick). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** CommonMark ends a line at \n, \r\n and a lone \r. */
const LINE_END = /\r\n?|\n/g;
/** Escapes text for a markdown paragraph or list item; line ends become <br>. */
function markdown_escapeMarkdown(text) {
    return escapeInline(text).replace(LINE_END, '<br>');
}
/** Escapes text for a table cell. Pipes are already backslash-escaped, which GFM tables honour. */
function escapeCell(text) {
    return markdown_escapeMarkdown(text);
}
function escapeInline(text) {
    return defuseReferences(text
        .replace(BIDI_CONTROLS, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        // Markdown syntax characters are shown literally.
        .replace(/([\\`*_{}[\]()!~|#])/g, '\\$1'));
}
/**
 * No @user or @org/team pings, no #123 or GH-123 auto-links, no bare URLs that unfurl. A mention starts
 * after anything but a letter or digit (a backtick too); `tool@1.2.3` and e-mail addresses are left alone.
 */
function defuseReferences(text) {
    return text
        .replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g, `$1@${WORD_JOINER}`)
        .replace(/#(?=\d)/g, `#${WORD_JOINER}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${WORD_JOINER}`)
        .replace(/:\/\//g, `:${WORD_JOINER}//`);
}
/** Tool text made inert for code: no bidi controls, no references. */
function plainText(text) {
    return defuseReferences(text.replace(BIDI_CONTROLS, ''));
}
/** Inline code that cannot be broken out of, whatever backticks or line ends the text holds. */
function markdown_code(text) {
    const single = plainText(text).replace(LINE_END, ' ');
    const longest = Math.max(0, ...[...single.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = single.startsWith('`') || single.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${single}${pad}${fence}`;
}
/** A fenced code block that no backtick run in the text can close. */
function fenced(text) {
    const body = plainText(text).replace(LINE_END, '\n');
    const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}text\n${body}\n${fence}\n`;
}
/** Inline code in a table cell: GFM splits cells at a pipe even inside code unless it is escaped. */
function codeCell(text) {
    return markdown_code(text).replace(/\|/g, '\\|');
}

;// CONCATENATED MODULE: ./src/report/describe.ts
// One-line descriptions of a check's result, shared by the summary, the console and the verdict.



function describeTests(tests) {
    const parts = [`${tests.passed} passed`];
    if (tests.failed > 0)
        parts.push(`${tests.failed} failed`);
    if (tests.errors > 0)
        parts.push(gate_plural(tests.errors, 'error'));
    if (tests.skipped > 0)
        parts.push(`${tests.skipped} skipped`);
    return parts.join(', ');
}
/** "3 errors, 1 warning", "1 passed, 1 failed", "43.47% of lines", or the reason for trouble. */
function describeResult(check) {
    if (check.outcome === 'error') {
        return `tool error${check.findings.length ? `, ${gate_plural(check.findings.length, 'finding')}` : ''}`;
    }
    if (check.tests)
        return describeTests(check.tests);
    if (check.coverage) {
        const { threshold } = check.coverage;
        const diff = check.coverage.diff?.percent;
        const changed = diff === undefined ? '' : `, ${formatPercent(diff)}% of changed lines`;
        return `${describeCoverageTotal(check.coverage)}${changed}${threshold === undefined ? '' : ` (threshold ${threshold}%)`}`;
    }
    const outside = check.notOnChangedLines?.length ?? 0;
    const left = outside > 0 ? ` (${outside} more not on changed lines)` : '';
    if (check.findings.length === 0)
        return `${check.reason ?? 'no findings'}${left}`;
    const counts = countBySeverity(check.findings);
    return (['error', 'warning', 'notice']
        .filter((severity) => counts[severity] > 0)
        .map((severity) => gate_plural(counts[severity], severity))
        .join(', ') + left);
}
/** "66.66% of 9 changed executable lines (threshold 80%)", or why there is no figure. */
function describeDiffCoverage(diff) {
    const against = diff.threshold === undefined ? '' : ` (threshold ${diff.threshold}%)`;
    if (diff.percent === undefined)
        return `no changed executable lines${against}`;
    return `${formatPercent(diff.percent)}% of ${gate_plural(diff.total, 'changed executable line')}${against}`;
}
/** " ✅" or " ❌" against the threshold, for markdown; nothing when there is no threshold or no figure. */
function diffCoverageMark(diff) {
    if (diff.threshold === undefined || diff.percent === undefined)
        return '';
    return diff.percent >= diff.threshold ? ' ✅' : ' ❌';
}
/** The changed lines the tests did not run, per file, as ranges: [["src/a.py", "3-5, 9"]]. */
function uncoveredChangedLines(diff) {
    return diff.files
        .filter((file) => file.uncoveredLines.length > 0)
        .map((file) => [file.file, (0,src_text/* lineRanges */.nV)(file.uncoveredLines)]);
}
/** The checks grouped by package (the root's first, then packages by name), kind order kept within. */
function byPackage(checks) {
    return [...checks].sort((a, b) => (a.package ?? '').localeCompare(b.package ?? ''));
}
/** What fails a check, in words: the tools' own exit statuses, or a severity. */
function failRule(failOn) {
    if (failOn === 'tool')
        return 'fails as each tool does (fail-on: tool)';
    if (failOn === 'never')
        return 'fails on: never';
    return `fails on: ${failOn} and above`;
}
/** "86.66% (lines 90.90%, branches 75.00%)" where branches are measured, else "43.47% of lines". */
function describeCoverageTotal(coverage, strong = (text) => text) {
    const total = strong(`${formatPercent(coverage.percent)}%`);
    if (coverage.branchPercent === undefined)
        return `${total} of lines`;
    const lines = coverage.linePercent === undefined ? '' : `lines ${formatPercent(coverage.linePercent)}%, `;
    return `${total} (${lines}branches ${formatPercent(coverage.branchPercent)}%)`;
}
/**
 * What the pinned toolchain did, in one line: "restored from the local cache", or who was installed,
 * restored and failed ("installed flake8 7.3.0 · failed ruff 0.17.5 (3 installer calls)").
 */
function describeToolchain(install) {
    const states = new Set(install.units.map((unit) => unit.state));
    if (states.size === 1 && states.has('cached'))
        return 'restored from the local cache';
    if (states.size === 1 && states.has('restored'))
        return 'restored from the Actions cache';
    if (install.units.length === 0)
        return 'nothing to install';
    const named = (state) => install.units
        .filter((unit) => unit.state === state)
        .map((unit) => `${unit.package} ${unit.version}`)
        .join(', ');
    const parts = [
        ['installed', 'installed'],
        ['cached', 'from the local cache'],
        ['restored', 'from the Actions cache'],
        ['failed', 'failed'],
    ].flatMap(([state, label]) => (states.has(state) ? [`${label} ${named(state)}`] : []));
    const calls = gate_plural(install.installerCalls, 'installer call');
    return `${parts.join(' · ')} (${install.cache === 'off' ? 'cache off, ' : ''}${calls})`;
}
/** Publish mode's table: a row per combined report (job / comment-key), as the comment and summary show it. */
function describe_renderReportRows(rows) {
    return {
        header: '| | Report | Failed checks | Errors | Warnings | Notices |\n| --- | --- | --- | ---: | ---: | ---: |\n',
        rows: rows.map((row) => row.refused !== undefined
            ? `| 💥 | ${escapeCell(row.key)} | ${escapeCell(`not used: ${row.refused}`)} | | | |`
            : `| ${row.passed ? '✅' : '❌'} | ${escapeCell(row.key)} | ${escapeCell(row.failedChecks.join(', ') || '—')} | ${row.counts.errors} | ${row.counts.warnings} | ${row.counts.notices} |`),
    };
}

;// CONCATENATED MODULE: ./src/report/combine.ts
// Fan-in: several jobs' reports (a matrix, a monorepo's packages) as one result. Pure. One verdict (passed
// only when every report passed and every report could be read), the union of failed checks, summed
// counts, and a row per report; the renderers show the failing findings grouped by report.





/** The label of a report: its job and comment-key when it names them, else the given fallback (its file). */
function reportKey(report, fallback) {
    if (!report.job)
        return fallback;
    return report.job.commentKey ? `${report.job.name} / ${report.job.commentKey}` : report.job.name;
}
function combineReports(reports, refused) {
    const failed = new Set(reports.flatMap(({ report }) => report.verdict.failedChecks));
    const sum = (pick) => reports.reduce((total, { report }) => total + pick(report.counts), 0);
    const testChecks = reports.flatMap(({ report }) => report.checks.filter((check) => check.tests !== undefined));
    const combined = {
        schemaVersion: 1,
        verdict: {
            passed: reports.length > 0 && refused.length === 0 && reports.every(({ report }) => report.verdict.passed),
            failedChecks: CHECK_KINDS.filter((kind) => failed.has(kind)),
            reasons: [
                ...reports.flatMap(({ key, report }) => report.verdict.reasons.map((reason) => `${key}: ${reason}`)),
                ...refused.map(({ key, reason }) => `${key}: the report could not be read (${reason})`),
                ...(reports.length === 0 && refused.length === 0 ? ['no report was found'] : []),
            ],
        },
        counts: {
            findings: sum((counts) => counts.findings),
            errors: sum((counts) => counts.errors),
            warnings: sum((counts) => counts.warnings),
            notices: sum((counts) => counts.notices),
        },
        reports: reports.map(({ key, report }) => ({
            key,
            verdict: report.verdict,
            counts: report.counts,
            durationMs: report.durationMs,
        })),
        refused: [...refused],
    };
    if (testChecks.length > 0) {
        combined.tests = {
            total: testChecks.reduce((total, check) => total + (check.tests?.total ?? 0), 0),
            failed: testChecks.reduce((total, check) => total + (check.tests?.failed ?? 0) + (check.tests?.errors ?? 0), 0),
        };
    }
    return combined;
}
const TOP_FINDINGS_PER_REPORT = 10;
/** Each report's blocking findings first: errors, on changed lines first, tools in turn. */
function topFindings(report, limit) {
    const perTool = report.checks
        .filter((check) => check.outcome === 'fail' || check.outcome === 'error')
        .map((check) => [...check.findings].sort((a, b) => rank(a) - rank(b)));
    const ordered = changedFirst(perTool, (finding) => finding);
    return { shown: ordered.slice(0, limit), total: ordered.length };
}
const rank = (finding) => ['error', 'warning', 'notice'].indexOf(finding.severity);
function where(finding) {
    if (finding.file === undefined)
        return '';
    return code(finding.line !== undefined ? `${finding.file}:${finding.line}` : finding.file);
}
/** Markdown for the job summary and the PR comment: a row per report, then each report's top findings. */
function renderCombinedMarkdown(combined, reports) {
    const headline = combined.verdict.passed
        ? `## ✅ Quality gate passed — ${plural(combined.reports.length, 'report')}`
        : `## ❌ Quality gate failed — ${plural(combined.reports.length + combined.refused.length, 'report')}`;
    const table = renderReportRows(combinedRows(combined));
    const sections = reports
        .filter(({ report }) => !report.verdict.passed)
        .map(({ key, report }) => {
        const { shown, total } = topFindings(report, TOP_FINDINGS_PER_REPORT);
        const lines = shown.map((finding) => `- ${where(finding)} ${escapeMarkdown(finding.rule ? `${finding.tool} ${finding.rule}` : finding.tool)}: ${escapeMarkdown(finding.message.split('\n')[0]?.slice(0, 300) ?? '')}`);
        const more = total > shown.length ? [`- … and ${plural(total - shown.length, 'more finding')}`] : [];
        const reasons = report.verdict.reasons.map((reason) => `- ${escapeMarkdown(reason)}`);
        return [
            `### ${escapeMarkdown(key)}`,
            '',
            ...reasons,
            ...(lines.length > 0 ? ['', ...lines, ...more] : []),
        ].join('\n');
    });
    return [
        headline,
        '',
        `${table.header}${table.rows.join('\n')}`,
        '',
        ...sections.flatMap((section) => [section, '']),
    ].join('\n');
}
/** A row per report for the tables: each used report's verdict, then each refused one with its reason. */
function combinedRows(combined) {
    return [
        ...combined.reports.map((row) => ({
            key: row.key,
            passed: row.verdict.passed,
            failedChecks: row.verdict.failedChecks,
            counts: row.counts,
        })),
        ...combined.refused.map(({ key, reason }) => ({
            key,
            passed: false,
            failedChecks: [],
            counts: { findings: 0, errors: 0, warnings: 0, notices: 0 },
            refused: reason,
        })),
    ];
}
/** The terminal's view: a line per report and the combined verdict. */
function renderCombinedConsole(combined) {
    const lines = [
        ...combined.reports.map((row) => `  ${row.verdict.passed ? '✓' : '✗'} ${row.key}  ${row.verdict.passed ? 'passed' : `failed: ${row.verdict.failedChecks.join(', ')}`} (${plural(row.counts.findings, 'finding')})`),
        ...combined.refused.map((row) => `  ! ${row.key}  unreadable: ${row.reason}`),
    ];
    const verdict = combined.verdict.passed ? '✓ Quality gate passed' : '✗ Quality gate failed';
    return `${lines.join('\n')}\n${verdict} (${plural(combined.reports.length + combined.refused.length, 'report')})\n`;
}
/**
 * The combined result as one report, for the renderers the gate already has (summary, comment, check run,
 * annotations, outputs): each report's checks keep their findings and carry the report's key as their
 * package, so every view groups them by report.
 */
function mergeReports(combined, reports) {
    const first = reports[0]?.report;
    return {
        schemaVersion: 1,
        gate: { name: 'quality-gate', version: first?.gate.version ?? '' },
        verdict: combined.verdict,
        counts: combined.counts,
        checks: reports.flatMap(({ key, report }) => report.checks.map((check) => ({
            ...check,
            package: check.package ? `${key} › ${check.package}` : key,
        }))),
        skipped: [],
        warnings: [
            ...combined.refused.map(({ key, reason }) => `The report ${key} is not used: ${reason}.`),
            ...reports.flatMap(({ key, report }) => report.warnings.map((warning) => `${key}: ${warning}`)),
        ],
        reports: combinedRows(combined),
        workingDirectory: '.',
        failOn: first?.failOn ?? 'tool',
        scope: reports.some(({ report }) => report.scope === 'changed') ? 'changed' : 'all',
        startedAt: first?.startedAt ?? new Date(0).toISOString(),
        durationMs: Math.max(0, ...reports.map(({ report }) => report.durationMs)),
    };
}

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
;// CONCATENATED MODULE: ./src/report/schema.ts
// Reading a JSON report back: publish mode posts reports that other jobs wrote, and on a fork's pull
// request those jobs ran the fork's code, so a report is untrusted input. It is size-bounded, parsed and
// checked against the report's shape (schema version 1) before anything renders it; unknown keys are
// dropped. Renderers escape its text as they escape any tool's.


/** A report file larger than this is refused unread (a real one with 100,000 findings is ~25 MB). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** The bound in words, for the one line that refuses a report. */
const MAX_REPORT_SIZE = `${MAX_REPORT_BYTES / 1024 / 1024} MiB`;
const schema_text = (max = 100_000) => schemas/* string */.YjP().max(max);
const count = schemas/* number */.aig().int().nonnegative();
const schema_position = schemas/* number */.aig().int().positive();
const list = (item, max = 1_000_000) => schemas/* array */.YOg(item).max(max);
const schema_finding = schemas/* object */.Ikc({
    tool: schema_text(200),
    severity: schemas/* enum */.k5n(SEVERITIES),
    message: schema_text(),
    rule: schema_text(500).optional(),
    file: schema_text(4096).optional(),
    line: schema_position.optional(),
    column: schema_position.optional(),
    endLine: schema_position.optional(),
    endColumn: schema_position.optional(),
    url: schema_text(4096).optional(),
    onChangedLines: schemas/* boolean */.zMY().optional(),
});
const testCase = schemas/* object */.Ikc({
    id: schema_text(4096),
    outcome: schemas/* enum */.k5n(['passed', 'failed', 'error', 'skipped']),
    durationMs: schemas/* number */.aig().nonnegative(),
    file: schema_text(4096).optional(),
    line: schema_position.optional(),
    message: schema_text().optional(),
});
const tests = schemas/* object */.Ikc({
    total: count,
    passed: count,
    failed: count,
    errors: count,
    skipped: count,
    durationMs: schemas/* number */.aig().nonnegative(),
    slowest: list(testCase, 1000),
    failures: list(testCase, 100_000),
});
const percent = schemas/* number */.aig().min(0).max(100);
const lines = list(schema_position);
const coverage = schemas/* object */.Ikc({
    percent,
    linePercent: percent.optional(),
    leftOut: count.optional(),
    covered: count,
    statements: count,
    branchPercent: percent.optional(),
    threshold: percent.optional(),
    thresholdFrom: schema_text(1000).optional(),
    files: list(schemas/* object */.Ikc({
        file: schema_text(4096),
        percent,
        covered: count,
        statements: count,
        missingLines: lines,
        executedLines: lines.optional(),
    }), 100_000),
    diff: schemas/* object */.Ikc({
        percent: percent.optional(),
        covered: count,
        total: count,
        threshold: percent.optional(),
        files: list(schemas/* object */.Ikc({ file: schema_text(4096), covered: count, total: count, uncoveredLines: lines }), 100_000),
    })
        .optional(),
});
const check = schemas/* object */.Ikc({
    tool: schema_text(200),
    kind: schemas/* enum */.k5n(CHECK_KINDS),
    package: schema_text(4096).optional(),
    version: schema_text(200).optional(),
    outcome: schemas/* enum */.k5n(['pass', 'fail', 'error', 'skipped']),
    findings: list(schema_finding),
    blocking: count,
    durationMs: schemas/* number */.aig().nonnegative(),
    reason: schema_text().optional(),
    runs: list(schemas/* object */.Ikc({
        argv: list(schema_text(100_000), 10_000),
        exitCode: schemas/* number */.aig().int().nullable(),
        durationMs: schemas/* number */.aig().nonnegative(),
        from: schema_text(1000),
    }), 1000).optional(),
    stderrTail: schema_text().optional(),
    warnings: list(schema_text(), 1000).optional(),
    source: schema_text(4096).optional(),
    chosenBecause: schema_text(4096).optional(),
    decidedBy: schema_text(4096).optional(),
    pin: schemas/* object */.Ikc({ version: schema_text(200), source: schema_text(4096) }).optional(),
    tests: tests.optional(),
    coverage: coverage.optional(),
    notOnChangedLines: list(schema_finding).optional(),
});
const unit = schemas/* object */.Ikc({
    package: schema_text(500),
    version: schema_text(200),
    extras: list(schema_text(500), 1000),
    kind: schemas/* enum */.k5n(['venv', 'overlay', 'node']),
    state: schemas/* enum */.k5n(['cached', 'restored', 'installed', 'failed']),
    cause: schema_text().optional(),
    location: schema_text(4096),
});
const reportSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(1),
    gate: schemas/* object */.Ikc({ name: schemas/* literal */.euz('quality-gate'), version: schema_text(100) }),
    verdict: schemas/* object */.Ikc({
        passed: schemas/* boolean */.zMY(),
        failedChecks: list(schema_text(100), 100),
        reasons: list(schema_text(), 10_000),
    }),
    counts: schemas/* object */.Ikc({ findings: count, errors: count, warnings: count, notices: count }),
    checks: list(check, 10_000),
    skipped: list(schemas/* object */.Ikc({ kind: schemas/* enum */.k5n(CHECK_KINDS), tool: schema_text(200).optional(), reason: schema_text() }), 10_000),
    warnings: list(schema_text(), 10_000),
    workingDirectory: schema_text(4096),
    failOn: schemas/* enum */.k5n(['tool', 'error', 'warning', 'never']),
    python: schemas/* object */.Ikc({ executable: schema_text(4096), version: schema_text(200) }).optional(),
    toolchain: schemas/* object */.Ikc({
        key: schema_text(500),
        cache: schemas/* enum */.k5n(['hit', 'restored', 'miss', 'off']),
        durationMs: schemas/* number */.aig().nonnegative(),
        installerCalls: count,
        location: schema_text(4096),
        installer: schema_text(500),
        units: list(unit, 1000),
        log: schema_text(1_000_000).optional(),
    })
        .optional(),
    job: schemas/* object */.Ikc({ name: schema_text(200), commentKey: schema_text(200).optional() }).optional(),
    reports: list(schemas/* object */.Ikc({
        key: schema_text(1000),
        passed: schemas/* boolean */.zMY(),
        failedChecks: list(schema_text(100), 100),
        counts: schemas/* object */.Ikc({ findings: count, errors: count, warnings: count, notices: count }),
        refused: schema_text().optional(),
    }), 10_000).optional(),
    scope: schemas/* enum */.k5n(['all', 'changed']),
    changes: schemas/* object */.Ikc({ source: schema_text(1000), files: count, lines: count }).optional(),
    startedAt: schema_text(100),
    durationMs: schemas/* number */.aig().nonnegative(),
});
const _sameShape = [(r) => r, (r) => r];
void _sameShape;
class ReportError extends Error {
    name = 'ReportError';
}
/** A report from its file's text: parsed, bounded and checked; a ReportError says in one line why not. */
function parseReport(raw) {
    if (Buffer.byteLength(raw, 'utf8') > MAX_REPORT_BYTES) {
        throw new ReportError(`it is larger than ${MAX_REPORT_SIZE}`);
    }
    let json;
    try {
        json = JSON.parse(raw);
    }
    catch (error) {
        throw new ReportError(`it is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const parsed = reportSchema.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first?.path.length ? first.path.join('.') : 'the top level';
        throw new ReportError(`it is not a quality-gate report (schema version 1): at ${where}, ${first?.message ?? 'invalid'}`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/github/artifacts.ts
// Report artifacts: a gate job uploads its JSON report (for a publish job to post, when its own token could
// not), and a publish job on workflow_run downloads the triggering run's. The download is untrusted input
// from a pull request's run: counted, size-bounded before and while reading, and unzipped with bounded
// output; the token never goes to the storage URL the API redirects to.




const REPORT_ARTIFACT_PREFIX = 'quality-gate-report-';
/** A 256-job matrix (GitHub's own limit) uploads 256 reports; more is not a gate's run. */
const MAX_REPORT_ARTIFACTS = 256;
/** An artifact holds one report: its zip is smaller than the report. */
const MAX_ARTIFACT_BYTES = MAX_REPORT_BYTES;
const MAX_FILES_PER_ARTIFACT = 16;
const DOWNLOAD_TIMEOUT_MS = 60_000;
const DOWNLOADS_AT_ONCE = 4;
/** Characters GitHub refuses in artifact names (NTFS's), and whitespace: each run of them becomes '-'. */
const NOT_IN_NAME = /[\s"':<>|*?\\/]+/g;
/** `quality-gate-report-<job>[-<comment-key>]`, with what an artifact name may not hold replaced. */
function reportArtifactName(job, commentKey) {
    const parts = [job || 'gate', ...(commentKey ? [commentKey] : [])];
    const name = parts.map((part) => part.replace(NOT_IN_NAME, '-').replace(/^-+|-+$/g, '') || 'report');
    return `${REPORT_ARTIFACT_PREFIX}${name.join('-')}`;
}
/** Whether this job can upload artifacts: the runner gives every job the results service's URL and token. */
function canUploadArtifacts(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}
/** Uploads the report file as the artifact `name`; returns the artifact's id. */
async function uploadReportArtifact(reportFile, name) {
    // Loaded only here: the artifact client and its storage SDK are most of a megabyte no other run needs.
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 683).then(__webpack_require__.bind(__webpack_require__, 60683));
    const client = new DefaultArtifactClient();
    const uploaded = await client.uploadArtifact(name, [reportFile], external_node_path_default().dirname(reportFile));
    return uploaded.id;
}
/**
 * The report artifacts (`quality-gate-report-*`) of a workflow run, downloaded and unzipped. Listing
 * failures throw (there is nothing to publish without the list); a bad artifact is refused with its reason.
 */
async function downloadReportArtifacts(octokit, run, signal) {
    const artifacts = [];
    for await (const page of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunArtifacts, {
        owner: run.owner,
        repo: run.repo,
        run_id: run.runId,
        per_page: 100,
    })) {
        for (const artifact of page.data) {
            if (artifact.name.startsWith(REPORT_ARTIFACT_PREFIX)) {
                artifacts.push({
                    id: artifact.id,
                    name: artifact.name,
                    size: artifact.size_in_bytes,
                    expired: artifact.expired,
                });
            }
        }
        if (artifacts.length > MAX_REPORT_ARTIFACTS)
            break;
    }
    const readable = artifacts.slice(0, MAX_REPORT_ARTIFACTS);
    const results = await inTurns(readable, DOWNLOADS_AT_ONCE, async (artifact) => {
        if (artifact.expired)
            return [{ source: artifact.name, refused: 'the artifact has expired' }];
        if (artifact.size > MAX_ARTIFACT_BYTES) {
            return [{ source: artifact.name, refused: `the artifact is larger than ${MAX_REPORT_SIZE}` }];
        }
        try {
            return reportsInZip(artifact.name, await downloadZip(octokit, run, artifact.id, signal));
        }
        catch (error) {
            return [{ source: artifact.name, refused: `it could not be downloaded: ${(0,src_text/* errorMessage */.gJ)(error)}` }];
        }
    });
    if (artifacts.length > MAX_REPORT_ARTIFACTS) {
        results.push([
            {
                source: 'the further report artifacts',
                refused: `at most ${MAX_REPORT_ARTIFACTS} report artifacts are read from one run`,
            },
        ]);
    }
    return results.flat();
}
/** `work` over `items`, at most `limit` at a time; results in the items' order. */
async function inTurns(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/**
 * The API answers with a redirect to a short-lived storage URL: followed here without the token, read up
 * to the size bound.
 */
async function downloadZip(octokit, run, artifactId, signal) {
    const answer = await octokit.rest.actions.downloadArtifact({
        owner: run.owner,
        repo: run.repo,
        artifact_id: artifactId,
        archive_format: 'zip',
        request: { redirect: 'manual' },
    });
    const location = answer.headers.location;
    if (typeof location !== 'string')
        throw new Error(`the API answered ${answer.status} without a location`);
    const signals = [AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), ...(signal ? [signal] : [])];
    const response = await fetch(location, { signal: AbortSignal.any(signals), credentials: 'omit' });
    if (!response.ok || response.body === null)
        throw new Error(`the storage answered ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_ARTIFACT_BYTES)
        throw new Error(`it is larger than ${MAX_REPORT_SIZE}`);
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body) {
        size += chunk.byteLength;
        if (size > MAX_ARTIFACT_BYTES)
            throw new Error(`it is larger than ${MAX_REPORT_SIZE}`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/**
 * The JSON files of an artifact's zip. Pure. Each is inflated into a buffer of the size its entry declares,
 * at most MAX_REPORT_BYTES (a zip bomb cannot grow past it); anything else in the zip is ignored.
 */
function reportsInZip(artifact, zip) {
    const refused = [];
    let files;
    let jsonFiles = 0;
    try {
        files = (0,esm/* unzipSync */.AO)(zip, {
            filter: (file) => {
                if (!file.name.endsWith('.json'))
                    return false;
                jsonFiles++;
                if (jsonFiles > MAX_FILES_PER_ARTIFACT)
                    return false;
                if (file.originalSize > MAX_REPORT_BYTES) {
                    refused.push({
                        source: `${artifact}/${file.name}`,
                        refused: `it is larger than ${MAX_REPORT_SIZE}`,
                    });
                    return false;
                }
                return true;
            },
        });
    }
    catch (error) {
        return [{ source: artifact, refused: `it is not a readable zip: ${(0,src_text/* errorMessage */.gJ)(error)}` }];
    }
    const reports = Object.entries(files)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, bytes]) => ({ source: `${artifact}/${name}`, text: new TextDecoder().decode(bytes) }));
    if (jsonFiles > MAX_FILES_PER_ARTIFACT) {
        refused.push({
            source: artifact,
            refused: `only its first ${MAX_FILES_PER_ARTIFACT} of ${jsonFiles} JSON files are read`,
        });
    }
    if (reports.length === 0 && refused.length === 0) {
        refused.push({ source: artifact, refused: 'it holds no JSON file' });
    }
    return [...reports, ...refused];
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/github/publish.ts
// Writes to GitHub: the sticky PR comment and, when findings exceed the step's annotation budget, one check
// run holding every finding. Nothing here changes the verdict: failures become warnings, 5xx and secondary
// rate limits are retried with backoff, bounded in time.





/** The identity that writes with GITHUB_TOKEN; `GET /user` answers only for other tokens. */
const ACTIONS_BOT = 'github-actions[bot]';
const REQUEST_TIMEOUT_MS = 10_000;
const ANNOTATIONS_PER_REQUEST = 50;
/**
 * A signal that aborts after `ms` with an AbortError, which the retry plugin does not retry (a request
 * timeout, a TimeoutError, is retried): once a budget is spent, no request starts again.
 */
function budgetSignal(ms) {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), ms).unref();
    return controller.signal;
}
/**
 * A client whose every request has a deadline: REQUEST_TIMEOUT_MS, and `budget` (the publishing phase's
 * own) when given. Both abort the request itself (octokit's fetch takes `request.signal`; its `timeout`
 * option is ignored by the fetch-based client), so a hanging API ends in an error, not a hang.
 */
function makeOctokit(token, apiUrl, budget) {
    // A plugin before the retry plugin wraps each attempt, not the whole retried call.
    const deadlines = (octokit) => {
        octokit.hook.wrap('request', (request, options) => {
            if (budget?.aborted)
                throw new Error('the time for GitHub API requests is over');
            const signals = [AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...(budget ? [budget] : [])];
            // Set on the request's own options object (a fresh one per request): a copy of it loses the signal.
            options.request.signal = AbortSignal.any(signals);
            return request(options);
        });
    };
    return github/* getOctokit */.Q(token, {
        ...(apiUrl ? { baseUrl: apiUrl } : {}),
        // Retries (3, with backoff) come from the retry plugin; setting request.retries would also retry 4xx.
        throttle: {
            // One retry for a rate limit that lifts within a minute; beyond that the gate does not wait.
            onRateLimit: (after, _options, _octokit, retryCount) => retryCount < 1 && after <= 60,
            onSecondaryRateLimit: (after, _options, _octokit, retryCount) => retryCount < 1 && after <= 60,
        },
    }, deadlines, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** One comment per job and key: found by its marker among this token's own comments, updated in place. */
async function upsertComment(octokit, run, body, marker, mode, passed) {
    const { owner, repo, pullRequest } = run;
    if (mode === 'never' || !owner || !repo || !pullRequest)
        return { action: 'skipped' };
    const identity = await whoAmI(octokit);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: pullRequest.number,
        per_page: 100,
    });
    const ours = comments.find((comment) => comment.body?.includes(marker) && comment.user?.login === (identity ?? ACTIONS_BOT));
    if (ours) {
        if (sameResult(ours.body ?? '', body))
            return { action: 'unchanged', url: ours.html_url };
        const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
        return { action: 'updated', url: updated.data.html_url };
    }
    if (mode === 'on-failure' && passed)
        return { action: 'skipped' };
    const created = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: pullRequest.number,
        body,
    });
    return { action: 'created', url: created.data.html_url };
}
/** Bodies that differ only in the checks' run times report the same result: no write. */
function sameResult(a, b) {
    const withoutTimes = (body) => body.replace(/\| (?:[\d.]+ s|—) \|$/gm, '| |');
    return withoutTimes(a) === withoutTimes(b);
}
async function whoAmI(octokit) {
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch {
        return undefined;
    }
}
/** The planned findings as check-run annotations, 50 per request: the first with the create, the rest appended. */
async function publishCheckRun(octokit, run, report, name, plan) {
    const { owner, repo, headSha } = run;
    if (!owner || !repo || !headSha)
        return undefined;
    const annotations = plan.findings.flatMap(toCheckAnnotation);
    const batches = [];
    for (let index = 0; index < annotations.length; index += ANNOTATIONS_PER_REQUEST) {
        batches.push(annotations.slice(index, index + ANNOTATIONS_PER_REQUEST));
    }
    const title = report.verdict.passed ? 'Quality gate passed' : 'Quality gate failed';
    const leftOut = plan.located - annotations.length;
    const summary = [
        `${report.counts.findings} findings: ${report.counts.errors} errors, ${report.counts.warnings} warnings, ${report.counts.notices} notices.`,
        ...report.verdict.reasons.map((reason) => `- ${reason}`),
        ...(leftOut > 0
            ? [
                '',
                `${annotations.length} of ${plan.located} located findings are annotated here (at most ${CHECK_RUN_ANNOTATION_CAP} per check run: errors first, findings on changed lines first, tools in turn); ${leftOut} are left out. Every finding is in the job summary and the JSON report.`,
            ]
            : []),
    ]
        .join('\n')
        .slice(0, 65_000);
    const created = await octokit.rest.checks.create({
        owner,
        repo,
        name,
        head_sha: headSha,
        status: 'completed',
        conclusion: report.verdict.passed ? 'success' : 'failure',
        output: { title, summary, annotations: batches[0] ?? [] },
    });
    for (const batch of batches.slice(1)) {
        await octokit.rest.checks.update({
            owner,
            repo,
            check_run_id: created.data.id,
            output: { title, summary, annotations: batch },
        });
    }
    return { id: created.data.id, annotations: annotations.length };
}
function toCheckAnnotation(finding) {
    if (finding.file === undefined || finding.line === undefined)
        return [];
    const endLine = finding.endLine ?? finding.line;
    const annotation = {
        path: finding.file,
        start_line: finding.line,
        end_line: endLine,
        annotation_level: finding.severity === 'error' ? 'failure' : finding.severity,
        message: finding.message.slice(0, 60_000),
        title: (finding.rule ? `${finding.tool} ${finding.rule}` : finding.tool).slice(0, 255),
    };
    if (endLine === finding.line && finding.column !== undefined) {
        annotation.start_column = finding.column;
        annotation.end_column = finding.endColumn ?? finding.column;
    }
    return [annotation];
}
/** 403 and 404 on a write mean the token may not write here (fork PRs, Dependabot). */
function isPermissionProblem(error) {
    const status = error?.status;
    return status === 403 || status === 404;
}
/**
 * The pull request a workflow_run's triggering run gated: the one GitHub's event payload names for its
 * head commit, else (a fork's pull request, which the payload leaves out) the open pull request whose head
 * is that commit. Never a number from an artifact: the pull request's own run wrote those.
 */
async function findPullRequest(octokit, run) {
    const triggering = run.triggeringRun;
    if (!triggering || !PULL_REQUEST_EVENTS.includes(triggering.event) || !run.owner || !run.repo)
        return undefined;
    const named = triggering.pullRequests.find((pr) => pr.headSha === triggering.headSha);
    if (named)
        return named;
    for await (const page of octokit.paginate.iterator(octokit.rest.pulls.list, {
        owner: run.owner,
        repo: run.repo,
        state: 'open',
        per_page: 100,
    })) {
        const match = page.data.find((pr) => pr.head.sha === triggering.headSha);
        if (match)
            return { number: match.number, headSha: match.head.sha, baseSha: match.base.sha };
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(76448);
;// CONCATENATED MODULE: ./src/report-files.ts
// Reports from files, for publish mode and `quality-gate publish`: the files the globs match, each read
// with a size bound and checked against the report schema. A file that is not a report is refused with
// its reason, never dropped silently.






/** `patterns`: globs relative to `base` (comma- or newline-separated in the input, split by the caller). */
async function readReportFiles(patterns, base, 
/** Where a report may be (through symlinks): the workspace and the runner's temp directory. */
roots = [base]) {
    const realRoots = await Promise.all(roots.map((root) => (0,promises_.realpath)(root).catch(() => root)));
    const files = (await (0,tinyglobby_dist/* glob */.TI)([...patterns], { cwd: base, onlyFiles: true, dot: true })).sort();
    const sources = [];
    for (const file of files) {
        const full = external_node_path_default().resolve(base, file);
        try {
            const real = await (0,promises_.realpath)(full);
            if (!realRoots.some((root) => isInside(real, root)))
                throw new Error(`it is outside ${roots.join(' and ')}`);
            const size = (await (0,promises_.stat)(real)).size;
            if (size > MAX_REPORT_BYTES)
                throw new Error(`it is larger than ${MAX_REPORT_SIZE}`);
            sources.push({ source: file, text: await (0,promises_.readFile)(real, 'utf8') });
        }
        catch (error) {
            sources.push({ source: file, refused: (0,src_text/* errorMessage */.gJ)(error) });
        }
    }
    return { ...parseReports(sources), files };
}
/** Each source checked against the report schema and labelled by its job and comment-key. */
function parseReports(sources) {
    const read = [];
    const refused = [];
    for (const { source, text, refused: why } of sources) {
        if (text === undefined) {
            refused.push({ key: source, reason: why ?? 'it could not be read' });
            continue;
        }
        try {
            const report = parseReport(text);
            read.push({ item: { key: reportKey(report, source), report }, source });
        }
        catch (error) {
            refused.push({ key: source, reason: (0,src_text/* errorMessage */.gJ)(error) });
        }
    }
    // Two reports with one label (two local runs, a job without comment-key) are told apart by their sources.
    const labels = read.map(({ item }) => item.key);
    const reports = read.map(({ item, source }) => labels.indexOf(item.key) === labels.lastIndexOf(item.key)
        ? item
        : { ...item, key: `${item.key} (${source})` });
    return { reports, refused };
}
function isInside(file, root) {
    const relative = external_node_path_default().relative(root, file);
    return relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
}

;// CONCATENATED MODULE: ./src/stages/collect.ts
// Publish mode's first stage, collect: the reports to publish — the files `reports` names, or, with
// `reports` empty, the report artifacts of the triggering run (on workflow_run) or of this run. Every report
// is untrusted input (a pull request's run wrote it): size-bounded and schema-checked before use.






/** How long listing and downloading the triggering run's artifacts may take in all. */
const COLLECT_BUDGET_MS = 120_000;
/** The reports, or undefined when the triggering run left nothing to publish. */
async function collectReports(config, platform) {
    return config.reports.length > 0 ? fromFiles(config, platform) : fromRunArtifacts(config, platform);
}
async function fromFiles(config, platform) {
    const temp = platform.source.env.RUNNER_TEMP;
    const read = await readReportFiles(config.reports, config.workspace, [
        config.workspace,
        ...(temp ? [temp] : []),
    ]);
    if (read.files.length === 0) {
        throw new ConfigError(`Invalid ${platform.source.describe('reports')}: no file in the workspace matches ${config.reports.join(', ')}.`);
    }
    return read;
}
/**
 * The report artifacts of the triggering run (workflow_run: a pull request's run, often a fork's) or of
 * this run (a matrix's gate jobs, which this job `needs`). Artifacts are listed as soon as they are uploaded.
 */
async function fromRunArtifacts(config, platform) {
    const env = platform.source.env;
    const run = readWorkflowRun(env);
    const triggered = run.eventName === 'workflow_run';
    const runId = triggered ? run.triggeringRun?.id : Number(env.GITHUB_RUN_ID);
    if (runId === undefined ||
        !Number.isSafeInteger(runId) ||
        run.owner === undefined ||
        run.repo === undefined) {
        throw new ConfigError(`Invalid ${platform.source.describe('reports')}: it is empty, and there is no ${triggered ? 'triggering run in the workflow_run event' : 'workflow run (GITHUB_RUN_ID)'} whose report artifacts could be read; name the report files.`);
    }
    if (!config.githubToken) {
        throw new ConfigError(`Invalid ${platform.source.describe('github-token')}: mode: publish needs it to read the report artifacts of run ${runId}.`);
    }
    const which = triggered ? `the triggering run ${runId}` : `this run (${runId})`;
    // One budget for the API requests and the storage downloads alike.
    const budget = budgetSignal(COLLECT_BUDGET_MS);
    const octokit = makeOctokit(config.githubToken, env.GITHUB_API_URL, budget);
    let sources;
    try {
        sources = await downloadReportArtifacts(octokit, { owner: run.owner, repo: run.repo, runId }, budget);
    }
    catch (error) {
        const why = `Could not list the artifacts of ${which}: ${(0,src_text/* errorMessage */.gJ)(error)}`;
        // A missing permission is the workflow's to fix; anything else is the infrastructure's, not a verdict.
        if (isPermissionProblem(error)) {
            throw new ConfigError(`${why}. The publishing job needs \`permissions: actions: read\`.`);
        }
        platform.warning(`${why}. Nothing was published; the gate jobs' own results stand.`);
        return undefined;
    }
    if (sources.length === 0) {
        if (triggered) {
            // The usual case for a pull request from the same repository: its run could write, and did.
            platform.info(`The triggering run ${runId} uploaded no quality-gate report (it published its own results, or stopped before): nothing to publish.`);
        }
        else {
            platform.warning(`No job of this run uploaded a quality-gate report: nothing to publish. Give the gate jobs report-artifact: true, and this job needs: on them.`);
        }
        return undefined;
    }
    platform.info(`Read ${sources.length} report${sources.length === 1 ? '' : 's'} from the artifacts of ${which}.`);
    return parseReports(sources);
}

// EXTERNAL MODULE: ./src/exec.ts + 1 modules
var exec = __webpack_require__(14981);
;// CONCATENATED MODULE: ./src/scope.ts
// Which findings a change touched. Pure: the change set comes from src/changes.ts.

/** Paths as the tools and git may spell them (`./a.py`, `a\\b.py`, `a//b.py`) compared in one form. */
function normalizePath(file) {
    const posix = external_node_path_default().posix.normalize(file.replace(/\\/g, '/'));
    return posix.startsWith('./') ? posix.slice(2) : posix;
}
function changeSetOf(files, source) {
    const map = new Map();
    for (const file of files) {
        const key = normalizePath(file.path);
        const known = map.get(key);
        if (file.lines === 'all' || known === 'all')
            map.set(key, 'all');
        else
            map.set(key, new Set([...(known ?? []), ...file.lines]));
    }
    return { files: map, source };
}
/**
 * Whether a finding is on a changed line. A formatter's finding is about the whole file, so a changed file
 * counts; so does any finding with a file but no line. A finding with no file at all (a config error) cannot
 * be placed and always counts. A multi-line finding counts when any of its lines changed.
 */
function isOnChangedLines(finding, kind, changes) {
    if (finding.file === undefined)
        return true;
    const lines = changes.files.get(normalizePath(finding.file));
    if (lines === undefined)
        return false;
    if (lines === 'all' || kind === 'format' || finding.line === undefined)
        return true;
    const last = Math.max(finding.line, finding.endLine ?? finding.line);
    for (let line = finding.line; line <= last; line++)
        if (lines.has(line))
            return true;
    return false;
}
/**
 * Applies the scope, and marks findings on changed lines so the annotation budget and the comment rank
 * them first. Failing tests always count: a change can break a test anywhere.
 */
function scopeFindings(findings, kind, scope, changes) {
    if (changes === undefined)
        return { counted: [...findings], outside: [] };
    const counted = [];
    const outside = [];
    for (const finding of findings) {
        const changed = isOnChangedLines(finding, kind, changes);
        const marked = changed ? { ...finding, onChangedLines: true } : finding;
        if (scope === 'all' || changed || kind === 'test')
            counted.push(marked);
        else
            outside.push(marked);
    }
    return { counted, outside };
}

;// CONCATENATED MODULE: ./src/changes.ts
// The lines this change touched. On pull requests: `git diff BASE...HEAD` of the event's base and head,
// fetching a missing base (shallow checkouts), else the pull request files API. On pushes and local runs:
// from the merge-base with `base-ref` (or the push's `before`). Locally the working tree and untracked files
// count too, so a developer sees exactly what the PR gate will see.






/** The PR files API lists at most this many files. */
const PR_FILES_LIMIT = 3000;
const GIT_TIMEOUT_MS = 120_000;
/** History fetched when a shallow checkout lacks the merge-base: enough for most branches, still small. */
const DEEPEN = 200;
async function findChanges(options) {
    const git = gitRunner(options);
    const root = (await git(['rev-parse', '--show-toplevel']).catch(() => '')).trim();
    const pr = options.run.pullRequest;
    if (pr !== undefined) {
        if (root) {
            try {
                const fetch = options.fetch !== false;
                return { changes: await diffCommits(git, root, options.workspace, pr.baseSha, pr.headSha, fetch) };
            }
            catch (error) {
                options.info(`git could not diff the pull request (${(0,src_text/* errorMessage */.gJ)(error)}); asking the pull request files API.`);
            }
        }
        return filesFromApi(options, root || options.workspace);
    }
    if (!root)
        return { problem: `${options.workspace} is not inside a git repository` };
    const base = options.baseRef ?? options.run.pushBefore;
    if (base === undefined) {
        return {
            problem: options.local
                ? 'there is no base to compare with: pass --base-ref (for example origin/main)'
                : 'there is no base to compare with outside a pull request: set base-ref',
        };
    }
    try {
        const baseSha = await resolveCommit(git, base);
        const mergeBase = await findMergeBase(git, baseSha, 'HEAD');
        const files = options.local
            ? [...(await diffFiles(git, [mergeBase])), ...(await untrackedFiles(git))]
            : await diffFiles(git, [mergeBase, 'HEAD']);
        const head = options.local ? 'working tree' : changes_short(await git(['rev-parse', 'HEAD']));
        return {
            changes: changeSetOf(relativeTo(files, root, options.workspace), `git diff ${changes_short(mergeBase)}...${head} (merge-base with ${base})`),
        };
    }
    catch (error) {
        return { problem: `git could not diff against ${base}: ${(0,src_text/* errorMessage */.gJ)(error)}` };
    }
}
function gitRunner(options) {
    const env = { ...(0,exec/* toolEnvironment */.uQ)(options.env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
    return async (args) => {
        const done = await (0,exec/* runProcess */.R3)(['git', '-c', 'core.quotePath=false', ...args], {
            cwd: options.workspace,
            env,
            timeoutMs: GIT_TIMEOUT_MS,
        });
        if (done.exitCode !== 0) {
            const why = done.spawnError ?? (done.stderr.trim().split('\n').pop() || `exit ${done.exitCode}`);
            throw new Error(`git ${args[0]}: ${why}`);
        }
        return done.stdout;
    };
}
async function diffCommits(git, root, workspace, base, head, fetch) {
    await ensureCommits(git, [base, head], fetch);
    const mergeBase = await findMergeBase(git, base, head, fetch);
    const files = await diffFiles(git, [mergeBase, head]);
    return changeSetOf(relativeTo(files, root, workspace), `git diff ${changes_short(base)}...${changes_short(head)}`);
}
const exists = (git, ref) => git(['cat-file', '-e', `${ref}^{commit}`]).then(() => true, () => false);
/** A shallow checkout may lack the base (or head) commit: fetch just those. */
async function ensureCommits(git, shas, fetch) {
    const missing = [];
    for (const sha of shas)
        if (!(await exists(git, sha)))
            missing.push(sha);
    if (missing.length > 0 && !fetch)
        throw new Error(`${missing.map(changes_short).join(', ')} not in this checkout`);
    if (missing.length > 0)
        await git([
            'fetch',
            '--no-tags',
            '--no-recurse-submodules',
            '--depth=1',
            '--end-of-options',
            'origin',
            ...missing,
        ]);
}
/** The merge-base; in a shallow repository without it, fetch some history of both sides once and retry. */
async function findMergeBase(git, base, head, fetch = true) {
    try {
        return (await git(['merge-base', base, head])).trim();
    }
    catch (error) {
        if (!fetch || (await git(['rev-parse', '--is-shallow-repository'])).trim() !== 'true')
            throw error;
        // By sha: a fetch of a sha deepens that history, whatever the local branch names are.
        const shas = await Promise.all([base, head].map(async (ref) => (await git(['rev-parse', ref])).trim()));
        await git([
            'fetch',
            '--no-tags',
            '--no-recurse-submodules',
            `--deepen=${DEEPEN}`,
            '--end-of-options',
            'origin',
            ...shas,
        ]);
        return (await git(['merge-base', base, head])).trim();
    }
}
/** A ref or sha, fetched from origin when this checkout does not have it. */
async function resolveCommit(git, ref) {
    if (await exists(git, ref))
        return (await git(['rev-parse', `${ref}^{commit}`])).trim();
    if (await exists(git, `origin/${ref}`))
        return (await git(['rev-parse', `origin/${ref}^{commit}`])).trim();
    await git([
        'fetch',
        '--no-tags',
        '--no-recurse-submodules',
        `--depth=${DEEPEN}`,
        '--end-of-options',
        'origin',
        ref,
    ]);
    return (await git(['rev-parse', 'FETCH_HEAD^{commit}'])).trim();
}
async function diffFiles(git, range) {
    const text = await git([
        'diff',
        '--unified=0',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--find-renames',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        ...range,
        '--',
    ]);
    return parseChangedFiles(text);
}
async function untrackedFiles(git) {
    const list = await git(['ls-files', '--others', '--exclude-standard', '-z']);
    return list
        .split('\0')
        .filter(Boolean)
        .map((file) => ({ path: file, status: 'added', lines: 'all' }));
}
async function filesFromApi(options, root) {
    const { octokit, run } = options;
    const pr = run.pullRequest;
    if (!octokit || !pr || !run.owner || !run.repo) {
        return { problem: 'git could not diff the pull request and there is no github-token for the files API' };
    }
    const files = [];
    let listed = 0;
    try {
        const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
            owner: run.owner,
            repo: run.repo,
            pull_number: pr.number,
            per_page: 100,
        });
        for await (const page of pages) {
            for (const file of page.data) {
                listed++;
                if (file.status === 'removed')
                    continue;
                const whole = file.status === 'renamed' || file.status === 'copied' || file.patch === undefined;
                files.push({
                    path: file.filename,
                    status: file.status === 'added' ? 'added' : file.status === 'renamed' ? 'renamed' : 'modified',
                    lines: whole ? 'all' : patchAddedLines(file.patch ?? ''),
                });
            }
            if (listed >= PR_FILES_LIMIT)
                break;
        }
    }
    catch (error) {
        return { problem: `the pull request files API failed: ${(0,src_text/* errorMessage */.gJ)(error)}` };
    }
    if (listed >= PR_FILES_LIMIT) {
        options.info(`The pull request files API lists at most ${PR_FILES_LIMIT} files; files past that count as unchanged.`);
    }
    return {
        changes: changeSetOf(relativeTo(files, root, options.workspace), `pull request files API (${listed} files)`),
    };
}
/** git and the API speak repository-root paths; findings speak workspace paths. */
function relativeTo(files, root, workspace) {
    const real = (dir) => {
        try {
            return (0,external_node_fs_.realpathSync)(dir);
        }
        catch {
            return dir;
        }
    };
    const from = real(workspace);
    const top = real(root);
    return files.map((file) => ({
        ...file,
        path: external_node_path_default().relative(from, external_node_path_default().join(top, file.path)).split((external_node_path_default()).sep).join('/'),
    }));
}
const changes_short = (sha) => sha.trim().slice(0, 7);

;// CONCATENATED MODULE: ./src/stages/changes.ts
// Stage 1b, changes: the lines this change touched, found alongside the tools when anything uses them.
// Trouble is a warning when a setting depends on the answer, a log line otherwise; it never fails the run.



/** How long the pull request files API may take when git cannot tell the changed lines. */
const CHANGED_FILES_BUDGET_MS = 30_000;
/**
 * Starts when anything uses the answer: `scope: changed`, diff coverage, or ranking on a pull request or
 * with a base-ref.
 */
function startFindingChanges(config, platform, workflowRun) {
    const scoped = config.scope === 'changed';
    const gatesDiff = config.diffCoverageThreshold !== undefined;
    const wanted = scoped || gatesDiff || workflowRun.pullRequest !== undefined || config.baseRef !== undefined;
    if (!wanted)
        return Promise.resolve({ warnings: [] });
    const octokit = config.githubToken && platform.publishesToGitHub
        ? makeOctokit(config.githubToken, platform.source.env.GITHUB_API_URL, budgetSignal(CHANGED_FILES_BUDGET_MS))
        : undefined;
    return findChanges({
        workspace: config.workspace,
        env: platform.source.env,
        run: workflowRun,
        ...(config.baseRef !== undefined ? { baseRef: config.baseRef } : {}),
        local: platform.changesIncludeWorkingTree,
        // Fetching history is worth it only when a setting depends on the answer, not for ranking alone.
        fetch: scoped || gatesDiff,
        ...(octokit ? { octokit } : {}),
        info: (message) => platform.info(message),
    })
        .catch((error) => ({ problem: (0,src_text/* errorMessage */.gJ)(error) }))
        .then((result) => {
        if ('changes' in result) {
            platform.info(`Changed lines from ${result.changes.source}.`);
            return { changes: result.changes, warnings: [] };
        }
        const warnings = [];
        if (scoped) {
            warnings.push(`${platform.source.describe('scope')} is 'changed', but the changed lines are unknown (${result.problem}): every finding counts.`);
        }
        if (gatesDiff) {
            warnings.push(`${platform.source.describe('diff-coverage-threshold')} is set, but the changed lines are unknown (${result.problem}): diff coverage is not gated.`);
        }
        if (!scoped && !gatesDiff)
            platform.info(`Changed lines unknown (${result.problem}).`);
        return { warnings };
    });
}

;// CONCATENATED MODULE: ./src/changed-lines-coverage.ts

function coverageOfChangedLines(coverage, changes) {
    const result = { covered: 0, total: 0, files: [] };
    for (const file of coverage.files) {
        const changed = changes.files.get(normalizePath(file.file));
        if (changed === undefined)
            continue;
        const touched = (line) => changed === 'all' || changed.has(line);
        const covered = (file.executedLines ?? []).filter(touched);
        const uncovered = file.missingLines.filter(touched).sort((a, b) => a - b);
        const total = covered.length + uncovered.length;
        if (total === 0)
            continue;
        result.files.push({ file: file.file, covered: covered.length, total, uncoveredLines: uncovered });
        result.covered += covered.length;
        result.total += total;
    }
    if (result.total > 0)
        result.percent = (100 * result.covered) / result.total;
    result.files.sort((a, b) => a.file.localeCompare(b.file));
    return result;
}

;// CONCATENATED MODULE: ./src/merge-runs.ts
// One check from several runs of its tool (one per `tsc -p` project, one per script that runs it): the
// worst outcome, every finding once, the tests and the coverage of all runs together. Pure.

const merge_runs_RANK = { pass: 0, fail: 1, error: 2 };
const SLOWEST = 5;
function mergeParseResults(results) {
    const [first, ...rest] = results;
    if (first === undefined)
        return { outcome: 'error', findings: [], reason: 'the tool did not run' };
    if (rest.length === 0)
        return first;
    const worst = results.reduce((a, b) => (merge_runs_RANK[b.outcome] > merge_runs_RANK[a.outcome] ? b : a));
    const merged = { outcome: worst.outcome, findings: uniqueFindings(results) };
    const reasons = [...new Set(results.flatMap((result) => (result.reason ? [result.reason] : [])))];
    if (reasons.length > 0)
        merged.reason = reasons.join('; ');
    const tests = results.flatMap((result) => (result.tests ? [result.tests] : []));
    if (tests.length > 0)
        merged.tests = mergeTests(tests);
    const coverage = results.flatMap((result) => (result.coverage ? [result.coverage] : []));
    if (coverage.length > 0)
        merged.coverage = mergeCoverage(coverage);
    const coverageTrouble = results.find((result) => result.coverageTrouble)?.coverageTrouble;
    if (coverageTrouble !== undefined)
        merged.coverageTrouble = coverageTrouble;
    const failures = results.flatMap((result) => (result.coverageFailure ? [result.coverageFailure] : []));
    if (failures.length > 0) {
        const threshold = failures.find((failure) => failure.threshold !== undefined)?.threshold;
        merged.coverageFailure = {
            reason: [...new Set(failures.map((failure) => failure.reason))].join('; '),
            ...(threshold !== undefined ? { threshold } : {}),
        };
    }
    return merged;
}
/** Two projects that share files report the same diagnostic twice: it is one finding. */
function uniqueFindings(results) {
    const seen = new Set();
    return results
        .flatMap((result) => result.findings)
        .filter((finding) => {
        const key = JSON.stringify([
            finding.file,
            finding.line,
            finding.column,
            finding.rule,
            finding.severity,
            finding.message,
        ]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function mergeTests(all) {
    const sum = (pick) => all.reduce((total, tests) => total + pick(tests), 0);
    return {
        total: sum((tests) => tests.total),
        passed: sum((tests) => tests.passed),
        failed: sum((tests) => tests.failed),
        errors: sum((tests) => tests.errors),
        skipped: sum((tests) => tests.skipped),
        durationMs: sum((tests) => tests.durationMs),
        slowest: all
            .flatMap((tests) => tests.slowest)
            .sort((a, b) => b.durationMs - a.durationMs)
            .slice(0, SLOWEST),
        failures: all.flatMap((tests) => tests.failures),
    };
}
/** Per file, the run that covered it most; totals from those. Branch coverage cannot be combined. */
function mergeCoverage(all) {
    const byFile = new Map();
    for (const summary of all) {
        for (const file of summary.files) {
            const known = byFile.get(file.file);
            if (known === undefined || file.covered > known.covered)
                byFile.set(file.file, file);
        }
    }
    const files = [...byFile.values()];
    const covered = files.reduce((total, file) => total + file.covered, 0);
    const statements = files.reduce((total, file) => total + file.statements, 0);
    return { percent: linePercent(covered, statements), covered, statements, files };
}

;// CONCATENATED MODULE: ./src/stages/judge.ts






/** Every check, in the order of CHECK_KINDS. */
function judgeRuns(executions, context) {
    return executions
        .flatMap((execution) => withToolWarnings(judgeExecution(execution, context), execution))
        .sort((a, b) => CHECK_KINDS.indexOf(a.kind) - CHECK_KINDS.indexOf(b.kind));
}
const WARNINGS_KEPT = 20;
const WARNING_CHARS = 500;
/**
 * The tool's own warnings from all its runs, once each, on the first check the runs gave (the tests before
 * their coverage): whatever the outcome, they explain what the tool did.
 */
function withToolWarnings(results, execution) {
    const read = execution.tool.warnings;
    const [first, ...rest] = results;
    if (read === undefined || execution.ran === undefined || first === undefined)
        return results;
    const warnings = [...new Set(execution.ran.flatMap(({ run }) => read(run)))];
    if (warnings.length === 0)
        return results;
    const kept = warnings.slice(0, WARNINGS_KEPT).map((line) => line.slice(0, WARNING_CHARS));
    if (warnings.length > WARNINGS_KEPT)
        kept.push(`… and ${warnings.length - WARNINGS_KEPT} more`);
    return [{ ...first, warnings: kept }, ...rest];
}
function judgeExecution(execution, context) {
    const { item, tool, resolution, ran } = execution;
    const { policy } = context.config;
    const reportsTests = item.reportsTests !== false;
    const withCoverage = item.withCoverage === true;
    const companion = withCoverage ? tool.coverage : undefined;
    const where = execution.package !== undefined ? { package: execution.package } : {};
    const base = { tool: tool.id, kind: tool.kind, ...where, findings: [], blocking: 0, durationMs: 0 };
    const coverageBase = {
        tool: companion?.name ?? `${tool.id} coverage`,
        kind: 'coverage',
        ...where,
        findings: [],
        blocking: 0,
        durationMs: 0,
    };
    if (resolution === undefined || 'missing' in resolution || ran === undefined) {
        const reason = resolution !== undefined && 'missing' in resolution
            ? resolution.missing
            : `${tool.id} could not be resolved`;
        return [
            ...(reportsTests ? [{ ...base, outcome: 'error', reason }] : []),
            ...(withCoverage
                ? [{ ...coverageBase, tool: companion?.name ?? 'coverage', outcome: 'error', reason }]
                : []),
        ];
    }
    const each = ran.map(({ run, ctx }) => tool.parse(run, ctx));
    const parsed = mergeParseResults(each);
    const runs = ran.map(({ run, from }) => ({
        argv: run.argv,
        exitCode: run.exitCode,
        durationMs: run.durationMs,
        from,
    }));
    const durationMs = runs.reduce((total, run) => total + run.durationMs, 0);
    // The tool's own words when it was in trouble: the run that went wrong, else the last.
    const troubled = each.findIndex((result) => result.outcome === 'error');
    const telling = ran[troubled >= 0 ? troubled : ran.length - 1]?.run;
    const scoped = scopeFindings(parsed.findings, tool.kind, context.config.scope, context.changes);
    // Findings left out by the scope no longer fail the check; a failure without findings still does.
    const counted = {
        ...parsed,
        findings: scoped.counted,
        ...(parsed.outcome === 'fail' && parsed.findings.length > 0 && scoped.counted.length === 0
            ? { outcome: 'pass' }
            : {}),
    };
    const results = [];
    if (reportsTests) {
        const pin = context.pins.pins.find((candidate) => candidate.key === tool.id);
        const result = {
            ...base,
            findings: counted.findings,
            durationMs,
            runs,
            ...judge(counted, policy, tool.kind),
        };
        if (scoped.outside.length > 0)
            result.notOnChangedLines = scoped.outside;
        if (tool.kind !== 'test' && result.outcome !== 'error')
            result.decidedBy = decidedBy(runs, policy, tool.describeExit);
        if (resolution.version !== undefined)
            result.version = resolution.version;
        result.source = resolution.source;
        result.chosenBecause = item.reason;
        if (pin && context.config.toolSource === 'pinned')
            result.pin = { version: pin.version, source: pin.source };
        if (parsed.tests)
            result.tests = parsed.tests;
        if (result.outcome === 'error' && telling) {
            const stderrTail = (0,src_text/* tail */.RT)(telling.stderr || telling.stdout);
            if (stderrTail)
                result.stderrTail = stderrTail;
        }
        results.push(result);
    }
    if (!withCoverage)
        return results;
    if (!execution.measured && tool.coveragePackages !== undefined) {
        results.push({
            ...coverageBase,
            outcome: 'skipped',
            reason: `${tool.id} measures coverage with ${tool.coveragePackages.join(' or ')}, which the project does not install; add one to its devDependencies to measure coverage`,
        });
        return results;
    }
    if (!execution.measured && companion) {
        const module = companion.python.module;
        results.push({
            ...coverageBase,
            outcome: 'error',
            reason: context.toolchain.missingModules?.[module] ??
                `${companion.name} is not installed in the project's interpreter ${context.toolchain.python?.executable ?? '(none found)'} (No module named '${module}')`,
        });
        return results;
    }
    // A run in trouble (stopped at start-up, timed out, unreadable) measured nothing worth judging, even
    // when coverage.py wrote a report of the files it was told to watch: never a pass.
    if (parsed.outcome === 'error') {
        results.push({
            ...coverageBase,
            outcome: 'error',
            runs,
            reason: `not measured: ${tool.id} did not finish its tests (see its check)`,
        });
        return results;
    }
    const coverage = parsed.coverage && context.changes
        ? { ...parsed.coverage, diff: coverageOfChangedLines(parsed.coverage, context.changes) }
        : parsed.coverage;
    const after = telling?.after?.find((done) => done.exitCode !== 0) ?? telling?.after?.at(-1);
    const result = {
        ...coverageBase,
        durationMs: ran.reduce((total, { run }) => total + (run.after ?? []).reduce((sum, done) => sum + done.durationMs, 0), 0),
        runs,
        ...judgeCoverage(coverage, parsed.coverageTrouble, policy, parsed.coverageFailure, item.coverageThreshold),
    };
    // A companion (coverage.py) has its own version; jest and vitest measure with their own (istanbul).
    const version = companion ? context.toolchain.modules[companion.python.module] : resolution.version;
    if (version !== undefined)
        result.version = version;
    if (coverage)
        result.coverage = coverage;
    if (result.outcome === 'error' && after) {
        const stderrTail = (0,src_text/* tail */.RT)(after.stderr || after.stdout);
        if (stderrTail)
            result.stderrTail = stderrTail;
    }
    results.push(result);
    return results;
}

;// CONCATENATED MODULE: ./src/invocations.ts
// How the project itself calls a tool: from the commands its scripts run, the arguments the maintainers
// pass, without the flags the gate sets itself (output format) or that would change files (fix, write) or
// never end (watch). Pure.

/** Launchers that run a package's binary: `npx eslint`, `pnpm exec tsc`, `uv run mypy`. */
const LAUNCHERS = {
    npx: [],
    pnpx: [],
    bunx: [],
    'cross-env': [],
    'cross-env-shell': [],
    npm: ['exec', 'x'],
    pnpm: ['exec', 'dlx'],
    yarn: ['exec', 'dlx', 'run'],
    bun: ['x', 'run'],
    uv: ['run'],
    poetry: ['run'],
    pipenv: ['run'],
    pdm: ['run'],
    hatch: ['run'],
};
/**
 * The arguments a command passes to the tool, when the command runs it; undefined when it runs
 * something else (another tool, or this tool in a mode the gate does not gate, e.g. `biome format` for
 * biome's lint check).
 */
function toolArguments(tool, words) {
    const line = tool.commandLine;
    if (line === undefined)
        return undefined;
    const rest = withoutLaunchers(words, tool);
    if (rest === undefined)
        return undefined;
    const [first, ...after] = rest;
    if (first !== undefined && line.modes?.includes(first))
        return withoutOwnedFlags(after, line.ownedFlags);
    if (first !== undefined && line.otherModes?.includes(first))
        return undefined;
    if (line.modes !== undefined && !line.bareIsMode)
        return undefined;
    return withoutOwnedFlags(rest, line.ownedFlags);
}
/** The words after the tool's own name, past launchers and environment setters; undefined if not the tool. */
function withoutLaunchers(words, tool) {
    let index = 0;
    for (let guard = 0; guard < 6 && index < words.length; guard++) {
        const word = words[index] ?? '';
        const modes = LAUNCHERS[word];
        if (modes === undefined)
            break;
        index++;
        if (modes.length > 0 && modes.includes(words[index] ?? ''))
            index++;
        // Launcher options and environment assignments: npx --yes, npx -p pkg, cross-env NODE_ENV=test.
        while (index < words.length) {
            const next = words[index] ?? '';
            if (next === '--') {
                index++;
                break;
            }
            if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(next))
                index++;
            else if (next === '-p' || next === '--package' || next === '--with')
                index += 2;
            else if (next.startsWith('-'))
                index++;
            else
                break;
        }
    }
    const command = words[index];
    if (command === undefined)
        return undefined;
    // python -m mypy, node node_modules/typescript/bin/tsc
    if (/^python(\d(\.\d+)?)?(\.exe)?$/.test(external_node_path_default().basename(command)) && words[index + 1] === '-m') {
        return words[index + 2] === tool.python?.module ? words.slice(index + 3) : undefined;
    }
    if (external_node_path_default().basename(command) === 'node' || external_node_path_default().basename(command) === 'node.exe') {
        const script = words[index + 1] ?? '';
        return binaryName(script) === tool.executable ? words.slice(index + 2) : undefined;
    }
    return binaryName(command) === tool.executable ? words.slice(index + 1) : undefined;
}
/** node_modules/.bin/eslint.cmd → eslint; ./node_modules/typescript/bin/tsc → tsc. */
function binaryName(word) {
    return external_node_path_default().posix.basename(word.replaceAll('\\', '/')).replace(/\.(cmd|exe|js|cjs|mjs)$/i, '');
}
/** The arguments without the flags the gate owns: `--fix`, `--format json`, `--format=json`. */
function withoutOwnedFlags(args, owned) {
    const kept = [];
    for (let index = 0; index < args.length; index++) {
        const word = args[index] ?? '';
        const name = word.startsWith('-') ? word.replace(/=.*$/, '') : word;
        const values = owned[name];
        if (values === undefined) {
            kept.push(word);
            continue;
        }
        if (!word.includes('='))
            index += values;
    }
    return kept;
}
/**
 * The tool's invocations in the project's scripts, each distinct set of arguments once. A tool reached
 * from `format:check` does not also take `format`'s arguments (that script rewrites files).
 */
function scriptInvocations(tool, reading) {
    const found = [];
    const matched = reading.commands.flatMap((command) => {
        const args = toolArguments(tool, command.words);
        return args === undefined ? [] : [{ args, via: command.via }];
    });
    const checks = matched.some(({ via }) => via[0] === 'format:check');
    for (const { args, via } of matched) {
        if (checks && via[0] === 'format')
            continue;
        if (found.some((known) => sameArgs(known.args, args)))
            continue;
        found.push({ args, from: `package.json script ${via.map((name) => `"${name}"`).join(' → ')}` });
    }
    return found;
}
function sameArgs(a, b) {
    return a.length === b.length && a.every((word, index) => word === b[index]);
}
/**
 * The arguments a pre-commit hook passes the tool (before files), when the hook runs it: a published
 * hook by its id (its args, else its repository's defaults), or any hook whose `entry` runs the tool.
 */
function hookArguments(tool, hook) {
    const line = tool.commandLine;
    if (hook.entry !== undefined)
        return toolArguments(tool, [...hook.entry, ...hook.args]);
    if (line === undefined || hook.repo === 'local' || !tool.evidence.preCommitHooks?.includes(hook.id)) {
        return undefined;
    }
    return withoutOwnedFlags(hook.hasArgs ? hook.args : (line.hookDefaultArgs ?? []), line.ownedFlags);
}
/** The files a tool's pre-commit hook looks at by default (pre-commit's `types`), by extension. */
const HOOK_EXTENSIONS = {
    python: ['.py', '.pyi'],
    javascript: ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts'],
};
/**
 * The tool's pre-commit hooks, as pre-commit runs them on every file (`pre-commit run --all-files`): the
 * hook's args (a local hook's entry too), then the tracked files its files/exclude select — or, when
 * nothing narrows them, the targets the gate would use (the same files, found by the tool's own rules).
 */
function hookInvocations(tool, hooks, trackedFiles, defaultTargets) {
    const line = tool.commandLine;
    if (line === undefined)
        return [];
    const found = [];
    for (const hook of hooks) {
        const args = hookArguments(tool, hook);
        if (args === undefined)
            continue;
        const from = `hook ${hook.id} in .pre-commit-config.yaml`;
        if (!hook.passFilenames) {
            found.push({ args, from });
            continue;
        }
        if (hook.selects === undefined || trackedFiles === undefined) {
            found.push({ args: [...args, ...defaultTargets], from });
            continue;
        }
        const extensions = line.fileExtensions ?? HOOK_EXTENSIONS[tool.language];
        const files = trackedFiles.filter((file) => extensions.some((extension) => file.endsWith(extension)) && hook.selects?.(file));
        // pre-commit skips a hook that selects no file: it adds no run.
        if (files.length > 0)
            found.push({ args: [...args, ...files], from: `${from} (files/exclude)` });
    }
    return found.filter((invocation, index) => found.findIndex((other) => sameArgs(other.args, invocation.args)) === index);
}
/** The tool's invocations in tox `commands` and CI workflow `run` steps, each distinct set once. */
function commandInvocations(tool, commands) {
    const found = [];
    for (const command of commands) {
        const args = toolArguments(tool, command.words);
        if (args === undefined || found.some((known) => sameArgs(known.args, args)))
            continue;
        found.push({ args, from: command.where });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/precommit.ts
// .pre-commit-config.yaml as pre-commit reads it: each hook's id, args, entry (local hooks), files and
// exclude (Python regular expressions, searched in repository-relative paths, the config's own top-level
// files/exclude applied too) and pass_filenames. Pure.

function readPreCommit(config) {
    const root = asRecord(config);
    const problems = [];
    const compile = (where, value) => {
        if (typeof value !== 'string' || value === '' || value === '^$')
            return undefined;
        try {
            return pythonRegExp(value);
        }
        catch (error) {
            problems.push(`${where} in .pre-commit-config.yaml: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        }
    };
    const topFiles = compile('files', root.files);
    const topExclude = compile('exclude', root.exclude);
    const hooks = [];
    for (const repoEntry of asArray(root.repos)) {
        const repo = asRecord(repoEntry);
        const repoName = typeof repo.repo === 'string' ? repo.repo : '';
        for (const hookEntry of asArray(repo.hooks)) {
            const hook = asRecord(hookEntry);
            if (typeof hook.id !== 'string')
                continue;
            const files = compile(`files of hook ${hook.id}`, hook.files);
            const exclude = compile(`exclude of hook ${hook.id}`, hook.exclude);
            const narrowed = [topFiles, topExclude, files, exclude].some((pattern) => pattern !== undefined);
            const item = {
                id: hook.id,
                repo: repoName,
                args: asArray(hook.args).flatMap((arg) => typeof arg === 'string' || typeof arg === 'number' ? [String(arg)] : []),
                hasArgs: Array.isArray(hook.args),
                passFilenames: hook.pass_filenames !== false,
            };
            if (typeof hook.entry === 'string')
                item.entry = hook.entry.trim().split(/\s+/);
            if (narrowed) {
                item.selects = (file) => (topFiles?.test(file) ?? true) &&
                    !(topExclude?.test(file) ?? false) &&
                    (files?.test(file) ?? true) &&
                    !(exclude?.test(file) ?? false);
            }
            hooks.push(item);
        }
    }
    return { hooks, problems };
}
/**
 * A Python `re` pattern as a JavaScript RegExp with the same `re.search` meaning: inline flags at the
 * start ((?x) verbose, (?i), (?s), (?m)) become flags (verbose: whitespace and comments dropped), and
 * (?P<name>…) / (?P=name) become their JavaScript spellings.
 */
function pythonRegExp(pattern) {
    let body = pattern;
    let flags = '';
    const inline = /^\(\?([aiLmsux]+)\)/.exec(body);
    if (inline) {
        body = body.slice(inline[0].length);
        const letters = inline[1] ?? '';
        if (letters.includes('x'))
            body = withoutVerboseSpace(body);
        for (const letter of ['i', 'm', 's'])
            if (letters.includes(letter))
                flags += letter;
    }
    body = body.replace(/\(\?P<([A-Za-z_]\w*)>/g, '(?<$1>').replace(/\(\?P=([A-Za-z_]\w*)\)/g, '\\k<$1>');
    return new RegExp(body, flags);
}
/** Verbose mode: unescaped whitespace and #-comments outside character classes are not part of it. */
function withoutVerboseSpace(body) {
    let out = '';
    let inClass = false;
    for (let index = 0; index < body.length; index++) {
        const char = body[index] ?? '';
        if (char === '\\') {
            out += char + (body[index + 1] ?? '');
            index++;
        }
        else if (inClass) {
            if (char === ']')
                inClass = false;
            out += char;
        }
        else if (char === '[') {
            inClass = true;
            out += char;
        }
        else if (char === '#') {
            while (index < body.length && body[index] !== '\n')
                index++;
        }
        else if (!/\s/.test(char)) {
            out += char;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detect.ts





/** What marks a directory as a project, for the message when there is none. */
const PROJECT_MARKERS = 'pyproject.toml, setup.py, setup.cfg, requirements*.txt, Python files (at the top, in src/ or one directory down) and package.json';
/** Evidence of tests, but not of any configuration: it does not end zero-config defaults. */
const TESTS_DIRECTORY = 'a tests/ directory';
/** The check an entry script is for, when its name says (check and ci are for several). */
const SCRIPT_KIND = {
    lint: 'lint',
    'format:check': 'format',
    format: 'format',
    typecheck: 'typecheck',
    'type-check': 'typecheck',
    test: 'test',
};
const LANGUAGE_NAMES = { python: 'Python', javascript: 'JavaScript/TypeScript' };
/** Whether a directory names any quality tool (a tests/ directory alone does not count). */
function configuresTools(scan, surroundings = {}) {
    return configures(detectTools(evidenceSources(scan, surroundings)));
}
function configures(evidence) {
    return [...evidence.values()].some((found) => found.reason !== TESTS_DIRECTORY);
}
function planChecks(checks, named, scan, args = {}, surroundings = {}) {
    const plan = { tools: [], skipped: [], warnings: [] };
    const sources = evidenceSources(scan, surroundings);
    const evidence = detectTools(sources);
    const language = projectLanguage(scan);
    // A project that configures its tools gets those and no others; defaults only where nothing is named.
    const zeroConfig = !surroundings.member && !surroundings.packagesConfigure && !configures(evidence);
    const planned = (id, reason, version) => plannedTool(id, reason, sources, args[id], version);
    plan.warnings.push(...sources.preCommit.problems.map((problem) => `Ignored ${problem}`));
    for (const spec of named) {
        const kind = TOOLS[spec.id].kind;
        const measures = kind === 'test' && checks.includes('coverage');
        if (!checks.includes(kind) && !measures) {
            plan.warnings.push(`'${spec.id}' is named in tools but serves '${kind}', which is not in checks; it does not run.`);
        }
    }
    for (const kind of checks) {
        if (kind === 'coverage')
            continue; // measured by the test tool's run, below
        const chosen = named.filter((spec) => TOOLS[spec.id].kind === kind);
        if (chosen.length > 0) {
            for (const spec of chosen)
                plan.tools.push(planned(spec.id, 'named in tools', spec.version));
            continue;
        }
        const detected = [...evidence.entries()].filter(([id]) => TOOLS[id].kind === kind);
        // A tool the project only configures yields to one it runs (a hook, a script, a CI step).
        const running = detected.filter(([, found]) => found.runs);
        for (const [id, found] of detected) {
            if (running.length === 0 || found.runs)
                plan.tools.push(planned(id, found.reason));
            else
                plan.skipped.push({ kind, tool: id, reason: notRun(id, found, running) });
        }
        if (detected.length > 0)
            continue;
        const fallback = language === undefined ? undefined : defaultTool(kind, language);
        if (fallback !== undefined && language !== undefined && zeroConfig) {
            plan.tools.push(planned(fallback, zeroConfigReason(kind, language)));
        }
        else {
            const delegated = sources.scripts.delegated.find(({ via }) => SCRIPT_KIND[via[0] ?? ''] === kind);
            plan.skipped.push({
                kind,
                reason: delegated
                    ? `package.json script "${delegated.via[0]}" runs "${delegated.script}" in the workspace packages, and none of them runs a ${kind} tool the gate knows; name one in tools`
                    : notConfigured(kind, fallback, language),
            });
        }
    }
    if (checks.includes('coverage')) {
        planCoverage(plan, checks, named, planned, evidence, language, zeroConfig);
        for (const tool of plan.tools) {
            const threshold = tool.withCoverage ? TOOLS[tool.id].coverageThreshold?.(scan) : undefined;
            if (threshold !== undefined)
                tool.coverageThreshold = threshold;
        }
    }
    for (const id of Object.keys(args)) {
        if (!plan.tools.some((tool) => tool.id === id)) {
            plan.warnings.push(`'args' has arguments for '${id}', which does not run here; name it in tools to run it.`);
        }
    }
    return plan;
}
/**
 * Coverage comes from the test run (pytest under coverage.py, jest and vitest on their own): tests run
 * once. Without the test check, the test tool runs only to measure.
 */
function planCoverage(plan, checks, named, planned, evidence, language, zeroConfig) {
    const testTools = plan.tools.filter((tool) => tool.kind === 'test');
    if (testTools.length > 0) {
        for (const tool of testTools)
            tool.withCoverage = true;
        return;
    }
    if (checks.includes('test')) {
        plan.skipped.push({ kind: 'coverage', reason: 'no test tool runs, so there is nothing to measure' });
        return;
    }
    const spec = named.find((item) => TOOLS[item.id].kind === 'test');
    const detected = [...evidence.keys()].find((id) => TOOLS[id].kind === 'test');
    const fallback = language === undefined ? undefined : defaultTool('test', language);
    const id = spec?.id ?? detected ?? (zeroConfig ? fallback : undefined);
    if (id === undefined || language === undefined) {
        plan.skipped.push({ kind: 'coverage', reason: notConfigured('test', fallback, language) });
        return;
    }
    const reason = spec ? 'named in tools' : (evidence.get(id)?.reason ?? zeroConfigReason('test', language));
    plan.tools.push({ ...planned(id, reason, spec?.version), reportsTests: false, withCoverage: true });
}
/**
 * A planned tool and how it runs, from the first of: the config file's `args`, the project's scripts,
 * the tool's own config (its `aim`), the working directory.
 */
function plannedTool(id, reason, sources, given, version) {
    const tool = TOOLS[id];
    const item = { id, kind: tool.kind, reason, runs: plannedRuns(tool, sources, given) };
    if (version !== undefined)
        item.version = version;
    if (tool.kind === 'test')
        item.reportsTests = true;
    return item;
}
function plannedRuns(tool, sources, given) {
    if (given !== undefined) {
        return [{ targets: [...given], extraArgs: [], from: `args for ${tool.id} in the config file` }];
    }
    const fromScripts = scriptInvocations(tool, sources.scripts);
    if (fromScripts.length > 0)
        return fromScripts.map((invocation) => projectRun(invocation));
    const aim = tool.aim?.(sources.scan) ?? {};
    const targets = aim.targets ?? ['.'];
    const fromHooks = hookInvocations(tool, sources.preCommit.hooks, sources.surroundings.trackedFiles, targets);
    if (fromHooks.length > 0)
        return fromHooks.map((invocation) => projectRun(invocation));
    const fromSteps = commandInvocations(tool, sources.scan.runCommands);
    if (fromSteps.length > 0)
        return fromSteps.map((invocation) => projectRun(invocation));
    return [
        {
            targets,
            extraArgs: aim.extraArgs ?? [],
            from: targets.length === 0
                ? `${tool.id}'s own configuration and defaults`
                : `the gate's default (${targets.join(' ')})`,
        },
    ];
}
function projectRun(invocation) {
    return { targets: invocation.args, extraArgs: [], from: invocation.from };
}
function zeroConfigReason(kind, language) {
    return `zero-config default ${kind} tool for ${LANGUAGE_NAMES[language]} projects (the project configures none of its tools)`;
}
/** Why a tool the project configures does not run: it runs another for the same check. */
function notRun(id, found, running) {
    const others = running.map(([other, why]) => `${other} (${why.reason})`).join(', ');
    return `${id} is configured (${found.reason}) but the project runs ${others} for this check; name ${id} in tools to run it too`;
}
/** Why a check does not run in a project that configures other tools, and how to turn it on. */
function notConfigured(kind, example, language) {
    const hint = example ? ` (for example tools: ${example})` : '';
    if (language === undefined)
        return `no ${kind} tool detected in this directory; name one in tools${hint}`;
    return `the project configures no ${kind} tool; to run one, name it in tools${hint}`;
}
/**
 * The language whose default tools a project gets: Python files or packaging first, then package.json.
 * Undefined: there is no project here.
 */
function projectLanguage(scan) {
    if (isPythonProject(scan))
        return 'python';
    return scan.packageJson !== undefined ? 'javascript' : undefined;
}
function defaultTool(kind, language) {
    return TOOL_IDS.find((id) => TOOLS[id].kind === kind && TOOLS[id].language === language && TOOLS[id].isDefault);
}
function isPythonProject(scan) {
    return (scan.files.has('pyproject.toml') ||
        scan.files.has('setup.py') ||
        scan.files.has('setup.cfg') ||
        Object.keys(scan.requirements).length > 0 ||
        scan.hasPythonFiles);
}
/**
 * Tool → the first piece of evidence that the project uses it, in registry order. Tools that follow
 * another's evidence are decided last, once the tools they yield to are known.
 */
function detectTools(sources) {
    const found = new Map();
    const { scan } = sources;
    const ordered = [
        ...TOOL_IDS.filter((id) => TOOLS[id].evidence.follows === undefined),
        ...TOOL_IDS.filter((id) => TOOLS[id].evidence.follows !== undefined),
    ];
    for (const id of ordered) {
        const tool = TOOLS[id];
        // A JavaScript tool needs a package.json to run from; its config files alone do not make a project.
        if (tool.language === 'javascript' && scan.packageJson === undefined)
            continue;
        const run = runBy(tool, sources);
        const reason = firstEvidence(tool, sources, found, run);
        if (reason !== undefined)
            found.set(id, { reason, runs: run !== undefined });
    }
    return new Map(TOOL_IDS.flatMap((id) => (found.has(id) ? [[id, found.get(id)]] : [])));
}
/** Where the project runs the tool, if it does: a hook, a script, a CI step, a tox command. */
function runBy(tool, sources) {
    const hook = sources.preCommit.hooks.find((item) => hookArguments(tool, item) !== undefined);
    if (hook !== undefined)
        return `hook ${hook.id} in .pre-commit-config.yaml`;
    const script = sources.scripts.commands.find((command) => toolArguments(tool, command.words) !== undefined);
    if (script !== undefined)
        return `package.json script ${script.via.map((name) => `"${name}"`).join(' → ')}`;
    const step = sources.scan.runCommands.find((command) => toolArguments(tool, command.words) !== undefined);
    return step?.where;
}
function firstEvidence(tool, sources, found, run) {
    const { scan } = sources;
    const evidence = tool.evidence;
    const configured = configEvidence(evidence, scan);
    if (configured !== undefined)
        return configured;
    const key = evidence.packageJsonKeys?.find((item) => scan.packageJson !== undefined && item in scan.packageJson);
    if (key !== undefined)
        return `"${key}" in package.json`;
    const listed = (evidence.pythonPackages ?? []).flatMap((name) => sources.pythonPackages.get(name) ?? []);
    // Requirements and pyproject lists come before hooks, as the mentions are read in that order.
    if (listed.length > 0)
        return listed[0];
    if (run !== undefined)
        return run;
    const dependency = evidence.npmPackages?.find((name) => sources.npmPackages.has(name));
    if (dependency !== undefined)
        return `${dependency} in package.json dependencies`;
    if (evidence.testsDirectory && scan.hasTestsDir && isPythonProject(scan))
        return TESTS_DIRECTORY;
    const { parents = [], runAtRoot } = sources.surroundings;
    if (evidence.inParents && !runAtRoot?.has(tool.id)) {
        for (const parent of parents) {
            const inherited = configEvidence(evidence, parent.scan);
            if (inherited !== undefined)
                return `${inherited} in ${parent.label}`;
        }
    }
    const follows = evidence.follows;
    if (follows !== undefined && !follows.unless.some((id) => found.has(id)))
        return found.get(follows.tool)?.reason;
    return undefined;
}
/** The tool's own config files, pyproject tables and INI sections in one directory. */
function configEvidence(evidence, scan) {
    const file = evidence.files?.find((name) => scan.files.has(name));
    if (file !== undefined)
        return file;
    const table = evidence.pyprojectTables?.find((keys) => tomlTable(scan.pyproject, ...keys));
    if (table !== undefined)
        return `[${table.join('.')}] in pyproject.toml`;
    for (const [name, sections] of Object.entries(evidence.iniSections ?? {})) {
        const section = sections.find((item) => scan.ini[name]?.[item] !== undefined);
        if (section !== undefined)
            return `[${section}] in ${name}`;
    }
    return undefined;
}
function evidenceSources(scan, surroundings) {
    const pythonPackages = new Map();
    const add = (name, where) => {
        const lower = name.toLowerCase();
        if (!pythonPackages.has(lower))
            pythonPackages.set(lower, where);
    };
    for (const [file, text] of Object.entries(scan.requirements)) {
        for (const line of text.split(/\r?\n/)) {
            const name = /^\s*([A-Za-z0-9_.-]+)/.exec(line.replace(/#.*/, ''))?.[1];
            if (name)
                add(name, `listed in ${file}`);
        }
    }
    const py = scan.pyproject;
    const groups = [
        ...Object.entries(asRecord(py?.['dependency-groups'])).map(([name, list]) => [`[dependency-groups] ${name}`, list]),
        ...Object.entries(asRecord(asRecord(py?.project)['optional-dependencies'])).map(([name, list]) => [`[project.optional-dependencies] ${name}`, list]),
    ];
    for (const [where, list] of groups) {
        for (const item of asArray(list)) {
            const name = typeof item === 'string' ? /^\s*([A-Za-z0-9_.-]+)/.exec(item)?.[1] : undefined;
            if (name)
                add(name, `listed in pyproject.toml ${where}`);
        }
    }
    const preCommit = readPreCommit(scan.preCommit);
    const pkg = scan.packageJson;
    const deps = { ...asRecord(pkg?.dependencies), ...asRecord(pkg?.devDependencies) };
    return {
        scan,
        pythonPackages,
        npmPackages: new Set(surroundings.workspaceRoot ? [] : dependencyNames(deps)),
        preCommit,
        scripts: readPackageScripts(pkg),
        surroundings,
    };
}
/** Dependency keys and, for an alias (`"@typescript/native": "npm:typescript@^7"`), the package it installs. */
function dependencyNames(deps) {
    return Object.entries(deps).flatMap(([key, spec]) => {
        const aliased = typeof spec === 'string' ? /^npm:(@?[^@\s]+)(?:@|$)/.exec(spec)?.[1] : undefined;
        return aliased !== undefined && aliased !== key ? [key, aliased] : [key];
    });
}

;// CONCATENATED MODULE: ./src/toolchain/project-pins.ts
// The versions a project pins for its own quality tools, and the plugins and stubs its pre-commit hooks
// install beside them. Sources, in order of precedence: requirements/constraints files, pyproject dependency
// groups, Python lockfiles (uv, poetry, pdm), pre-commit hook revs (a tag, or a SHA with pre-commit's
// `# frozen: <tag>` comment) and local hooks' additional_dependencies, package.json devDependencies and the
// node lockfiles. Pure.




/** pre-commit hook repositories the tool modules name → the package whose version their `rev` is. */
const HOOK_REPOSITORIES = new Map(TOOL_IDS.flatMap((id) => (TOOLS[id].preCommitRepos ?? []).map((repo) => [repo, TOOLS[id].defaultPin?.package ?? id])));
/** Hook ids the tool modules name → the package they run; for local hooks and unknown mirrors. */
const HOOK_IDS = new Map(TOOL_IDS.flatMap((id) => (TOOLS[id].evidence.preCommitHooks ?? []).flatMap((hook) => {
    const pin = TOOLS[id].defaultPin;
    return pin?.registry === 'pypi' ? [[hook, pin.package]] : [];
})));
const DEV_GROUP = /dev|test|lint|type|check|qa|style|format|ci/i;
const EXACT_VERSION = /^\d+(\.\d+)*([a-z]+\d*)?(\.post\d+)?$/i;
const COMMIT_SHA = /^[0-9a-f]{7,40}$/i;
const PRE_COMMIT = '.pre-commit-config.yaml';
function projectPins(scan) {
    const hooks = preCommitPins(scan);
    return {
        pins: [
            ...requirementPins(scan),
            ...pyprojectPins(scan),
            ...pythonLockPins(scan),
            ...hooks.pins,
            ...packageJsonPins(scan),
            ...nodeLockPins(scan),
        ],
        extras: hooks.extras,
        warnings: hooks.warnings,
    };
}
/** `name==1.2.3` (extras and markers allowed); ranges are not pins. */
function requirementPin(line) {
    const text = line.replace(/\s+#.*$/, '').trim();
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;,]+)\s*(?:;.*)?$/.exec(text);
    if (!match || !EXACT_VERSION.test(match[2] ?? ''))
        return undefined;
    return { package: normalizePackage(match[1] ?? ''), version: match[2] ?? '' };
}
/** A requirement's package name, normalized: `flake8-bugbear[extra]>=24` → flake8-bugbear. */
function requirementName(requirement) {
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement);
    return match ? normalizePackage(match[1] ?? '') : undefined;
}
function requirementPins(scan) {
    const pins = [];
    const constraints = Object.entries(scan.pinFiles ?? {}).filter(([file]) => file.startsWith('constraints'));
    const files = { ...scan.requirements, ...Object.fromEntries(constraints) };
    for (const file of Object.keys(files).sort()) {
        for (const line of (files[file] ?? '').split(/\r?\n/)) {
            const pin = requirementPin(line);
            if (pin)
                pins.push({ ...pin, source: file });
        }
    }
    return pins;
}
function pyprojectPins(scan) {
    const pins = [];
    const add = (list, source) => {
        if (!Array.isArray(list))
            return;
        for (const item of list) {
            const pin = typeof item === 'string' ? requirementPin(item) : undefined;
            if (pin)
                pins.push({ ...pin, source });
        }
    };
    const py = scan.pyproject ?? {};
    for (const [group, list] of Object.entries(asRecord(py['dependency-groups']))) {
        add(list, `pyproject.toml [dependency-groups] ${group}`);
    }
    for (const [group, list] of Object.entries(asRecord(asRecord(py.project)['optional-dependencies']))) {
        if (DEV_GROUP.test(group))
            add(list, `pyproject.toml [project.optional-dependencies] ${group}`);
    }
    return pins;
}
/** uv.lock, poetry.lock and pdm.lock all list `[[package]]` tables with a name and the version resolved. */
function pythonLockPins(scan) {
    const pins = [];
    for (const file of ['uv.lock', 'poetry.lock', 'pdm.lock']) {
        const text = scan.pinFiles?.[file];
        if (text === undefined)
            continue;
        let lock;
        try {
            lock = (0,smol_toml_dist/* parse */.qg)(text);
        }
        catch {
            continue;
        }
        for (const entry of asArray(lock.package)) {
            const { name, version } = asRecord(entry);
            if (typeof name === 'string' && typeof version === 'string' && EXACT_VERSION.test(version)) {
                pins.push({ package: normalizePackage(name), version, source: file });
            }
        }
    }
    return pins;
}
function preCommitPins(scan) {
    const pins = [];
    const extras = new Map();
    const warnings = [];
    const frozen = frozenTags(scan.pinFiles?.[PRE_COMMIT]);
    for (const entry of asArray(asRecord(scan.preCommit).repos)) {
        const { repo: url, rev, hooks } = asRecord(entry);
        if (typeof url !== 'string')
            continue;
        const fromRepository = HOOK_REPOSITORIES.get(repositoryPath(url));
        if (fromRepository !== undefined && (typeof rev === 'string' || typeof rev === 'number')) {
            const written = String(rev);
            const tag = COMMIT_SHA.test(written) ? frozen.get(written) : written;
            const version = tag?.replace(/^v/, '');
            if (version !== undefined && EXACT_VERSION.test(version)) {
                const how = tag === written ? `rev ${written}` : `rev ${written.slice(0, 12)}… # frozen: ${tag}`;
                pins.push({ package: fromRepository, version, source: `${PRE_COMMIT} (${url} ${how})` });
            }
            else if (COMMIT_SHA.test(written)) {
                warnings.push(`The ${fromRepository} hook (${url}) is pinned to the commit ${written} without a "# frozen: <tag>" comment, so its version is unknown; the gate uses its own pin. Run \`pre-commit autoupdate --freeze\` to write the tag beside it.`);
            }
        }
        for (const hookEntry of asArray(hooks)) {
            const hook = asRecord(hookEntry);
            const id = typeof hook.id === 'string' ? hook.id : '';
            // pre-commit installs additional_dependencies only for hooks it builds an environment for: a local
            // hook must say `language: python` (a `system` hook runs what is installed).
            const local = url === 'local';
            if (local && hook.language !== 'python')
                continue;
            const tool = fromRepository ?? HOOK_IDS.get(id);
            const dependencies = asArray(hook.additional_dependencies).flatMap((item) => typeof item === 'string' || typeof item === 'number' ? [String(item)] : []);
            if (tool === undefined || dependencies.length === 0)
                continue;
            const source = `${PRE_COMMIT} (${id} hook additional_dependencies)`;
            // A local hook lists the tool itself among its dependencies: that is its pin; the rest go beside it.
            const own = dependencies.filter((requirement) => requirementName(requirement) === tool);
            for (const requirement of own) {
                const pin = requirementPin(requirement);
                if (pin)
                    pins.push({ ...pin, source });
            }
            const beside = dependencies.filter((requirement) => requirementName(requirement) !== tool);
            if (beside.length > 0 && !extras.has(tool))
                extras.set(tool, { requirements: beside, source });
        }
    }
    return { pins, extras, warnings };
}
/** pre-commit's `autoupdate --freeze` writes `rev: <sha>  # frozen: v1.2.3`; YAML drops comments, so read lines. */
function frozenTags(text) {
    const tags = new Map();
    for (const line of (text ?? '').split(/\r?\n/)) {
        const match = /^\s*(?:-\s*)?rev:\s*['"]?([0-9a-f]{7,40})['"]?\s*#\s*frozen:\s*(\S+)/i.exec(line);
        if (match?.[1] && match[2])
            tags.set(match[1], match[2]);
    }
    return tags;
}
function repositoryPath(url) {
    return url
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^git@([^:]+):/, '$1/')
        .replace(/\.git$/, '')
        .replace(/\/$/, '');
}
function packageJsonPins(scan) {
    const pins = [];
    for (const [name, spec] of Object.entries(asRecord(scan.packageJson?.devDependencies))) {
        if (typeof spec === 'string' && /^\d+\.\d+\.\d+([-+][\w.]+)?$/.test(spec)) {
            pins.push({ package: name, version: spec, source: 'package.json devDependencies' });
        }
    }
    return pins;
}
/**
 * The version each of the project's own (top-level) devDependencies resolved to: package-lock.json,
 * pnpm-lock.yaml (importer `.`), yarn.lock (classic and berry). Only packages package.json names.
 */
function nodeLockPins(scan) {
    const declared = Object.keys(asRecord(scan.packageJson?.devDependencies));
    if (declared.length === 0)
        return [];
    const pins = [];
    const add = (name, version, source) => {
        const exact = typeof version === 'string' ? /^\d+\.\d+\.\d+(-[\w.]+)?/.exec(version)?.[0] : undefined;
        if (exact !== undefined)
            pins.push({ package: name, version: exact, source });
    };
    const npmLock = parsed(scan.pinFiles?.['package-lock.json'], JSON.parse);
    if (npmLock !== undefined) {
        const packages = asRecord(asRecord(npmLock).packages);
        const dependencies = asRecord(asRecord(npmLock).dependencies);
        for (const name of declared) {
            add(name, asRecord(packages[`node_modules/${name}`]).version ?? asRecord(dependencies[name]).version, 'package-lock.json');
        }
    }
    const pnpmLock = asRecord(parsed(scan.pinFiles?.['pnpm-lock.yaml'], dist/* parse */.qg));
    const importer = asRecord(asRecord(pnpmLock.importers)['.']);
    const devDependencies = asRecord(importer.devDependencies ?? pnpmLock.devDependencies);
    for (const name of declared) {
        const entry = devDependencies[name];
        add(name, typeof entry === 'string' ? entry : asRecord(entry).version, 'pnpm-lock.yaml');
    }
    const yarnLock = scan.pinFiles?.['yarn.lock'];
    if (yarnLock !== undefined) {
        for (const name of declared)
            add(name, yarnVersion(yarnLock, name), 'yarn.lock');
    }
    return pins;
}
/** The version of a package's entry in yarn.lock: `"name@^1", name@^1.2:` (or `"name@npm:^1":`) then `version`. */
function yarnVersion(text, name) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const entry = new RegExp(`^"?${escaped}@[^\\n]*:\\s*\\n(?:[ \\t]+[^\\n]*\\n)*?[ \\t]+version:?\\s+"?([^"\\s]+)"?`, 'm').exec(text);
    return entry?.[1];
}
/** PEP 503: names compare case-insensitively with runs of -, _ and . alike. */
function normalizePackage(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function parsed(text, parse) {
    if (text === undefined)
        return undefined;
    try {
        return parse(text);
    }
    catch {
        return undefined;
    }
}
/** A project that pins nothing. */
const NO_PROJECT_PINS = { pins: [], extras: new Map(), warnings: [] };

;// CONCATENATED MODULE: ./src/toolchain/pins.ts
// Pin resolution. The built-in default pins (each tool module's own, listed in README) are the last word
// when neither `tools` nor the project's own files pin a tool; bump deliberately, never float.


/** Each tool module's default pin, and those of the coverage packages they name. The table README lists. */
const DEFAULT_PINS = Object.fromEntries(TOOL_IDS.flatMap((id) => {
    const { defaultPin, coverage } = TOOLS[id];
    return [
        ...(defaultPin ? [[id, defaultPin]] : []),
        ...(coverage ? [[coverage.name, coverage.defaultPin]] : []),
    ];
}));
/**
 * Precedence: the `tools` input, then the project's own files (in the order given), then the table.
 * `asked` holds the versions named in `tools`.
 */
function resolvePins(keys, asked, project) {
    const projectPins = project.pins;
    const drift = [...project.warnings];
    const pins = [];
    const reported = new Set();
    for (const key of keys) {
        const base = DEFAULT_PINS[key];
        if (base === undefined)
            continue;
        const fromProject = projectPins.filter((pin) => pin.package.toLowerCase() === base.package.toLowerCase());
        const versions = new Set(fromProject.map((pin) => pin.version));
        if (versions.size > 1 && !reported.has(base.package)) {
            reported.add(base.package);
            const [first] = fromProject;
            drift.push(`${base.package} is pinned differently in the project: ${fromProject.map((pin) => `${pin.version} in ${pin.source}`).join(', ')}; using ${first?.version} from ${first?.source}.`);
        }
        const input = asked.get(key);
        const chosen = input !== undefined
            ? { version: input, source: 'tools input' }
            : (fromProject[0] ?? { version: base.version, source: 'built-in default' });
        const pin = {
            key,
            package: base.package,
            registry: base.registry,
            version: chosen.version,
            source: chosen.source,
            extras: [],
        };
        const [own] = fromProject;
        if (own)
            pin.project = { version: own.version, source: own.source };
        // Plugins go into a Python tool's own environment; a node tool's hook dependencies are not its plugins.
        const extras = base.registry === 'pypi' ? project.extras.get(normalizePackage(base.package)) : undefined;
        if (extras) {
            pin.extras = extras.requirements.map((requirement) => pinnedByProject(requirement, projectPins));
            pin.extrasSource = extras.source;
        }
        pins.push(pin);
    }
    return { pins, drift };
}
/** A bare requirement (`flake8-bugbear`) takes the project's exact pin when it has one; a range stays a range. */
function pinnedByProject(requirement, projectPins) {
    const bare = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*$/.exec(requirement);
    if (bare === null)
        return requirement.trim();
    const name = normalizePackage(bare[1] ?? '');
    const pinned = projectPins.find((pin) => normalizePackage(pin.package) === name);
    return pinned ? `${bare[1]}${bare[2] ?? ''}==${pinned.version}` : requirement.trim();
}

;// CONCATENATED MODULE: ./src/workspaces.ts
// The packages of a workspace: npm and yarn `workspaces` in package.json, pnpm-workspace.yaml `packages`,
// uv's `[tool.uv.workspace] members`. Each is gated on its own; their globs are expanded the way the
// package managers do (directories only, node_modules never).





/** The workspace whose root is `dir`, or undefined when `dir` is not one. */
function findWorkspace(dir, scan) {
    const declared = declaredPatterns(dir, scan);
    if (declared === undefined)
        return undefined;
    const { patterns, marker } = declared;
    const include = patterns.filter((pattern) => !pattern.startsWith('!'));
    const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
    const found = (0,tinyglobby_dist/* globSync */.AZ)(include.map((pattern) => pattern.replace(/\/+$/, '')), {
        cwd: dir,
        onlyDirectories: true,
        expandDirectories: false,
        ignore: [...exclude, '**/node_modules/**', '**/.git/**'],
    });
    const packages = [...new Set(found.map((relative) => external_node_path_default().resolve(dir, relative)))]
        .filter((packageDir) => packageDir !== external_node_path_default().resolve(dir) && (0,external_node_fs_.existsSync)(external_node_path_default().join(packageDir, marker)))
        .sort();
    return packages.length > 0 ? { packages } : undefined;
}
function declaredPatterns(dir, scan) {
    const strings = (value) => asArray(value).filter((item) => typeof item === 'string');
    if (scan.files.has('pnpm-workspace.yaml')) {
        try {
            const text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, 'pnpm-workspace.yaml'), 'utf8');
            const patterns = strings(asRecord((0,dist/* parse */.qg)(text)).packages);
            if (patterns.length > 0)
                return { patterns, marker: 'package.json' };
        }
        catch {
            // An unreadable workspace file: the root is gated alone, as pnpm would fail anyway.
        }
    }
    const workspaces = scan.packageJson?.workspaces;
    const npm = Array.isArray(workspaces) ? strings(workspaces) : strings(asRecord(workspaces).packages);
    if (npm.length > 0)
        return { patterns: npm, marker: 'package.json' };
    const uv = asRecord(asRecord(asRecord(scan.pyproject?.tool).uv).workspace);
    const members = strings(uv.members);
    if (members.length > 0) {
        const exclude = strings(uv.exclude).map((pattern) => `!${pattern}`);
        return { patterns: [...members, ...exclude], marker: 'pyproject.toml' };
    }
    return undefined;
}
/**
 * The directories above `dir` up to the repository root (inclusive), nearest first: where tools that look
 * upwards for their config (prettier, eslint, biome, ruff, black) find it.
 */
function parentDirectories(dir, root) {
    const parents = [];
    const top = external_node_path_default().resolve(root);
    let current = external_node_path_default().resolve(dir);
    while (current !== top && current.startsWith(top)) {
        const parent = external_node_path_default().dirname(current);
        if (parent === current)
            break;
        parents.push(parent);
        current = parent;
    }
    return parents;
}

;// CONCATENATED MODULE: ./src/stages/plan.ts
// Stage 2, plan: what runs. The project's files are read once; detection picks the tools, and each gets
// its pin (from `tools`, the project's own files or the built-in table). Pure apart from reading the files.









/** A directory with nothing to gate: never a pass. */
class NoProjectError extends Error {
    name = 'NoProjectError';
}
async function planGate(config, env) {
    const root = config.workingDirectory;
    // The repository's workflows are read once; each directory takes the steps that run in it.
    const workflows = readWorkflows(config.workspace);
    const scan = scanProject(root, workflows.commands);
    const workspace = findWorkspace(root, scan);
    const language = projectLanguage(scan) ?? (workspace ? 'javascript' : undefined);
    if (language === undefined) {
        const where = external_node_path_default().relative(config.workspace, root) || '.';
        throw new NoProjectError(`No Python or JavaScript/TypeScript project in ${where}: looked for ${PROJECT_MARKERS}.`);
    }
    const parents = parentScans(parentDirectories(root, config.workspace), config.workspace);
    const tracked = narrowsFiles(scan) ? await trackedFiles(root, env) : undefined;
    const packages = (workspace?.packages ?? []).map((dir) => {
        const packageScan = scanProject(dir, workflows.commands);
        const surroundings = {
            parents: parentScans(parentDirectories(dir, root).filter((parent) => parent !== root), config.workspace),
            member: true,
        };
        return { dir, scan: packageScan, surroundings };
    });
    const rootPlan = planChecks(config.checks, config.tools, scan, config.args, {
        parents,
        workspaceRoot: workspace !== undefined,
        // Packages that name their tools make the repository a configured one: the root gets no defaults.
        packagesConfigure: packages.some((item) => configuresTools(item.scan, item.surroundings)),
        ...(tracked?.files ? { trackedFiles: tracked.files } : {}),
    });
    const tools = rootPlan.tools.map((item) => ({ item, tool: TOOLS[item.id], cwd: root }));
    const warnings = [
        ...rootPlan.warnings,
        ...[...workflows.unreadable, ...scan.unreadable].map((problem) => `Could not read ${problem}`),
        ...(tracked?.problem ? [tracked.problem] : []),
    ];
    let skipped = [...rootPlan.skipped];
    if (workspace !== undefined) {
        // Each package runs what it names; the root's own tools already cover it for inherited config.
        // The root decided about the tools it has config for (ran them, or left them to another tool):
        // its packages do not revisit them; they inherit only from directories between them and the root.
        const runAtRoot = new Set([
            ...rootPlan.tools.map((item) => item.id),
            ...rootPlan.skipped.flatMap((skip) => skip.tool !== undefined && isToolId(skip.tool) ? [skip.tool] : []),
        ]);
        for (const { dir, scan: packageScan, surroundings } of packages) {
            const plan = planChecks(config.checks, [], packageScan, {}, { ...surroundings, runAtRoot });
            const name = toPosix(external_node_path_default().relative(config.workspace, dir));
            tools.push(...plan.tools.map((item) => ({ item, tool: TOOLS[item.id], cwd: dir, package: name })));
            warnings.push(...packageScan.unreadable.map((problem) => `Could not read ${name}/${problem}`));
        }
        // A check some package runs is not skipped at the root.
        skipped = skipped.filter((skip) => skip.tool !== undefined ||
            !tools.some(({ item }) => skip.kind === 'coverage' ? item.withCoverage === true : item.kind === skip.kind));
    }
    const measured = tools.flatMap(({ item, tool }) => (item.withCoverage && tool.coverage ? [tool] : []));
    const keys = [
        ...new Set(tools.map(({ tool }) => tool.id)),
        ...new Set(measured.flatMap((tool) => (tool.coverage ? [tool.coverage.name] : []))),
    ];
    const asked = new Map(config.tools.flatMap((spec) => (spec.version !== undefined ? [[spec.id, spec.version]] : [])));
    const pins = resolvePins(keys, asked, projectPins(scan));
    return {
        tools,
        skipped,
        measured: [...new Set(measured)],
        pins,
        warnings: [...new Set([...warnings, ...pins.drift])],
    };
}
/** Whether pre-commit's files/exclude narrow any hook: only then are the tracked files listed. */
function narrowsFiles(scan) {
    return readPreCommit(scan.preCommit).hooks.some((hook) => hook.selects !== undefined);
}
/** The files git tracks in `dir`, as pre-commit sees them; a problem instead when git cannot say. */
async function trackedFiles(dir, env) {
    const run = await (0,exec/* runProcess */.R3)(['git', '-c', 'core.quotePath=false', 'ls-files', '-z'], {
        cwd: dir,
        env: { ...(0,exec/* toolEnvironment */.uQ)(env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        timeoutMs: 60_000,
    });
    if (run.exitCode !== 0) {
        const why = run.spawnError ?? (run.stderr.trim().split('\n').pop() || `exit ${run.exitCode}`);
        return {
            problem: `pre-commit's files/exclude were not applied: git could not list the tracked files (${why})`,
        };
    }
    return { files: run.stdout.split('\0').filter(Boolean) };
}
/** Directories above the one gated, read for the config of tools that look upwards for it. */
function parentScans(dirs, workspaceRoot) {
    return dirs.map((dir) => {
        const relative = toPosix(external_node_path_default().relative(workspaceRoot, dir));
        return {
            scan: scanProject(dir, []),
            label: relative === '' ? 'the repository root' : `${relative}/`,
        };
    });
}
function toPosix(relative) {
    return relative.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/report/comment.ts
// The sticky PR comment: verdict, one row per check, the top findings, tests and coverage, a link to the
// run and a footnote on pins. Pure. It stays within GitHub's 65,536-character body limit by trimming the
// least important parts first, and says what it trimmed.




const COMMENT_LIMIT = 65_536;
const TOP_FINDINGS = 20;
const comment_MESSAGE_CHARS = 300;
const ICON = { pass: '✅', fail: '❌', error: '💥', skipped: '⏭️' };
/** The hidden marker that finds this job's comment again. `-->` cannot end it early. */
function commentMarker(key) {
    return `<!-- quality-gate:${key.replace(/--+>?/g, '-').replace(/[\r\n]/g, ' ')} -->`;
}
function renderComment(report, options) {
    const limit = options.maxChars ?? COMMENT_LIMIT;
    const head = renderHead(report, options.marker);
    const table = renderTable(report);
    const results = renderResults(report);
    const link = options.runUrl ? `\n[Full report in the job summary](${options.runUrl})\n` : '';
    const footnote = renderFootnote(report);
    const ranked = rankFindings(report.checks);
    // Least important first: the pins footnote, then findings from the bottom of the ranking, then table rows.
    const trimmed = [];
    let shownFindings = Math.min(TOP_FINDINGS, ranked.length);
    let keepFootnote = true;
    let tableRows = table.rows.length;
    const compose = () => {
        const note = trimmed.length > 0 ? `\n<sub>Trimmed to fit GitHub's comment limit: ${trimmed.join(', ')}.</sub>\n` : '';
        const findings = renderFindings(ranked, shownFindings);
        const rows = table.rows.slice(0, tableRows);
        const cut = tableRows < table.rows.length
            ? `\n_… and ${gate_plural(table.rows.length - tableRows, 'more check')}._\n`
            : '';
        return `${head}${table.header}${rows.join('\n')}\n${cut}${results}${findings}${link}${keepFootnote ? footnote : ''}${note}`;
    };
    let body = compose();
    if (body.length > limit && keepFootnote && footnote) {
        keepFootnote = false;
        trimmed.push('the pins footnote');
        body = compose();
    }
    if (body.length > limit && shownFindings > 0) {
        const before = shownFindings;
        while (shownFindings > 0 && compose().length > limit)
            shownFindings--;
        trimmed.push(`${gate_plural(before - shownFindings, 'top finding')}`);
        body = compose();
    }
    if (body.length > limit) {
        const before = tableRows;
        while (tableRows > 0 && compose().length > limit)
            tableRows--;
        trimmed.push(`${gate_plural(before - tableRows, 'check row')}`);
        body = compose();
    }
    // A last resort that cannot fail: the marker and headline alone always fit.
    return body.length > limit
        ? `${head}\n<sub>Trimmed to fit GitHub's comment limit: everything but the verdict.</sub>\n`.slice(0, limit)
        : body;
}
function renderHead(report, marker) {
    const title = report.verdict.passed ? '### ✅ Quality gate passed' : '### ❌ Quality gate failed';
    const reasons = report.verdict.reasons.slice(0, 10).map((reason) => `- ${markdown_escapeMarkdown(comment_clip(reason))}\n`);
    const more = report.verdict.reasons.length > 10 ? `- … and ${report.verdict.reasons.length - 10} more\n` : '';
    return `${marker}\n${title}\n\n${reasons.join('')}${more}${reasons.length > 0 ? '\n' : ''}`;
}
function renderTable(report) {
    // Combined reports: a row per report; each report's checks are in its own job summary.
    if (report.reports !== undefined)
        return describe_renderReportRows(report.reports);
    const rows = byPackage(report.checks).map((check) => `| ${ICON[check.outcome]} | ${check.kind} | ${escapeCell(`${check.package !== undefined ? `${check.package}: ` : ''}${check.tool}${check.version === undefined ? '' : `@${check.version}`}`)} | ${escapeCell(describeResult(check))} | ${(check.durationMs / 1000).toFixed(1)} s |`);
    for (const skipped of report.skipped)
        rows.push(`| ${ICON.skipped} | ${skipped.kind} | ${escapeCell(skipped.tool ?? '—')} | ${escapeCell(skipped.reason)} | — |`);
    return { header: '| | Check | Tool | Result | Time |\n| --- | --- | --- | --- | ---: |\n', rows };
}
function renderResults(report) {
    const lines = [];
    for (const check of report.checks) {
        if (check.tests)
            lines.push(`**Tests** (${markdown_escapeMarkdown(checkLabel(check))}): ${describeTests(check.tests)} of ${gate_plural(check.tests.total, 'test')}`);
        if (check.coverage) {
            const { percent, threshold } = check.coverage;
            const against = threshold === undefined ? '' : ` (threshold ${threshold}% ${percent >= threshold ? '✅' : '❌'})`;
            const of = check.package !== undefined ? ` (${markdown_escapeMarkdown(check.package)})` : '';
            lines.push(`**Coverage**${of}: ${describeCoverageTotal(check.coverage)}${against}`);
            if (check.coverage.diff)
                lines.push(renderDiffCoverage(check.coverage.diff));
        }
    }
    const outside = report.checks.reduce((sum, check) => sum + (check.notOnChangedLines?.length ?? 0), 0);
    if (outside > 0) {
        lines.push(`**Not on changed lines**: ${gate_plural(outside, 'finding')}, not counted (scope: changed)`);
    }
    return lines.length > 0 ? `\n${lines.join('<br>\n')}\n` : '';
}
const UNCOVERED_FILES = 10;
function renderDiffCoverage(diff) {
    const files = uncoveredChangedLines(diff);
    const listed = files
        .slice(0, UNCOVERED_FILES)
        .map(([file, ranges]) => `<br>\n&nbsp;&nbsp;not run: ${markdown_code(file)} ${markdown_code(ranges)}`);
    const more = files.length > UNCOVERED_FILES
        ? `<br>\n&nbsp;&nbsp;… and ${gate_plural(files.length - UNCOVERED_FILES, 'more file')}`
        : '';
    return `**Diff coverage**: ${describeDiffCoverage(diff)}${diffCoverageMark(diff)}${listed.join('')}${more}`;
}
/** Errors first, then warnings, then notices; within a severity, changed lines first, tools taking turns. */
function rankFindings(checks) {
    const ranked = [];
    for (const severity of ['error', 'warning', 'notice']) {
        const lists = checks.map((check) => check.findings.filter((item) => item.severity === severity).map((finding) => ({ finding, check })));
        ranked.push(...annotations_changedFirst(lists, (item) => item.finding));
    }
    return ranked;
}
function checkLabel(check) {
    return check.package !== undefined ? `${check.package}: ${check.tool}` : check.tool;
}
/**
 * The top `count` of the ranking; with packages (a monorepo's, or the reports publish mode combined),
 * grouped under each package's name in the order they first appear.
 */
function renderFindings(ranked, count) {
    if (ranked.length === 0)
        return '';
    const item = ({ finding }) => {
        const where = finding.file ? `${markdown_code(`${finding.file}${finding.line ? `:${finding.line}` : ''}`)} ` : '';
        const rule = finding.rule ? ` ${markdown_code(comment_clip(finding.rule, 120))}` : '';
        return `- ${where}**${markdown_escapeMarkdown(finding.tool)}**${rule} ${markdown_escapeMarkdown(comment_clip(finding.message))}`;
    };
    const top = ranked.slice(0, count);
    const groups = new Map();
    for (const entry of top)
        groups.set(entry.check.package, [...(groups.get(entry.check.package) ?? []), entry]);
    const grouped = [...groups.keys()].some((key) => key !== undefined);
    const items = grouped
        ? [...groups].flatMap(([key, entries]) => [
            `\n**${markdown_escapeMarkdown(key ?? '(root)')}**\n`,
            ...entries.map(item),
        ])
        : top.map(item);
    const rest = ranked.length - top.length;
    const more = rest > 0 ? `\n- … and ${gate_plural(rest, 'more finding')} in the job summary` : '';
    return `\n<details${openWhenErrors(ranked)}><summary>Top findings (${ranked.length})</summary>\n\n${items.join('\n')}${more}\n\n</details>\n`;
}
function openWhenErrors(ranked) {
    return ranked.some((item) => item.finding.severity === 'error') ? ' open' : '';
}
function renderFootnote(report) {
    const pinned = report.checks.filter((check) => check.pin !== undefined);
    const drift = report.warnings.filter((warning) => warning.includes('is pinned differently'));
    if (pinned.length === 0 && drift.length === 0)
        return '';
    const pins = pinned.map((check) => `${check.tool} ${check.pin?.version} (${check.pin?.source})`).join(' · ');
    const drifts = drift.map((warning) => `⚠️ ${markdown_escapeMarkdown(warning)}`).join('<br>');
    return `\n<sub>Pins: ${markdown_escapeMarkdown(pins)}${drifts ? `<br>${drifts}` : ''}</sub>\n`;
}
function comment_clip(text, max = comment_MESSAGE_CHARS) {
    const line = text.replace(/\s*\n\s*/g, ' ');
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

;// CONCATENATED MODULE: ./src/report/json.ts
/** Executed lines serve diff coverage only: in the file they would add a number per covered line. */
const LEFT_OUT = new Set(['executedLines']);
/**
 * Pretty-printed, so no line can start with `::`; `##[` (a workflow command anywhere in a line, should the
 * JSON be printed in a runner's log) is written as `\u0023#[`, which parses to the same text.
 */
function renderJson(report) {
    const json = JSON.stringify(report, (key, value) => (LEFT_OUT.has(key) ? undefined : value), 2);
    return `${json.replace(/##\[/g, '\\u0023#[')}\n`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for github/codeql-action/upload-sarif: one run per tool that ran (a clean run closes its old
// alerts), rules with help URIs where the tool gives them, repo-relative URIs, stable rule ids. Every
// finding goes in, including those a `scope: changed` gate did not count: code scanning does its own
// diffing. Pure.

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub's ingestion limit per run. */
const SARIF_RESULTS_PER_RUN = 25_000;
const LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note',
};
function renderSarif(report) {
    const runs = report.checks
        .filter((check) => check.kind !== 'coverage' && check.outcome !== 'skipped')
        .map((check) => toRun(check));
    return { version: '2.1.0', $schema: SARIF_SCHEMA, runs };
}
function toRun(check) {
    const all = [...check.findings, ...(check.notOnChangedLines ?? [])];
    const kept = all.slice(0, SARIF_RESULTS_PER_RUN);
    const rules = [];
    const ruleIndex = new Map();
    const results = kept.map((finding) => {
        const id = ruleId(finding, check);
        let index = ruleIndex.get(id);
        if (index === undefined) {
            index = rules.length;
            ruleIndex.set(id, index);
            rules.push({ id, shortDescription: { text: id }, ...(finding.url ? { helpUri: finding.url } : {}) });
        }
        // A failing test's "rule" is its name: kept in the message, so the rule id stays one stable id.
        const shown = check.kind === 'test' && finding.rule
            ? { ...finding, message: `${finding.rule}: ${finding.message}` }
            : finding;
        return toResult(shown, id, index);
    });
    const notifications = [];
    if (check.outcome === 'error') {
        notifications.push({
            level: 'error',
            message: { text: `${check.tool} could not run: ${check.reason ?? 'tool error'}` },
        });
    }
    if (all.length > kept.length) {
        notifications.push({
            level: 'warning',
            message: {
                text: `${all.length - kept.length} more results were left out (the limit is ${SARIF_RESULTS_PER_RUN} per run).`,
            },
        });
    }
    const driver = {
        name: check.tool,
        ...(check.version ? { version: check.version } : {}),
        informationUri: docsUrlOf(check.tool),
        rules,
    };
    return {
        tool: { driver },
        invocations: [
            {
                executionSuccessful: check.outcome !== 'error',
                ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
            },
        ],
        results,
        // Two packages' runs of one tool are told apart by category (code scanning refuses duplicates).
        ...(check.package !== undefined ? { automationDetails: { id: `${check.tool}/${check.package}/` } } : {}),
        properties: { checkKind: check.kind, ...(check.package !== undefined ? { package: check.package } : {}) },
    };
}
/** The tool's own rule id; failing tests and a formatter's "not formatted" get one fixed id each. */
function ruleId(finding, check) {
    if (check.kind === 'test')
        return 'failed-test';
    if (check.kind === 'format')
        return finding.rule ?? 'unformatted';
    return finding.rule ?? check.tool;
}
function toResult(finding, id, index) {
    const result = {
        ruleId: id,
        ruleIndex: index,
        level: LEVEL[finding.severity],
        message: { text: finding.message || id },
    };
    if (finding.file !== undefined) {
        const region = {};
        if (finding.line !== undefined) {
            region.startLine = finding.line;
            if (finding.column !== undefined)
                region.startColumn = finding.column;
            if (finding.endLine !== undefined && finding.endLine >= finding.line)
                region.endLine = finding.endLine;
            if (finding.endColumn !== undefined && finding.column !== undefined) {
                const sameLine = (finding.endLine ?? finding.line) === finding.line;
                if (!sameLine || finding.endColumn > finding.column)
                    region.endColumn = finding.endColumn;
            }
        }
        result.locations = [
            {
                physicalLocation: {
                    artifactLocation: { uri: toUri(finding.file) },
                    ...(region.startLine !== undefined ? { region } : {}),
                },
            },
        ];
    }
    return result;
}
/** Repo-relative URI references: each path segment percent-encoded, separators kept. */
function toUri(file) {
    return file
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
/** The tool's documentation; "vitest coverage" is vitest's, "coverage" is coverage.py's. */
function docsUrlOf(name) {
    if (name === 'coverage')
        return 'https://coverage.readthedocs.io/';
    const id = name.replace(/ coverage$/, '');
    return (isToolId(id) ? TOOLS[id].docsUrl : undefined) ?? 'https://github.com/';
}

;// CONCATENATED MODULE: ./src/github/recipe.ts
// What the gate tells a job whose token may not write (a fork's pull request, Dependabot): how its report
// reaches the pull request anyway (a publishing job is told the permission it lacks). The workflow printed is README's "Comments on pull requests from forks",
// filled in with this run's workflow name and action reference (a test holds the two together).

/** What each write is, in words, and the job permission it needs. */
const WRITES = {
    comment: { what: 'the pull request comment', permission: 'pull-requests: write' },
    'check run': { what: 'the check run', permission: 'checks: write' },
};
function refused(writes) {
    return {
        what: writes.map((write) => WRITES[write].what).join(' or '),
        permissions: writes.map((write) => WRITES[write].permission).join(', '),
    };
}
/** Said once when a publishing job (mode: publish) may not write: it never runs a fork's code, so it may. */
function publisherRefused(writes) {
    const { what, permissions } = refused(writes);
    return `The token may not write ${what}: give the publishing job \`permissions: ${permissions}\`. The job summary is unaffected.`;
}
function refusedWrites(writes) {
    const { what, permissions } = refused(writes);
    return (`The token may not write ${what} here: a pull request from a fork, or Dependabot, gets a ` +
        `read-only GITHUB_TOKEN (elsewhere, give the job \`permissions: ${permissions}\`). ` +
        'The job summary and annotations are unaffected.');
}
/** Said once when writes were refused and no artifact carries the report on. */
function readOnlyWithoutArtifact(writes, uploadProblem) {
    const problem = uploadProblem ? ` The report could not be uploaded as an artifact: ${uploadProblem}.` : '';
    return (`${refusedWrites(writes)}${problem} To comment on such pull requests, let the gate upload its report ` +
        '(report-artifact: auto or true) and post it from a workflow triggered by `workflow_run` with ' +
        "mode: publish (see README); do not run the pull request's code under `pull_request_target`.");
}
/** Said once when writes were refused and the report went out as an artifact. */
function readOnlyWithArtifact(writes, artifact) {
    return (`${refusedWrites(writes)} The report was uploaded as the artifact ${artifact}: a workflow triggered by ` +
        '`workflow_run` with mode: publish posts it to the pull request (the workflow is printed in the log, ' +
        'and in README).');
}
function recipeContext(env) {
    const repository = env.GITHUB_ACTION_REPOSITORY;
    const ref = env.GITHUB_ACTION_REF;
    return {
        workflow: env.GITHUB_WORKFLOW || 'gate',
        action: repository && ref ? `${repository}@${ref}` : 'org/quality-gate@v1',
    };
}
/**
 * The publishing workflow: triggered when the gate's workflow completes, it checks out nothing and runs no
 * code of the pull request; it reads the run's report artifacts and writes the comment and check run.
 */
function publishWorkflow(context) {
    const workflow = {
        name: 'quality-gate publish',
        on: { workflow_run: { workflows: [context.workflow], types: ['completed'] } },
        permissions: {},
        jobs: {
            publish: {
                if: "github.event.workflow_run.event == 'pull_request'",
                'runs-on': 'ubuntu-latest',
                permissions: { actions: 'read', checks: 'write', 'pull-requests': 'write' },
                steps: [{ uses: context.action, with: { mode: 'publish' } }],
            },
        },
    };
    return (0,dist/* stringify */.As)(workflow, { lineWidth: 0 });
}

;// CONCATENATED MODULE: ./src/stages/share-report.ts



/** How long uploading the report artifact may take (the artifact client retries on its own). */
const ARTIFACT_BUDGET_MS = 60_000;
/**
 * `report-artifact`: the report goes out as an artifact when asked (`true`), or when the comment or check
 * run was refused (`auto`), for a workflow_run publisher to post; the one message about refused writes says
 * which (in publish mode, which permission the job lacks). Bounded in time; a failed upload is a warning.
 */
async function shareReport(config, platform, refused, reportWritten) {
    const writeRefused = refused.length > 0;
    // A publishing job never runs a pull request's code: a refused write there is a missing permission.
    if (config.mode === 'publish') {
        if (writeRefused)
            platform.warning(publisherRefused(refused));
        return;
    }
    const wanted = platform.publishesToGitHub &&
        (config.reportArtifact === 'true' || (config.reportArtifact === 'auto' && writeRefused));
    let problem;
    let uploaded;
    if (wanted) {
        const env = platform.source.env;
        const name = reportArtifactName(env.GITHUB_JOB, config.commentKey);
        if (!reportWritten)
            problem = 'the report file was not written';
        else if (!canUploadArtifacts(env))
            problem = 'the job has no artifact service (ACTIONS_RESULTS_URL)';
        else {
            try {
                await withinBudget(uploadReportArtifact(config.reportFile, name), ARTIFACT_BUDGET_MS);
                uploaded = name;
                platform.info(`The report was uploaded as the artifact ${name}.`);
            }
            catch (error) {
                problem = (0,src_text/* errorMessage */.gJ)(error);
                // Two jobs of a matrix share a job name: only their comment-keys tell their artifacts apart.
                if (/already exists|Conflict|\(409\)/i.test(problem) && !config.commentKey) {
                    problem += ' (each job of a matrix needs its own comment-key)';
                }
            }
        }
        if (problem !== undefined && !writeRefused) {
            platform.warning(`Could not upload the report artifact ${name}: ${problem}.`);
        }
    }
    if (!writeRefused)
        return;
    if (uploaded === undefined) {
        platform.warning(readOnlyWithoutArtifact(refused, problem));
        return;
    }
    platform.warning(readOnlyWithArtifact(refused, uploaded));
    platform.info(`To post it, add this workflow (it checks out nothing and runs none of the pull request's code):\n${publishWorkflow(recipeContext(platform.source.env))}`);
}
async function withinBudget(work, ms) {
    let timer;
    const expired = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
        timer.unref();
    });
    try {
        return await Promise.race([work, expired]);
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary: verdict, a table of checks, then each check's findings in a collapsible section.
// Pure: returns markdown that stays under GitHub's 1 MiB step-summary limit, saying what it cut.





const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const summary_ICON = { pass: '✅', fail: '❌', error: '💥', skipped: '⏭️' };
const LABEL = { pass: 'pass', fail: 'fail', error: 'error', skipped: 'skipped' };
function renderSummary(report, options = {}) {
    const limit = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
    const head = summary_renderHead(report);
    const tail = renderTail(report);
    // Room for the findings, keeping a margin for the note that says what was cut.
    let budget = limit - bytes(head) - bytes(tail) - 512;
    const sections = [];
    let omitted = 0;
    let findingsHeading = false;
    for (const block of [...testSections(report), ...coverageSections(report)]) {
        if (bytes(block) > budget) {
            sections.push('_(cut to keep this summary under 1 MiB)_\n');
            budget = 0;
            break;
        }
        budget -= bytes(block);
        sections.push(block);
    }
    for (const check of byPackage(report.checks)) {
        // Failing tests are listed with their tracebacks in the Tests section: here only what the runner warned.
        const testsListed = check.kind === 'test' && check.outcome !== 'error';
        const findings = testsListed ? [] : check.findings;
        const warned = renderToolWarnings(check);
        if (findings.length === 0 && check.outcome !== 'error' && !check.notOnChangedLines && !warned)
            continue;
        const where = check.package !== undefined ? ` in ${markdown_escapeMarkdown(check.package)}` : '';
        const open = `<details><summary>${summary_ICON[check.outcome]} <b>${markdown_escapeMarkdown(check.tool)}</b>${where} — ${describeCounts(check)}</summary>\n\n`;
        const close = '\n</details>\n';
        if (!findingsHeading) {
            findingsHeading = true;
            sections.push('### Findings\n');
        }
        const trouble = (check.outcome === 'error' ? renderTrouble(check) : '') + warned;
        if (bytes(open + trouble + close) > budget) {
            omitted += findings.length;
            continue;
        }
        budget -= bytes(open + trouble + close);
        const lines = [];
        let cut = 0;
        for (const finding of findings) {
            const line = `- ${renderFinding(finding)}\n`;
            if (cut > 0 || bytes(line) > budget) {
                cut++;
                continue;
            }
            budget -= bytes(line);
            lines.push(line);
        }
        omitted += cut;
        const cutNote = cut > 0 ? `- … and ${gate_plural(cut, 'more finding')}, cut to keep this summary under 1 MiB\n` : '';
        const outside = check.notOnChangedLines?.length ?? 0;
        const outsideNote = outside > 0
            ? `\n_${gate_plural(outside, 'more finding')} not on changed lines, not counted (scope: changed); listed in the JSON report._\n`
            : '';
        sections.push(open + trouble + lines.join('') + cutNote + outsideNote + close);
    }
    const findingsPart = sections.length > 0 ? `\n${sections.join('\n')}` : '';
    const omittedNote = omitted > 0
        ? `\n> [!NOTE]\n> ${gate_plural(omitted, 'finding')} did not fit in this summary (GitHub's limit is 1 MiB)${options.reportFile ? `; every finding is in the JSON report, ${markdown_code(options.reportFile)}` : ''}.\n`
        : '';
    return `${head}${findingsPart}${omittedNote}${tail}`;
}
function summary_renderHead(report) {
    const { verdict } = report;
    const title = verdict.passed ? '## ✅ Quality gate passed' : '## ❌ Quality gate failed';
    const reasons = verdict.reasons.map((reason) => `- ${markdown_escapeMarkdown(reason)}\n`).join('');
    const counts = report.counts;
    const totals = `${gate_plural(counts.findings, 'finding')}: ${gate_plural(counts.errors, 'error')}, ${gate_plural(counts.warnings, 'warning')}, ${gate_plural(counts.notices, 'notice')} · ${failRule(report.failOn)} · ${seconds(report.durationMs)}`;
    // In a workspace, checks are grouped by package, the root's first.
    const packages = hasPackages(report);
    const cell = (name) => (packages ? `| ${escapeCell(name ?? '(root)')} ` : '');
    const rows = byPackage(report.checks).map((check) => `${cell(check.package)}| ${check.kind} | ${escapeCell(check.tool)} | ${escapeCell(check.version ?? '—')} | ${summary_ICON[check.outcome]} ${LABEL[check.outcome]} | ${describeCounts(check)} | ${escapeCell(check.decidedBy ?? (check.kind === 'test' ? 'failing tests' : '—'))} | ${seconds(check.durationMs)} |`);
    for (const skipped of report.skipped) {
        rows.push(`${cell(undefined)}| ${skipped.kind} | ${escapeCell(skipped.tool ?? '—')} | — | ${summary_ICON.skipped} skipped | ${escapeCell(skipped.reason)} | — | — |`);
    }
    const header = `${packages ? '| Package ' : ''}| Check | Tool | Version | Outcome | Findings | Decided by | Time |\n${packages ? '| --- ' : ''}| --- | --- | --- | --- | --- | --- | ---: |`;
    const checksTable = rows.length > 0 ? `${header}\n${rows.join('\n')}\n` : '_No checks ran._\n';
    // Combined reports: a row per report first, then every report's checks under its key.
    const combined = report.reports !== undefined ? describe_renderReportRows(report.reports) : undefined;
    const table = combined ? `${combined.header}${combined.rows.join('\n')}\n\n${checksTable}` : checksTable;
    const toolchain = renderToolchain(report) + renderCommands(report);
    const scope = renderScope(report);
    const warnings = report.warnings.length > 0
        ? `\n> [!WARNING]\n${report.warnings.map((warning) => `> ${markdown_escapeMarkdown(warning)}`).join('<br>\n')}\n`
        : '';
    return `${title}\n\n${reasons}${reasons ? '\n' : ''}${totals}\n\n${scope}${table}${toolchain}${warnings}`;
}
function hasPackages(report) {
    return report.checks.some((check) => check.package !== undefined);
}
/** Which change the findings were measured against, and how many the scope left out (nothing is hidden). */
function renderScope(report) {
    const changes = report.changes;
    const outside = report.checks.reduce((sum, check) => sum + (check.notOnChangedLines?.length ?? 0), 0);
    if (report.scope === 'changed') {
        const against = changes
            ? `${gate_plural(changes.files, 'changed file')} from ${markdown_escapeMarkdown(changes.source)}`
            : 'the changed lines are unknown, so every finding counts';
        const left = outside > 0 ? ` · **${gate_plural(outside, 'finding')} not on changed lines** (not counted)` : '';
        return `Scope: changed lines only — ${against}${left}\n\n`;
    }
    return changes
        ? `Changed lines (ranked first): ${gate_plural(changes.files, 'file')} from ${markdown_escapeMarkdown(changes.source)}\n\n`
        : '';
}
/** Every tool's version and where it came from: the pin and its source, or the installed copy used. */
function renderToolchain(report) {
    const install = report.toolchain;
    const heading = install
        ? `Pinned toolchain: ${markdown_escapeMarkdown(describeToolchain(install))} in ${seconds(install.durationMs)}`
        : 'Tools: already installed (tool-source: path)';
    const rows = report.checks
        .filter((check) => check.source !== undefined)
        .map((check) => {
        const pinned = check.pin ? `${escapeCell(check.pin.version)} from ${escapeCell(check.pin.source)}` : '—';
        const where = check.package !== undefined ? ` in ${escapeCell(check.package)}` : '';
        return `| ${escapeCell(check.tool)}${where} | ${escapeCell(check.version ?? '?')} | ${pinned} | ${escapeCell(check.source ?? '')} | ${escapeCell(check.chosenBecause ?? '—')} |`;
    });
    const key = install
        ? `\nCache key ${markdown_code(install.key)} · installer ${markdown_escapeMarkdown(install.installer)}\n`
        : '';
    const log = install?.log
        ? `\n<details><summary>Installer log of what failed</summary>\n\n${fenced(install.log)}\n</details>\n`
        : '';
    if (rows.length === 0)
        return log;
    return `\n<details><summary>${heading}</summary>\n\n| Tool | Version | Pin | Runs from | Chosen because |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n${key}\n</details>\n${log}`;
}
/** The exact argv of every run, and where its arguments came from: what to run by hand to compare. */
function renderCommands(report) {
    const rows = report.checks.flatMap((check) => (check.runs ?? []).map((run) => `| ${check.kind} | ${escapeCell(check.tool)}${check.package !== undefined ? ` in ${escapeCell(check.package)}` : ''} | ${codeCell(run.argv.join(' '))} | ${escapeCell(run.from)} | ${run.exitCode ?? '—'} |`));
    if (rows.length === 0)
        return '';
    return `\n<details><summary>Commands run</summary>\n\n| Check | Tool | Command | Arguments from | Exit |\n| --- | --- | --- | --- | ---: |\n${rows.join('\n')}\n\n</details>\n`;
}
function renderTail(report) {
    if (!report.python)
        return '';
    return `\n<sub>Python ${report.python.version} (${markdown_code(report.python.executable)}).</sub>\n`;
}
/**
 * The closing note on annotations, appended once publishing is over: a check run may have taken every
 * finding, or the step's own budget decided which became annotations. Nothing when every finding was shown.
 */
function renderAnnotationNote(annotated, checkRun) {
    if (checkRun !== undefined) {
        const leftOut = checkRun.located - checkRun.annotated;
        const unlocated = annotated.total - checkRun.located;
        const notes = [
            leftOut > 0
                ? `${checkRun.annotated} of ${gate_plural(checkRun.located, 'located finding')} are annotated in the check run ${markdown_code(checkRun.name)} (at most ${CHECK_RUN_ANNOTATION_CAP}: errors first, changed lines first, tools in turn); ${leftOut} are left out there.`
                : `All ${gate_plural(checkRun.located, 'located finding')} are annotated in the check run ${markdown_code(checkRun.name)}.`,
            ...(unlocated > 0
                ? [`${gate_plural(unlocated, 'finding')} without a file and line are listed above only.`]
                : []),
        ];
        return `\n<sub>${notes.join(' ')}</sub>\n`;
    }
    if (annotated.total <= annotated.shown)
        return '';
    return `\n<sub>${annotated.shown} of ${gate_plural(annotated.total, 'finding')} were annotated inline (GitHub shows at most 10 errors, 10 warnings and 10 notices per step, and a failing gate keeps one error for its own message); all are listed above.</sub>\n`;
}
/** Per test check: counts and duration, each failure with its traceback, the 5 slowest tests. */
function testSections(report) {
    const blocks = [];
    for (const check of report.checks) {
        const tests = check.tests;
        if (!tests)
            continue;
        const where = check.package !== undefined ? ` in ${markdown_escapeMarkdown(check.package)}` : '';
        blocks.push(`### Tests — ${markdown_escapeMarkdown(check.tool)}${where}\n\n${summary_ICON[check.outcome]} ${describeTests(tests)} · ${gate_plural(tests.total, 'test')} in ${seconds(tests.durationMs)}\n`);
        for (const failure of tests.failures) {
            const where = failure.file
                ? ` at ${markdown_code(`${failure.file}${failure.line ? `:${failure.line}` : ''}`)}`
                : '';
            blocks.push(`<details><summary>❌ ${markdown_escapeMarkdown(failure.id)}</summary>\n\n${failure.outcome === 'error' ? 'Error' : 'Failed'}${where}\n\n${fenced(failure.message ?? '(no message)')}\n</details>\n`);
        }
        if (tests.slowest.length > 0) {
            const rows = tests.slowest
                .map((test) => `| ${escapeCell(test.id)} | ${seconds(test.durationMs)} |`)
                .join('\n');
            blocks.push(`\n<details><summary>Slowest tests</summary>\n\n| Test | Time |\n| --- | ---: |\n${rows}\n\n</details>\n`);
        }
    }
    return blocks;
}
const COVERAGE_FILES_SHOWN = 25;
/** Total against the threshold, then files from least covered, with their missing lines as ranges. */
function coverageSections(report) {
    const blocks = [];
    for (const check of report.checks) {
        const coverage = check.coverage;
        if (!coverage)
            continue;
        // A threshold of the project's own config is judged by the tool (with its own rounding): its verdict.
        const threshold = coverage.threshold;
        const met = coverage.thresholdFrom !== undefined ? check.outcome === 'pass' : coverage.percent >= (threshold ?? 0);
        const from = coverage.thresholdFrom !== undefined ? ` (${markdown_escapeMarkdown(coverage.thresholdFrom)})` : '';
        const verdict = threshold === undefined ? '' : ` · threshold ${threshold}%${from} ${met ? '✅' : '❌'}`;
        const files = [...coverage.files]
            .filter((file) => file.statements > 0)
            .sort((a, b) => a.percent - b.percent || a.file.localeCompare(b.file));
        const rows = files
            .slice(0, COVERAGE_FILES_SHOWN)
            .map((file) => `| ${escapeCell(file.file)} | ${formatPercent(file.percent)}% | ${file.covered}/${file.statements} | ${escapeCell((0,src_text/* lineRanges */.nV)(file.missingLines)) || '—'} |`);
        const rest = files.length > COVERAGE_FILES_SHOWN
            ? `\n… and ${gate_plural(files.length - COVERAGE_FILES_SHOWN, 'more file')}\n`
            : '';
        const table = rows.length > 0
            ? `\n| File | Lines | Covered | Missing |\n| --- | ---: | ---: | --- |\n${rows.join('\n')}\n${rest}`
            : '';
        blocks.push(`### Coverage\n\n${describeCoverageTotal(coverage, (text) => `**${text}**`)} · ${coverage.covered} of ${gate_plural(coverage.statements, 'statement')} covered${verdict}${coverage.leftOut ? ` · ${gate_plural(coverage.leftOut, 'file')} outside the project not counted` : ''}\n${table}${coverage.diff ? summary_renderDiffCoverage(coverage.diff) : ''}`);
    }
    return blocks;
}
function summary_renderDiffCoverage(diff) {
    const uncovered = uncoveredChangedLines(diff);
    const rows = uncovered
        .slice(0, COVERAGE_FILES_SHOWN)
        .map(([file, ranges]) => `| ${escapeCell(file)} | ${escapeCell(ranges)} |`);
    const rest = uncovered.length > COVERAGE_FILES_SHOWN
        ? `\n… and ${gate_plural(uncovered.length - COVERAGE_FILES_SHOWN, 'more file')}\n`
        : '';
    const table = rows.length > 0 ? `\n| File | Changed lines not run |\n| --- | --- |\n${rows.join('\n')}\n${rest}` : '';
    return `\n**Diff coverage**: ${describeDiffCoverage(diff)}${diffCoverageMark(diff)}\n${table}`;
}
/** What the tool said about itself or its config, whatever the outcome: it may explain its findings. */
function renderToolWarnings(check) {
    if (!check.warnings?.length)
        return '';
    const items = check.warnings.map((warning) => `- ${markdown_escapeMarkdown(warning)}\n`).join('');
    return `**${markdown_escapeMarkdown(check.tool)} warned:**\n\n${items}\n`;
}
function renderTrouble(check) {
    const argv = (check.runs ?? []).map((run) => `Command: ${markdown_code(run.argv.join(' '))}\n\n`).join('');
    const reason = `**The tool could not run:** ${markdown_escapeMarkdown(check.reason ?? 'unknown error')}\n\n`;
    const stderr = check.stderrTail ? fenced(check.stderrTail) : '';
    return reason + argv + stderr;
}
function renderFinding(finding) {
    const where = finding.file
        ? markdown_code(`${finding.file}${finding.line ? `:${finding.line}` : ''}${finding.column ? `:${finding.column}` : ''}`)
        : '_(no location)_';
    const rule = finding.rule ? ` ${markdown_code(finding.rule)}` : '';
    const severity = finding.severity === 'error' ? '' : ` _(${finding.severity})_`;
    return `${where}${rule}${severity} ${markdown_escapeMarkdown(finding.message)}`;
}
function describeCounts(check) {
    return escapeCell(describeResult(check));
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./src/stages/publish.ts
// Stage 7, publish: results first (log, report file, SARIF, summary, outputs), so a slow or hanging API
// never hides them; then the PR comment and check run within PUBLISH_BUDGET_MS; then the step's
// annotations and the verdict. Every failure here is a warning: the findings alone decide the verdict.












/** How long the PR comment and check run may take in all; the results are written before. */
const PUBLISH_BUDGET_MS = 30_000;
async function publish(report, config, platform) {
    const markdown = () => renderSummary(report, { reportFile: config.reportFile });
    for (const warning of report.warnings)
        platform.warning(warning);
    platform.present(report, markdown);
    let reportWritten = false;
    try {
        await (0,promises_.mkdir)(external_node_path_default().dirname(config.reportFile), { recursive: true });
        await (0,promises_.writeFile)(config.reportFile, renderJson(report), 'utf8');
        reportWritten = true;
        platform.reportWritten?.(config.reportFile);
    }
    catch (error) {
        platform.warning(`Could not write the JSON report to ${config.reportFile}: ${(0,src_text/* errorMessage */.gJ)(error)}`);
    }
    let sarifWritten = false;
    if (config.sarifFile !== undefined) {
        try {
            await (0,promises_.mkdir)(external_node_path_default().dirname(config.sarifFile), { recursive: true });
            await (0,promises_.writeFile)(config.sarifFile, `${JSON.stringify(renderSarif(report), null, 2)}\n`, 'utf8');
            sarifWritten = true;
        }
        catch (error) {
            platform.warning(`Could not write the SARIF file to ${config.sarifFile}: ${(0,src_text/* errorMessage */.gJ)(error)}`);
        }
    }
    const writeSummary = async (text) => {
        if (!config.summary || !platform.wantsSummary || text === '')
            return;
        try {
            await platform.writeSummary(text);
        }
        catch (error) {
            platform.warning(`Could not write the job summary: ${(0,src_text/* errorMessage */.gJ)(error)}`);
        }
    };
    await writeSummary(markdown());
    const setOutputs = (outputs) => {
        try {
            platform.setOutputs(outputs);
        }
        catch (error) {
            platform.warning(`Could not set the step outputs: ${(0,src_text/* errorMessage */.gJ)(error)}`);
        }
    };
    setOutputs({
        ...outputsOf(report, config),
        ...(sarifWritten && config.sarifFile ? { 'sarif-file': config.sarifFile } : {}),
    });
    const annotationPlan = planAnnotations(report.checks, stepLimits(report.verdict.passed));
    const github = platform.publishesToGitHub
        ? await publishToGitHub(report, config, platform, annotationPlan)
        : { refused: [] };
    if (github.commentUrl)
        setOutputs({ 'comment-url': github.commentUrl });
    await shareReport(config, platform, github.refused, reportWritten);
    // When a check run holds every finding, the step's own (capped) annotations would only repeat them.
    if (config.annotations && platform.wantsAnnotations) {
        // A check run's annotations need a file: the tools' own warnings stay with the step.
        if (github.checkRun === undefined)
            platform.annotate(annotationPlan.annotations);
        else
            platform.annotate(annotationPlan.toolWarnings);
        await writeSummary(renderAnnotationNote(annotationPlan, github.checkRun));
    }
    if (!report.verdict.passed)
        platform.fail(`Quality gate failed: ${report.verdict.reasons.join('; ')}`);
}
function outputsOf(report, config) {
    const outputs = {
        passed: String(report.verdict.passed),
        'failed-checks': report.verdict.failedChecks.join(','),
        findings: String(report.counts.findings),
        errors: String(report.counts.errors),
        warnings: String(report.counts.warnings),
        'report-file': config.reportFile,
    };
    const tests = report.checks.filter((check) => check.tests !== undefined);
    if (tests.length > 0) {
        outputs['tests-total'] = String(tests.reduce((sum, check) => sum + (check.tests?.total ?? 0), 0));
        outputs['tests-failed'] = String(tests.reduce((sum, check) => sum + (check.tests?.failed ?? 0) + (check.tests?.errors ?? 0), 0));
    }
    const measured = report.checks.flatMap((check) => (check.coverage ? [check.coverage] : []));
    // Combined reports (publish mode) give the lowest of their jobs': one number that none falls below.
    const pick = (values) => report.reports !== undefined && values.length > 0 ? Math.min(...values) : values[0];
    const total = pick(measured.map((coverage) => coverage.percent));
    if (total !== undefined)
        outputs.coverage = formatPercent(total);
    const diff = pick(measured.flatMap((coverage) => (coverage.diff?.percent !== undefined ? [coverage.diff.percent] : [])));
    if (diff !== undefined)
        outputs['diff-coverage'] = formatPercent(diff);
    return outputs;
}
/**
 * The PR comment and the check run, within PUBLISH_BUDGET_MS: past it, requests are aborted and the gate
 * goes on. Every failure here is a warning: the findings alone decide the verdict.
 */
async function publishToGitHub(report, config, platform, annotationPlan) {
    const budget = budgetSignal(PUBLISH_BUDGET_MS);
    const result = { refused: [] };
    const expired = new Promise((resolve) => budget.addEventListener('abort', () => resolve('expired')));
    const done = writeToGitHub(report, config, platform, annotationPlan, budget, result);
    // The race ends the wait even if a request ignored its signal; retry timers do not hold the step (index.ts).
    const outcome = await Promise.race([done.then(() => 'done'), expired]);
    if (outcome === 'expired') {
        platform.warning(`The GitHub API did not answer within ${PUBLISH_BUDGET_MS / 1000} s: the pull request comment or check run may be missing. The verdict, summary and report are unaffected.`);
    }
    // A snapshot: after the budget, the abandoned writer may still fill in `result`.
    return { ...result, refused: [...result.refused] };
}
async function writeToGitHub(report, config, platform, annotationPlan, signal, result) {
    const env = platform.source.env;
    const run = readWorkflowRun(env);
    // Publishing for another run (workflow_run): its pull request comes from the API, found by its commit.
    const forAnotherRun = config.mode === 'publish' && run.triggeringRun !== undefined;
    const mayComment = config.comment !== 'never' && (run.pullRequest !== undefined || forAnotherRun);
    // Publish mode always writes one: its step's annotations would sit on this run, not on the gated commit.
    const wantsCheckRun = config.mode === 'publish' || (config.annotations && annotationPlan.total > annotationPlan.shown);
    if (!mayComment && !wantsCheckRun)
        return;
    if (!config.githubToken) {
        if (mayComment)
            platform.warning('No github-token: the pull request comment was not written.');
        return;
    }
    const octokit = makeOctokit(config.githubToken, env.GITHUB_API_URL, signal);
    if (forAnotherRun && run.pullRequest === undefined) {
        try {
            const found = await findPullRequest(octokit, run);
            if (found)
                run.pullRequest = found;
            else
                platform.info('The triggering run is not for an open pull request: no comment to write.');
        }
        catch (error) {
            if (signal.aborted)
                return;
            platform.warning(`Could not find the triggering run's pull request: ${(0,src_text/* errorMessage */.gJ)(error)}`);
        }
    }
    const wantsComment = config.comment !== 'never' && run.pullRequest !== undefined;
    const key = [run.job, config.commentKey].filter(Boolean).join(':') || 'default';
    // The comment first: it is what people read, and the check run's many writes must not starve it.
    if (wantsComment) {
        try {
            const body = renderComment(report, {
                marker: commentMarker(key),
                ...(run.runUrl ? { runUrl: run.runUrl } : {}),
            });
            const comment = await upsertComment(octokit, run, body, commentMarker(key), config.comment, report.verdict.passed);
            if (comment.url)
                result.commentUrl = comment.url;
            platform.info(`Pull request comment: ${comment.action}${comment.url ? ` (${comment.url})` : ''}.`);
        }
        catch (error) {
            // Past the budget the one warning about it says enough.
            if (signal.aborted)
                return;
            if (isPermissionProblem(error))
                result.refused.push('comment');
            else
                platform.warning(`Could not write the pull request comment: ${(0,src_text/* errorMessage */.gJ)(error)}`);
        }
    }
    if (signal.aborted)
        return;
    if (wantsCheckRun) {
        try {
            const name = config.commentKey ? `quality-gate (${config.commentKey})` : 'quality-gate';
            const plan = planCheckRun(config.annotations ? report.checks : []);
            const published = await publishCheckRun(octokit, run, report, name, plan);
            if (published) {
                result.checkRun = { name, annotated: published.annotations, located: plan.located };
                platform.info(`Published ${published.annotations} of ${plan.located} located findings as annotations in the check run "${name}".`);
            }
        }
        catch (error) {
            // Without checks: write (fork PRs) the step's own annotations, within their budget, are what remains.
            if (isPermissionProblem(error))
                result.refused.push('check run');
            const why = isPermissionProblem(error) ? 'the token may not create check runs' : (0,src_text/* errorMessage */.gJ)(error);
            platform.info(`Annotations stay within the step's budget: ${why}.`);
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/read-cmd-shim/lib/index.js
var lib = __webpack_require__(8137);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/toolchain/which.ts
// Finds an executable on PATH as a shell would, with Windows' PATHEXT.


/** Looks a command up on PATH, as a shell would. */
function which(command, env) {
    for (const candidate of commandCandidates(command, env)) {
        try {
            if (!(0,external_node_fs_.statSync)(candidate).isFile())
                continue;
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // Not here.
        }
    }
    return undefined;
}
/**
 * Where a command may be, in the order a shell looks. On Windows each PATH entry is tried with every
 * PATHEXT extension, and first as given when the name already has one of them (`npm.cmd`).
 */
function commandCandidates(command, env, platform = process.platform) {
    const windows = platform === 'win32';
    const paths = windows ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    const searchPath = windows
        ? (Object.entries(env).find(([name]) => name.toUpperCase() === 'PATH')?.[1] ?? '')
        : (env.PATH ?? '');
    const pathext = (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((item) => item !== '');
    const hasExtension = pathext.some((ext) => command.toUpperCase().endsWith(ext.toUpperCase()));
    const extensions = !windows ? [''] : hasExtension ? ['', ...pathext] : pathext;
    return searchPath
        .split(paths.delimiter)
        .filter((dir) => dir !== '')
        .flatMap((dir) => extensions.map((extension) => paths.join(dir, command + extension)));
}

;// CONCATENATED MODULE: ./src/toolchain/node-launch.ts
// Node tools start as `node <the package's bin script>`, never by spawning node_modules/.bin: on Windows the
// .bin entries are .cmd shims, which Node refuses to spawn without a shell (CVE-2024-27980), and the gate
// never uses a shell. The .bin entry is still read, to learn which script it starts: that is the command a
// project script runs, and it can belong to another install of the package than node_modules/<name> (an
// npm alias: TypeScript 7 as @typescript/native beside TypeScript 6 as typescript). `node` is the one on
// PATH — the version the workflow set up for the project — else the gate's own.




/** The bin script `executable` of package `name` installed in `nodeModules`, from its package.json. */
function packageBin(nodeModules, name, executable) {
    const dir = external_node_path_default().join(nodeModules, ...name.split('/'));
    let manifest;
    try {
        manifest = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, 'package.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
    const bin = typeof manifest.bin === 'string'
        ? name.split('/').pop() === executable
            ? manifest.bin
            : undefined
        : manifest.bin?.[executable];
    if (typeof bin !== 'string')
        return undefined;
    const found = { script: external_node_path_default().join(dir, bin) };
    if (typeof manifest.version === 'string')
        found.version = manifest.version;
    return found;
}
/**
 * The script that `nodeModules/.bin/<executable>` starts: a symlink (npm, yarn and bun on POSIX) or a
 * shim that names it (pnpm everywhere, npm on Windows), with the package that owns it.
 */
function linkedBin(nodeModules, executable) {
    const bin = external_node_path_default().join(nodeModules, '.bin');
    const target = binTarget(external_node_path_default().join(bin, executable)) ?? binTarget(external_node_path_default().join(bin, `${executable}.cmd`));
    if (target === undefined)
        return undefined;
    // Resolved as the link says, not to its real path: node_modules may itself be a link (pnpm's packages are).
    const script = external_node_path_default().resolve(bin, target);
    if (!(0,external_node_fs_.existsSync)(script))
        return undefined;
    const linked = { script };
    const owner = owningManifest(script, nodeModules);
    if (owner !== undefined)
        linked.packageName = owner.name;
    if (typeof owner?.version === 'string')
        linked.version = owner.version;
    return linked;
}
function binTarget(entry) {
    try {
        if ((0,external_node_fs_.lstatSync)(entry).isSymbolicLink())
            return (0,external_node_fs_.readlinkSync)(entry);
        return lib_default().sync(entry).replace(/\\/g, '/');
    }
    catch {
        return undefined;
    }
}
/**
 * The nearest package.json above a package's file that names a package (dist/package.json may only set
 * type), looked for below `nodeModules` only: never the project's own manifest.
 */
function owningManifest(file, nodeModules) {
    for (let dir = external_node_path_default().dirname(file); dir.startsWith(nodeModules + (external_node_path_default()).sep); dir = external_node_path_default().dirname(dir)) {
        let manifest;
        try {
            manifest = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, 'package.json'), 'utf8'));
        }
        catch (error) {
            if (error.code === 'ENOENT')
                continue;
            return undefined;
        }
        if (typeof manifest.name === 'string')
            return { ...manifest, name: manifest.name };
    }
    return undefined;
}
/**
 * The nearest node_modules at or above `from` (up to `workspace`) that provides the command: what its .bin
 * links, when that is the package `name` under any alias, else node_modules/<name>'s own bin.
 */
function findPackageBin(name, executable, from, workspace) {
    let dir = from;
    for (;;) {
        const nodeModules = external_node_path_default().join(dir, 'node_modules');
        const linked = linkedBin(nodeModules, executable);
        if (linked?.packageName === name)
            return { script: linked.script, ...(linked.version ? { version: linked.version } : {}) };
        const found = packageBin(nodeModules, name, executable);
        if (found !== undefined)
            return found;
        if (dir === workspace || external_node_path_default().dirname(dir) === dir)
            return undefined;
        dir = external_node_path_default().dirname(dir);
    }
}
/** Whether a package is installed in node_modules at `from` or above it, up to the workspace. */
function hasNodePackage(name, from, workspace) {
    let dir = from;
    for (;;) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'node_modules', name, 'package.json')))
            return true;
        if (dir === workspace || external_node_path_default().dirname(dir) === dir)
            return false;
        dir = external_node_path_default().dirname(dir);
    }
}
/** argv that starts a node script with the Node.js on PATH, else the one running the gate. */
function nodeLauncher(script, env) {
    return [which('node', env) ?? process.execPath, script];
}
/**
 * npm itself: on POSIX its command on PATH (a link to npm-cli.js); on Windows npm.cmd is a shim, so
 * npm-cli.js beside it is started with node.
 */
function npmLauncher(env) {
    const npm = which('npm', env);
    if (npm === undefined)
        return ['npm'];
    if (!/\.(cmd|bat)$/i.test(npm))
        return [npm];
    return nodeLauncher(external_node_path_default().join(external_node_path_default().dirname(npm), 'node_modules', 'npm', 'bin', 'npm-cli.js'), env);
}

;// CONCATENATED MODULE: ./src/toolchain/installed.ts
// `tool-source: path`: use the tools that are already installed. Python tools are preferred as modules of
// the project's interpreter (`python -m mypy`), then executables on PATH; node tools come from the
// project's node_modules/.bin, then PATH. One interpreter call probes every Python tool at once.






class InterpreterError extends Error {
}
const isWindows = process.platform === 'win32';
// First of all the working directory leaves sys.path: a project's json.py must not stand in for json.
const PROBE = `
${DROP_WORKING_DIRECTORY}
import importlib.metadata as md, importlib.util as iu, json, sys
found = {}
for pair in sys.argv[1:]:
    module, dist = pair.split("=")
    try:
        if iu.find_spec(module) is None:
            continue
        found[module] = md.version(dist)
    except Exception:
        pass
print(json.dumps({"executable": sys.executable, "version": "%d.%d.%d" % sys.version_info[:3], "modules": found}))
`;
/** Modules probed besides the tools' own: pip, to install into the interpreter. */
const EXTRA_MODULES = ['pip=pip'];
/** The interpreter to use: the `python` input, else .venv in the working directory, else python3 on PATH. */
function pythonCandidate(options) {
    if (options.python !== undefined) {
        const given = options.python;
        const command = given.includes('/') || given.includes('\\')
            ? external_node_path_default().resolve(options.cwd, given)
            : which(given, options.env);
        return { command: command ?? given, explicit: true };
    }
    const venv = venvInterpreter(external_node_path_default().join(options.cwd, '.venv'));
    if ((0,external_node_fs_.existsSync)(venv))
        return { command: venv, explicit: false };
    const onPath = which(isWindows ? 'python' : 'python3', options.env);
    return onPath === undefined ? undefined : { command: onPath, explicit: false };
}
async function findInstalledTools(tools, options) {
    const env = (0,exec/* toolEnvironment */.uQ)(options.env);
    const { python, modules } = await projectPython(tools, options);
    const resolutions = new Map();
    await Promise.all(tools.map(async (tool) => {
        resolutions.set(tool, await resolveOne(tool, python, modules, options, env));
    }));
    const result = { resolutions, modules };
    if (python !== undefined)
        result.python = python;
    return result;
}
/** The project's interpreter and which of the tools' modules (and coverage, pip) it has, in one call. */
async function projectPython(tools, options) {
    // A project gated only by JavaScript tools needs no interpreter: do not start one.
    const candidate = tools.some((tool) => tool.language === 'python') ? pythonCandidate(options) : undefined;
    if (candidate === undefined)
        return { modules: {} };
    const pairs = [
        ...tools.flatMap((tool) => [tool.python, tool.coverage?.python].flatMap((pkg) => pkg ? [`${pkg.module}=${pkg.distribution}`] : [])),
        ...EXTRA_MODULES,
    ];
    const parsed = await probePython(candidate.command, pairs, options.cwd, (0,exec/* toolEnvironment */.uQ)(options.env));
    if ('error' in parsed) {
        if (candidate.explicit) {
            throw new InterpreterError(`'${options.python}' could not be run as a Python interpreter: ${parsed.error}`);
        }
        return { modules: {} };
    }
    return { python: { executable: candidate.command, version: parsed.version }, modules: parsed.modules };
}
async function resolveOne(tool, python, modules, options, env) {
    if (tool.ecosystem === 'node') {
        const local = resolveFromNodeModules(tool, options);
        if (local !== undefined)
            return local;
    }
    if (tool.runsInProject && tool.python !== undefined && modules[tool.python.module] === undefined) {
        return {
            missing: python === undefined
                ? `${tool.id} runs in the project's Python interpreter, and none was found; set the python input`
                : `${tool.python.module} is not installed in the project's interpreter ${python.executable} (No module named '${tool.python.module}')`,
        };
    }
    if (python !== undefined && tool.python !== undefined && modules[tool.python.module] !== undefined) {
        return {
            launcher: pythonModuleArgv(python.executable, tool.python.module, {
                projectOnPath: tool.kind === 'test',
            }),
            version: modules[tool.python.module],
            source: `python -m ${tool.python.module} (${python.executable})`,
        };
    }
    const onPath = which(tool.executable, options.env);
    if (onPath !== undefined && tool.ecosystem === 'node' && /\.(cmd|bat)$/i.test(onPath)) {
        // A global npm install on Windows: the shim's package sits in node_modules beside it.
        const global = tool.npmPackage
            ? packageBin(external_node_path_default().join(external_node_path_default().dirname(onPath), 'node_modules'), tool.npmPackage, tool.executable)
            : undefined;
        if (global === undefined)
            return { missing: `${tool.id} was found only as a shim (${onPath}) without its package` };
        return {
            launcher: nodeLauncher(global.script, options.env),
            source: `${onPath} on PATH`,
            ...(global.version !== undefined ? { version: global.version } : {}),
        };
    }
    if (onPath !== undefined)
        return withVersion([onPath], `${onPath} on PATH`, options, env);
    const places = [
        ...(tool.ecosystem === 'node' ? ['node_modules/.bin'] : []),
        ...(tool.python !== undefined && python !== undefined ? [`the interpreter ${python.executable}`] : []),
        'PATH',
    ];
    return { missing: `${tool.id} is not installed: not found in ${places.join(', ')}` };
}
async function withVersion(launcher, source, options, env) {
    const run = await (0,exec/* runProcess */.R3)([...launcher, '--version'], { cwd: options.cwd, env, timeoutMs: 60_000 });
    const version = /(\d+\.\d+(?:\.\d+)?(?:[a-z]+\d*)?)/.exec(`${run.stdout}\n${run.stderr}`)?.[1];
    return version === undefined ? { launcher, source } : { launcher, version, source };
}
/** Runs the probe script in an interpreter: its version and the versions of the given module=dist pairs. */
async function probePython(python, pairs, cwd, env) {
    const run = await (0,exec/* runProcess */.R3)([python, '-c', PROBE, ...new Set(pairs)], { cwd, env, timeoutMs: 60_000 });
    const parsed = run.exitCode === 0 ? parseProbe(run.stdout) : undefined;
    if (parsed !== undefined)
        return parsed;
    return { error: run.spawnError ?? (run.stderr.trim().split('\n').at(-1) || `exit code ${run.exitCode}`) };
}
function parseProbe(stdout) {
    try {
        const data = JSON.parse(stdout.trim().split('\n').at(-1) ?? '');
        if (typeof data.version !== 'string' || typeof data.modules !== 'object' || data.modules === null)
            return undefined;
        return { version: data.version, modules: data.modules };
    }
    catch {
        return undefined;
    }
}
/** A node tool from the project's own node_modules (nearest first), with the version its package.json states. */
function resolveFromNodeModules(tool, options) {
    if (!tool.npmPackage)
        return undefined;
    const found = findPackageBin(tool.npmPackage, tool.executable, options.cwd, options.workspace);
    if (found === undefined)
        return undefined;
    const resolved = {
        launcher: nodeLauncher(found.script, options.env),
        source: external_node_path_default().relative(options.workspace, found.script) || found.script,
    };
    if (found.version !== undefined)
        resolved.version = found.version;
    return resolved;
}
/** What to tell a user whose node_modules lacks a tool that must come from it. */
function notInNodeModules(tool, options) {
    const has = (file) => (0,external_node_fs_.existsSync)(external_node_path_default().join(options.cwd, file));
    const install = has('pnpm-lock.yaml')
        ? 'pnpm install'
        : has('yarn.lock')
            ? 'yarn install'
            : has('bun.lockb') || has('bun.lock')
                ? 'bun install'
                : 'npm ci';
    const where = (0,external_node_fs_.existsSync)(external_node_path_default().join(options.cwd, 'node_modules'))
        ? `is not in node_modules`
        : 'needs node_modules, which is missing';
    return `${tool.id} runs from the project's own node_modules (it needs the project's config and plugins) and ${where}: run \`${install}\` before the gate`;
}

;// CONCATENATED MODULE: ./src/toolchain/installer-output.ts
// What an installer (pip, uv, npm) said went wrong, in one line: the cause, not its retries, its progress or
// its pointer to a debug log. Pure.

/** The one line that explains a failed install; the whole output stays in the installer log. */
function installerCause(output) {
    const lines = joinWrapped((0,src_text/* stripAnsi */.aJ)(output).split(/\r?\n/))
        .map((line) => line.trim())
        .filter((line) => line !== '');
    const unreachable = indexTrouble(lines);
    const statement = lastStatement(lines);
    if (statement !== undefined && unreachable !== undefined && !statement.includes(unreachable)) {
        return `${statement} (the index did not answer: ${unreachable})`;
    }
    return statement ?? unreachable ?? lines.filter((line) => !/^warning\b/i.test(line)).at(-1) ?? 'no output';
}
/** uv wraps its `╰─▶` reason over indented lines: one line again, up to the blank line or its hint. */
function joinWrapped(lines) {
    const joined = [];
    let inReason = false;
    for (const line of lines) {
        const text = line.trim();
        if (text.startsWith('╰─▶')) {
            joined.push(text);
            inReason = true;
        }
        else if (inReason && text !== '' && !/^hint:/.test(text) && /^\s/.test(line)) {
            joined[joined.length - 1] = `${joined.at(-1) ?? ''} ${text}`;
        }
        else {
            inReason = false;
            joined.push(line);
        }
    }
    return joined;
}
/** pip's `Retrying (…) after connection broken by 'XError(…: cause)': /simple/pkg/` → its cause. */
function indexTrouble(lines) {
    const retry = lines.filter((line) => /Retrying \(Retry\(/.test(line)).at(-1);
    if (retry === undefined)
        return undefined;
    const broken = /broken by '(\w+)\((.*)\)':\s*(\S+)?\s*$/.exec(retry);
    if (broken === null)
        return retry.replace(/^WARNING:\s*/, '');
    const [, kind = '', detail = '', url = ''] = broken;
    // The useful part of urllib3's message is after its last colon: "[Errno 111] Connection refused".
    const said = detail
        .replace(/^['"]|['"]$/g, '')
        .split(/:\s+/)
        .at(-1) ?? detail;
    return `${kind}: ${said.replace(/['"]\)?$/, '')}${url ? ` (${url})` : ''}`;
}
/**
 * The installer's last error statement: pip's `ERROR:`, uv's `error:` / `×` heading with its `╰─▶` reason,
 * npm's first `npm error` statement (not its code, errno or category word).
 */
function lastStatement(lines) {
    const uvReason = lines.filter((line) => line.startsWith('╰─▶')).at(-1);
    const uvHeading = lines.filter((line) => line.startsWith('×')).at(-1);
    if (uvHeading !== undefined) {
        const heading = uvHeading.replace(/^×\s*/, '').replace(/:$/, '');
        return uvReason !== undefined ? `${heading}: ${uvReason.replace(/^╰─▶\s*/, '')}` : heading;
    }
    // npm states the error first; after it come its stack, its properties and general advice.
    const npm = lines
        .filter((line) => /^npm (error|ERR!)/.test(line))
        .map((line) => line.replace(/^npm (error|ERR!)\s*/, ''))
        .find((line) => line !== '' && !/^(code|errno|syscall|path|dest)\b/.test(line));
    if (npm !== undefined)
        return npm.replace(/^[a-z]+ (?=[A-Z])/, '');
    const errors = lines.filter((line) => /^(ERROR|error):/.test(line));
    const notFound = errors.find((line) => /No matching distribution found/.test(line));
    const chosen = notFound ?? errors.at(-1);
    if (chosen === undefined)
        return undefined;
    // uv: `error: Failed to fetch …` and, below it, the chain of `Caused by:` whose last link is the root.
    const cause = lines
        .slice(lines.lastIndexOf(chosen) + 1)
        .filter((line) => /^Caused by:/.test(line))
        .at(-1);
    const said = chosen.replace(/^(ERROR|error):\s*/, '');
    return cause === undefined ? said : `${said}: ${cause.replace(/^Caused by:\s*/, '')}`;
}

;// CONCATENATED MODULE: ./src/toolchain/installers.ts
// The installer commands that put one unit of the pinned toolchain in place, as argv arrays, and the
// settings that make an unreachable index fail in seconds. Which installer: uv when it is on PATH; else the
// project interpreter's pip driving a pip-less venv (`pip --python`, pip ≥ 22.3); else a venv with its own
// pip. Pure: nothing here runs.



/** Where a unit keeps what it installed, below its own directory. */
const UNIT_LAYOUT = { venv: 'python', overlay: 'site', node: 'node' };
const unitPython = (unitDir) => venvInterpreter(external_node_path_default().join(unitDir, UNIT_LAYOUT.venv));
/** The commands that install `requirements` into the unit at `dir`, in order. */
function installCommands(kind, dir, requirements, installer, env) {
    if (kind === 'node') {
        return [
            [
                ...npmLauncher(env),
                'install',
                '--prefix',
                external_node_path_default().join(dir, UNIT_LAYOUT.node),
                '--no-audit',
                '--no-fund',
                '--no-package-lock',
                '--loglevel=error',
                ...requirements,
            ],
        ];
    }
    if (installer === undefined)
        return [];
    const venv = external_node_path_default().join(dir, UNIT_LAYOUT.venv);
    const site = external_node_path_default().join(dir, UNIT_LAYOUT.overlay);
    const pipArgs = ['install', '--disable-pip-version-check', '--no-input'];
    if (installer.name === 'uv') {
        const { uv, python } = installer;
        return kind === 'venv'
            ? [
                [uv, 'venv', '--quiet', '--python', python, venv],
                [uv, 'pip', 'install', '--python', unitPython(dir), ...requirements],
            ]
            : [[uv, 'pip', 'install', '--python', python, '--target', site, ...requirements]];
    }
    const { python, drives } = installer;
    if (kind === 'overlay') {
        // --target needs only a pip that runs on this interpreter: its own, or one in a helper venv.
        if (drives)
            return [[python, '-m', 'pip', ...pipArgs, '--target', site, ...requirements]];
        const helper = external_node_path_default().join(dir, 'pip');
        return [
            [python, '-m', 'venv', helper],
            [venvInterpreter(helper), '-m', 'pip', ...pipArgs, '--target', site, ...requirements],
        ];
    }
    return drives
        ? [
            [python, '-m', 'venv', '--without-pip', venv],
            [python, '-m', 'pip', '--python', unitPython(dir), ...pipArgs, ...requirements],
        ]
        : [
            [python, '-m', 'venv', venv],
            [unitPython(dir), '-m', 'pip', ...pipArgs, ...requirements],
        ];
}
/** pip ≥ 22.3 runs as `pip --python <other interpreter>`: no pip copied into every venv. */
function pipDrivesOthers(pipVersion) {
    const [major = 0, minor = 0] = (pipVersion ?? '').split('.').map(Number);
    return major > 22 || (major === 22 && minor >= 3);
}
/**
 * An index that does not answer fails in seconds, not minutes: a short socket timeout and one retry for
 * pip and uv, fewer and shorter retries for npm. A setting the user made wins.
 */
function fastFailureSettings(env) {
    const defaults = [
        [['PIP_DEFAULT_TIMEOUT', 'PIP_TIMEOUT'], '6'],
        [['PIP_RETRIES'], '1'],
        [['UV_HTTP_TIMEOUT', 'UV_REQUEST_TIMEOUT'], '10'],
        [['UV_HTTP_RETRIES'], '1'],
        [['npm_config_fetch_retries', 'NPM_CONFIG_FETCH_RETRIES'], '1'],
        [['npm_config_fetch_retry_mintimeout', 'NPM_CONFIG_FETCH_RETRY_MINTIMEOUT'], '2000'],
        [['npm_config_fetch_retry_maxtimeout', 'NPM_CONFIG_FETCH_RETRY_MAXTIMEOUT'], '10000'],
        // npm's own default waits 5 minutes per attempt on a registry that does not answer; a tarball still
        // has a minute.
        [['npm_config_fetch_timeout', 'NPM_CONFIG_FETCH_TIMEOUT'], '60000'],
    ];
    const settings = {};
    for (const [names, value] of defaults) {
        const [name] = names;
        if (name !== undefined && names.every((each) => env[each] === undefined))
            settings[name] = value;
    }
    return settings;
}
/** uv does not read pip's settings: carry private indexes and find-links over, unless uv's own are set. */
function pipSettingsForUv(env) {
    const mapping = [
        ['PIP_INDEX_URL', 'UV_INDEX_URL'],
        ['PIP_EXTRA_INDEX_URL', 'UV_EXTRA_INDEX_URL'],
        ['PIP_FIND_LINKS', 'UV_FIND_LINKS'],
        ['PIP_NO_INDEX', 'UV_NO_INDEX'],
    ];
    const carried = {};
    for (const [pip, uv] of mapping) {
        const value = env[pip];
        if (value !== undefined && env[uv] === undefined)
            carried[uv] = value;
    }
    return carried;
}

;// CONCATENATED MODULE: ./src/toolchain/pinned.ts
// `tool-source: pinned`: install exact versions, each tool in its own unit, and reuse them. A Python linter
// gets its own venv with the plugins and stubs its pre-commit hook installs (as pre-commit does); pytest
// and coverage.py, which must run inside the project's interpreter, each get a `pip install --target`
// overlay put on PYTHONPATH when the project lacks them; a node tool gets its own npm prefix. Units install
// at once and stand alone: one that fails leaves the others working and says why in one line. Each unit is
// built aside and renamed into place, so two gates at once never see a half-built one, and it is verified
// before use, so a damaged one is rebuilt. On Actions the whole set is one cache entry, saved once per set.













const INSTALL_TIMEOUT_MS = 20 * 60_000;
const CONCURRENT_INSTALLS = 4;
const LOG_LINES_PER_UNIT = 40;
const LOG_MAX_CHARS = 12_000;
async function resolvePinnedTools(tools, pins, 
/** Test tools whose coverage companion (coverage.py) measures their run: it goes beside them. */
measured, options) {
    const started = performance.now();
    const env = (0,exec/* toolEnvironment */.uQ)(options.env);
    const { python, modules } = await projectPython(tools, options);
    const pinOf = (key) => pins.find((pin) => pin.key === key);
    const uv = which('uv', options.env);
    // Python units are made from the project's interpreter: without one there is nothing to install into.
    const installer = python === undefined
        ? undefined
        : uv
            ? { name: 'uv', uv, python: python.executable }
            : { name: 'pip', python: python.executable, drives: pipDrivesOthers(modules.pip) };
    const root = options.cache
        ? external_node_path_default().join(options.root, 'toolchains')
        : external_node_path_default().join((0,external_node_os_.tmpdir)(), `quality-gate-toolchain-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    // Which unit serves each tool; node tools in the project's node_modules run from there instead.
    const units = [];
    const unitOf = new Map();
    const fromProject = new Map();
    const addUnit = (kind, pin, module) => {
        if (pin === undefined)
            return undefined;
        const existing = units.find((unit) => unit.kind === kind && unit.pin.package === pin.package);
        if (existing)
            return existing;
        const requirements = pin.registry === 'npm'
            ? [`${pin.package}@${pin.version}`]
            : [`${pin.package}==${pin.version}`, ...pin.extras];
        const key = unitKey(kind, pin.package, requirements, uv ? 'uv' : 'pip', python?.version);
        const unit = { kind, pin, requirements, key, dir: external_node_path_default().join(root, key) };
        if (module !== undefined)
            unit.module = module;
        units.push(unit);
        return unit;
    };
    for (const tool of tools) {
        if (tool.ecosystem === 'node') {
            // Formatters like prettier come from the project only when its package.json declares them.
            const local = tool.runsInProject || declares(options.cwd, tool.npmPackage)
                ? resolveFromNodeModules(tool, options)
                : undefined;
            if (local)
                fromProject.set(tool, local);
            else if (tool.runsInProject)
                fromProject.set(tool, { missing: notInNodeModules(tool, options) });
            else
                setIf(unitOf, tool, addUnit('node', pinOf(tool.id)));
        }
        else if (tool.runsInProject) {
            if (tool.python && modules[tool.python.module] === undefined)
                setIf(unitOf, tool, addUnit('overlay', pinOf(tool.id)));
        }
        else
            setIf(unitOf, tool, addUnit('venv', pinOf(tool.id), tool.python?.module));
    }
    const companions = measured.flatMap((tool) => (tool.coverage ? [tool.coverage] : []));
    const companionUnits = new Map();
    for (const companion of companions) {
        if (modules[companion.python.module] !== undefined)
            continue;
        const unit = addUnit('overlay', pinOf(companion.name));
        if (unit)
            companionUnits.set(companion.python.module, unit);
    }
    const key = setKey(units);
    const report = {
        key,
        cache: options.cache ? 'hit' : 'off',
        durationMs: 0,
        installerCalls: [],
        location: root,
        installer: uv ? 'uv' : 'pip',
        units: [],
    };
    const states = new Map();
    const whole = async (unit) => verify(unit, options.cwd, env);
    // Every unit is checked at once: one interpreter start each, in parallel.
    const wholeNow = options.cache ? await Promise.all(units.map(whole)) : units.map(() => false);
    let pending = units.filter((unit, index) => {
        if (wholeNow[index])
            states.set(unit, { state: 'cached' });
        return !wholeNow[index];
    });
    let restoredKey;
    if (pending.length > 0 && options.cache && options.store) {
        restoredKey = await options.store.restore(units.map((unit) => unit.dir), key);
        if (restoredKey !== undefined) {
            const restored = await Promise.all(pending.map(whole));
            pending = pending.filter((unit, index) => {
                if (restored[index])
                    states.set(unit, { state: 'restored' });
                return !restored[index];
            });
        }
    }
    // The installer's version is for the report: asked only when it installs something.
    if (uv && pending.length > 0)
        report.installer = `uv ${await versionOf([uv, '--version'], options.cwd, env)}`;
    const settings = {
        ...fastFailureSettings(options.env),
        ...(uv ? pipSettingsForUv(options.env) : {}),
    };
    await eachConcurrently(pending, CONCURRENT_INSTALLS, async (unit) => {
        const needsPython = unit.kind !== 'node';
        if (needsPython && installer === undefined) {
            states.set(unit, {
                state: 'failed',
                cause: 'no Python interpreter to install into was found (set the python input)',
            });
            return;
        }
        const outcome = await buildAside(unit, whole, (dir) => runInstall(installCommands(unit.kind, dir, unit.requirements, installer, options.env), {
            cwd: dir,
            env: { ...env, ...settings },
            calls: report.installerCalls,
        }));
        states.set(unit, outcome === undefined ? { state: 'installed' } : { state: 'failed', ...outcome });
    });
    const built = pending.length > 0;
    if (options.cache && options.store && built && restoredKey === undefined) {
        const failed = units.some((unit) => states.get(unit)?.state === 'failed');
        if (!failed)
            await options.store.save(units.map((unit) => unit.dir), key);
    }
    if (options.cache) {
        report.cache = built
            ? 'miss'
            : units.some((unit) => states.get(unit)?.state === 'restored')
                ? 'restored'
                : 'hit';
    }
    report.units = units.map((unit) => {
        const { state, cause } = states.get(unit) ?? { state: 'failed' };
        const shown = {
            package: unit.pin.package,
            version: unit.pin.version,
            extras: unit.pin.extras,
            kind: unit.kind,
            state,
            location: unit.dir,
        };
        if (cause !== undefined)
            shown.cause = cause;
        return shown;
    });
    const log = failureLog(units, states);
    if (log !== undefined)
        report.log = log;
    report.durationMs = Math.round(performance.now() - started);
    // How each tool starts, from its unit's state.
    const usable = (unit) => unit !== undefined && states.get(unit)?.state !== 'failed';
    const failure = (unit) => {
        const { pin } = unit;
        const what = pin.registry === 'npm' ? `${pin.package}@${pin.version}` : `${pin.package}==${pin.version}`;
        const beside = pin.extras.length > 0 ? ` (with ${pin.extras.join(', ')})` : '';
        return `${what}${beside} could not be installed: ${states.get(unit)?.cause ?? 'unknown cause'}`;
    };
    const overlaySites = units
        .filter((unit) => unit.kind === 'overlay' && usable(unit))
        .map((unit) => external_node_path_default().join(unit.dir, UNIT_LAYOUT.overlay));
    const versions = { ...modules };
    const missingModules = {};
    for (const [module, unit] of companionUnits) {
        if (usable(unit))
            versions[module] = unit.pin.version;
        else
            missingModules[module] = failure(unit);
    }
    const resolutions = new Map();
    for (const tool of tools) {
        const local = fromProject.get(tool);
        if (local !== undefined) {
            resolutions.set(tool, local);
            continue;
        }
        const unit = unitOf.get(tool);
        if (unit !== undefined && !usable(unit)) {
            resolutions.set(tool, { missing: failure(unit) });
            continue;
        }
        resolutions.set(tool, resolveTool(tool, unit, { python, versions, overlaySites, options }));
    }
    const result = { resolutions, modules: versions, install: report };
    if (Object.keys(missingModules).length > 0)
        result.missingModules = missingModules;
    if (python !== undefined)
        result.python = python;
    return result;
}
function resolveTool(tool, unit, context) {
    const { python, versions, overlaySites, options } = context;
    const pin = unit?.pin;
    if (tool.runsInProject && tool.python) {
        if (python === undefined) {
            return {
                missing: `${tool.id} runs in the project's Python interpreter, and none was found; set the python input`,
            };
        }
        const viaOverlay = overlaySites.length > 0;
        const resolved = {
            launcher: pythonModuleArgv(python.executable, tool.python.module, {
                projectOnPath: tool.kind === 'test',
            }),
            version: versions[tool.python.module] ?? pin?.version ?? '?',
            source: viaOverlay
                ? `project interpreter + pinned overlay (${overlaySites.join((external_node_path_default()).delimiter)})`
                : `project interpreter ${python.executable}`,
        };
        if (viaOverlay) {
            resolved.env = {
                PYTHONPATH: [...overlaySites, options.env.PYTHONPATH].filter(Boolean).join((external_node_path_default()).delimiter),
            };
        }
        return resolved;
    }
    if (unit === undefined || pin === undefined)
        return { missing: `${tool.id} has no pinned version` };
    const from = `${pin.source}${pin.extras.length > 0 ? `; with ${pin.extras.join(', ')} from ${pin.extrasSource ?? 'the project'}` : ''}`;
    if (tool.ecosystem === 'node') {
        const bin = packageBin(external_node_path_default().join(unit.dir, UNIT_LAYOUT.node, 'node_modules'), pin.package, tool.executable);
        return bin
            ? {
                launcher: nodeLauncher(bin.script, options.env),
                version: bin.version ?? pin.version,
                source: `pinned ${pin.package}@${pin.version} (${from})`,
            }
            : { missing: `${tool.id}: the pinned ${pin.package} has no '${tool.executable}' command` };
    }
    if (!tool.python)
        return { missing: `${tool.id} cannot be installed from a Python package` };
    return {
        launcher: pythonModuleArgv(unitPython(unit.dir), tool.python.module),
        version: pin.version,
        source: `pinned ${pin.package}==${pin.version} (${from})`,
    };
}
function setIf(map, key, value) {
    if (value !== undefined)
        map.set(key, value);
}
/** Whether the project's package.json lists the package among its dependencies. */
function declares(cwd, npmPackage) {
    if (npmPackage === undefined)
        return false;
    try {
        const pkg = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(cwd, 'package.json'), 'utf8'));
        return [pkg.dependencies, pkg.devDependencies].some((deps) => deps !== undefined && npmPackage in deps);
    }
    catch {
        return false;
    }
}
const hash = (value, length) => (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(value)).digest('hex').slice(0, length);
/** `<package>-<version>-<hash of what it holds and how it was installed>`: a directory name. */
function unitKey(kind, name, requirements, installer, pythonVersion) {
    const runtime = kind === 'node' ? `node${process.versions.node.split('.')[0]}` : `py${pythonVersion ?? 'none'}`;
    const digest = hash({ kind, requirements, installer, runtime, os: process.platform, arch: process.arch }, 16);
    return `${name.replace(/[^A-Za-z0-9._-]+/g, '_')}-${kind}-${digest}`;
}
/** quality-gate-toolchain-<os>-<arch>-<hash of the units>: one Actions cache entry per pin set. */
function setKey(units) {
    const keys = units.map((unit) => unit.key).sort();
    return `quality-gate-toolchain-${process.platform}-${process.arch}-${hash(keys, 20)}`;
}
/** A unit is usable when its manifest is complete and its pinned version is really there. */
async function verify(unit, cwd, env) {
    try {
        const manifest = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(unit.dir, 'manifest.json'), 'utf8'));
        if (manifest.key !== unit.key || manifest.complete !== true)
            return false;
    }
    catch {
        return false;
    }
    const { pin } = unit;
    if (unit.kind === 'venv') {
        const module = unit.module ?? pin.package;
        const probe = await probePython(unitPython(unit.dir), [`${module}=${pin.package}`], cwd, env);
        return !('error' in probe) && probe.modules[module] === pin.version;
    }
    if (unit.kind === 'overlay') {
        const site = external_node_path_default().join(unit.dir, UNIT_LAYOUT.overlay);
        const wanted = `${pin.package.replace(/-/g, '_')}-${pin.version}.dist-info`.toLowerCase();
        return (0,external_node_fs_.existsSync)(site) && (0,external_node_fs_.readdirSync)(site).some((entry) => entry.toLowerCase() === wanted);
    }
    try {
        const manifest = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(unit.dir, UNIT_LAYOUT.node, 'node_modules', ...pin.package.split('/'), 'package.json'), 'utf8'));
        return manifest.version === pin.version;
    }
    catch {
        return false;
    }
}
/** Runs a unit's installer commands in order; the first that fails stops it, with its cause. */
async function runInstall(commands, 
// The unit's own directory as cwd: a project's .npmrc or pip.conf beside its code is not read.
context) {
    for (const argv of commands) {
        context.calls.push(argv);
        const run = await (0,exec/* runProcess */.R3)(argv, {
            cwd: context.cwd,
            env: context.env,
            timeoutMs: INSTALL_TIMEOUT_MS,
        });
        if (run.exitCode === 0)
            continue;
        const output = [run.stdout, run.stderr].filter(Boolean).join('\n');
        const step = installerStep(argv);
        const cause = run.spawnError ??
            (run.timedOut
                ? `${step} did not finish within ${INSTALL_TIMEOUT_MS / 60_000} minutes`
                : `${step}: ${installerCause(output)}`);
        return { cause, log: `$ ${argv.join(' ')}\n${(0,src_text/* tail */.RT)(output, LOG_LINES_PER_UNIT)}` };
    }
    return undefined;
}
/** Builds a unit in a sibling directory, then renames it into place; a whole one a concurrent run made is kept. */
async function buildAside(unit, whole, install) {
    const staging = external_node_path_default().join(external_node_path_default().dirname(unit.dir), `.build-${external_node_path_default().basename(unit.dir)}-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    await (0,promises_.mkdir)(staging, { recursive: true });
    const failed = await install(staging);
    if (failed !== undefined) {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        return failed;
    }
    await (0,promises_.writeFile)(external_node_path_default().join(staging, 'manifest.json'), `${JSON.stringify({ key: unit.key, requirements: unit.requirements, complete: true }, null, 2)}\n`);
    if ((0,external_node_fs_.existsSync)(unit.dir)) {
        if (await whole(unit)) {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
            return undefined;
        }
        await (0,promises_.rm)(unit.dir, { recursive: true, force: true });
    }
    try {
        await (0,promises_.rename)(staging, unit.dir);
    }
    catch (error) {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(unit.dir, 'manifest.json')))
            throw error;
    }
    return undefined;
}
/** The failed installs' output, each under its command, bounded as a whole. */
function failureLog(units, states) {
    const parts = units.flatMap((unit) => {
        const log = states.get(unit)?.log;
        return log ? [log] : [];
    });
    if (parts.length === 0)
        return undefined;
    const text = parts.join('\n\n');
    return text.length > LOG_MAX_CHARS ? `…\n${text.slice(-LOG_MAX_CHARS)}` : text;
}
/** "pip install", "uv venv", "npm install", "python -m venv": what an installer command was doing. */
function installerStep(argv) {
    const words = argv.map((word) => external_node_path_default().basename(word));
    const module = words.indexOf('-m');
    if (module !== -1) {
        const rest = words.slice(module + 1);
        if (rest[0] === 'venv')
            return 'python -m venv';
        return `${rest[0]} ${rest.find((word) => word === 'install') ?? rest[1] ?? ''}`.trim();
    }
    return words.slice(0, words[1] === 'pip' ? 3 : 2).join(' ');
}
async function eachConcurrently(items, limit, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const item = items[next++];
            await work(item);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
async function versionOf(argv, cwd, env) {
    const run = await (0,exec/* runProcess */.R3)(argv, { cwd, env, timeoutMs: 30_000 });
    return /(\d+\.\d+(?:\.\d+)?)/.exec(run.stdout)?.[1] ?? 'unknown';
}
/** The install as the report holds it: the installer commands counted, not listed. */
function installSummary(install) {
    const { installerCalls, ...rest } = install;
    return { ...rest, installerCalls: installerCalls.length };
}

;// CONCATENATED MODULE: ./src/version.ts
// The gate's own version; a test keeps it equal to package.json.
const GATE_VERSION = '0.1.0';
/** Where to report the gate's own failures (exit code 3). */
const ISSUES_URL = 'https://github.com/org/quality-gate/issues';

;// CONCATENATED MODULE: ./src/stages/report.ts
// Stage 6, report: the checks, the verdict and what the run knew, in the report's one shape. Pure.




function buildReport(inputs) {
    const { config, checks, toolchain } = inputs;
    const findings = checks.flatMap((check) => check.findings);
    const counts = countBySeverity(findings);
    const report = {
        schemaVersion: 1,
        gate: { name: 'quality-gate', version: GATE_VERSION },
        verdict: evaluate(checks, config.policy),
        counts: {
            findings: findings.length,
            errors: counts.error,
            warnings: counts.warning,
            notices: counts.notice,
        },
        checks,
        skipped: [...inputs.skipped],
        warnings: [...inputs.warnings],
        workingDirectory: external_node_path_default().relative(config.workspace, config.workingDirectory) || '.',
        failOn: config.failOn,
        scope: config.scope,
        startedAt: new Date(inputs.started).toISOString(),
        durationMs: inputs.now - inputs.started,
    };
    if (inputs.job || config.commentKey) {
        report.job = {
            name: inputs.job ?? 'local',
            ...(config.commentKey ? { commentKey: config.commentKey } : {}),
        };
    }
    if (inputs.changes)
        report.changes = describeChanges(inputs.changes);
    if (toolchain.python)
        report.python = toolchain.python;
    if (toolchain.install)
        report.toolchain = installSummary(toolchain.install);
    return report;
}
function describeChanges(changes) {
    let lines = 0;
    for (const changed of changes.files.values())
        if (changed !== 'all')
            lines += changed.size;
    return { source: changes.source, files: changes.files.size, lines };
}

;// CONCATENATED MODULE: ./src/stages/run.ts
// Stage 4, run: each planned tool once, as many at once as there are CPUs, each in a scratch directory of
// its own. A tool that cannot be started is not run; judging says why. Nothing here reads the results.





async function runTools(config, plan, { toolchain, resolutionIn }, env) {
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'quality-gate-'));
    const toolEnv = (0,exec/* toolEnvironment */.uQ)(env);
    try {
        return await mapConcurrently(plan.tools, (0,external_node_os_.availableParallelism)(), async (toolPlan) => {
            const { item, tool, cwd } = toolPlan;
            const resolution = resolutionIn(tool, cwd);
            const companion = item.withCoverage ? tool.coverage : undefined;
            // Without its companion (coverage.py) the tests still run; only the coverage check reports it.
            const measured = item.withCoverage === true &&
                (companion === undefined || toolchain.modules[companion.python.module] !== undefined) &&
                (tool.coveragePackages === undefined ||
                    tool.coveragePackages.some((name) => hasNodePackage(name, cwd, config.workspace)));
            const execution = { ...toolPlan, resolution, measured };
            if (resolution === undefined || 'missing' in resolution)
                return execution;
            // One check, several runs (e.g. one per `tsc -p` project in the scripts): one after another, as
            // they may share the tool's caches in the working directory.
            const ran = [];
            for (const planned of item.runs) {
                const ctx = {
                    workspace: config.workspace,
                    cwd,
                    launcher: resolution.launcher,
                    targets: planned.targets,
                    extraArgs: planned.extraArgs,
                    tempDir: await (0,promises_.mkdtemp)(external_node_path_default().join(scratch, `${tool.id}-`)),
                    ...(resolution.version !== undefined ? { version: resolution.version } : {}),
                    ...(toolchain.python ? { python: toolchain.python.executable } : {}),
                    ...(measured ? { withCoverage: true } : {}),
                };
                const command = tool.command(ctx);
                const run = await runCommand({ ...command, env: { ...resolution.env, ...command.env } }, { cwd: ctx.cwd, env: toolEnv, timeoutMs: config.toolTimeoutMs });
                ran.push({ ctx, run, from: planned.from });
            }
            return { ...execution, ran };
        });
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/** The command, its follow-up commands (only after a run that finished), and the files it wrote. */
async function runCommand(command, options) {
    const started = performance.now();
    const spawn = { cwd: options.cwd, env: { ...options.env, ...command.env } };
    const deadline = Date.now() + options.timeoutMs;
    const toolRun = await (0,exec/* runProcess */.R3)(command.argv, { ...spawn, timeoutMs: options.timeoutMs });
    const finished = !toolRun.timedOut && toolRun.spawnError === undefined && toolRun.exitCode !== null;
    if (command.after && finished) {
        toolRun.after = [];
        for (const argv of command.after) {
            toolRun.after.push(await (0,exec/* runProcess */.R3)(argv, { ...spawn, timeoutMs: Math.max(1000, deadline - Date.now()) }));
        }
    }
    if (command.reads) {
        toolRun.files = {};
        for (const [name, file] of Object.entries(command.reads)) {
            toolRun.files[name] = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
        }
    }
    toolRun.durationMs = Math.round(performance.now() - started);
    return toolRun;
}
async function mapConcurrently(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 35 modules
var cache = __webpack_require__(17337);
;// CONCATENATED MODULE: ./src/toolchain/cache.ts
// Where toolchains and tool caches persist between runs. On GitHub Actions: the Actions cache service,
// restored to and saved from fixed paths. Elsewhere the local directory itself is the cache.
// Cache trouble never fails the gate: it is a warning and a fresh install. Only a ValidationError
// (bad arguments: our bug) is thrown.




/** The per-user cache directory: $XDG_CACHE_HOME (or ~/.cache, %LOCALAPPDATA%) / quality-gate. */
function cacheRoot(env) {
    if (env.QUALITY_GATE_CACHE_DIR)
        return env.QUALITY_GATE_CACHE_DIR;
    const base = env.XDG_CACHE_HOME ||
        (process.platform === 'win32'
            ? env.LOCALAPPDATA || external_node_path_default().join((0,external_node_os_.homedir)(), 'AppData', 'Local')
            : external_node_path_default().join((0,external_node_os_.homedir)(), '.cache'));
    return external_node_path_default().join(base, 'quality-gate');
}
/** The Actions cache, when this run can reach it; undefined elsewhere. */
function actionsCacheStore(warn) {
    if (!cache/* isFeatureAvailable */.w3())
        return undefined;
    return {
        name: 'actions',
        async restore(paths, key, restoreKeys) {
            try {
                return await cache/* restoreCache */.P3(paths, key, restoreKeys);
            }
            catch (error) {
                if (isValidationError(error))
                    throw error;
                warn(`Could not restore the cache ${key}: ${(0,src_text/* errorMessage */.gJ)(error)}. Installing afresh instead.`);
                return undefined;
            }
        },
        async save(paths, key) {
            try {
                await routineAsInfo(() => cache/* saveCache */.Io(paths, key));
            }
            catch (error) {
                if (isValidationError(error))
                    throw error;
                // Another job saving the same key at once is normal in matrices.
                if (error instanceof Error && error.name === 'ReserveCacheError')
                    return;
                warn(`Could not save the cache ${key}: ${(0,src_text/* errorMessage */.gJ)(error)}. The next run installs again.`);
            }
        },
    };
}
function isValidationError(error) {
    return error instanceof Error && error.name === 'ValidationError';
}
/**
 * @actions/cache prints its own `::warning::` when the service declines a save for its rate limit or
 * because another job holds the key. Both are routine for a cache shared by a matrix and change nothing:
 * while a save runs, those lines (and only those) are printed as plain log lines instead.
 */
const ROUTINE_WARNING = /^::warning::(You've hit a rate limit|Cache reservation failed)/;
async function routineAsInfo(work) {
    const stdout = process.stdout;
    const write = stdout.write;
    stdout.write = ((chunk, ...rest) => {
        const line = typeof chunk === 'string' && ROUTINE_WARNING.test(chunk) ? chunk.replace(/^::warning::/, '') : chunk;
        return write.call(stdout, line, ...rest);
    });
    try {
        return await work();
    }
    finally {
        stdout.write = write;
    }
}

;// CONCATENATED MODULE: ./src/toolchain/tool-caches.ts
// .mypy_cache and .ruff_cache between runs, in one Actions cache entry per branch and fingerprint (the tools'
// versions and the project's config and lock files), falling back to the same branch's older fingerprints
// and then the base branch's, so warm type checks are incremental. Entries are immutable and count against
// the repository's 10 GB and its upload rate: an entry is saved only when the key was not matched exactly
// and the directories' content changed since the restore, so re-running a branch saves nothing.




/** Files whose change makes an old tool cache worth less: the tools' config and the project's pins. */
const FINGERPRINT_FILES = /^(pyproject\.toml|setup\.cfg|tox\.ini|mypy\.ini|\.mypy\.ini|ruff\.toml|\.ruff\.toml|uv\.lock|poetry\.lock|pdm\.lock|requirements.*\.txt|constraints.*\.txt)$/;
/** What the tools' caches depend on: tool versions and the config and lock files at the top of `cwd`. */
function toolCacheFingerprint(versions, cwd) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([...versions].sort()));
    const names = safeList(cwd)
        .filter((name) => FINGERPRINT_FILES.test(name))
        .sort();
    for (const name of names) {
        try {
            hash.update(`\0${name}\0`).update((0,external_node_fs_.readFileSync)(external_node_path_default().join(cwd, name)));
        }
        catch {
            // Unreadable now: left out, as it would be for the tools.
        }
    }
    return hash.digest('hex').slice(0, 16);
}
/** Cache keys may not contain commas and stay short: branch names are made safe. */
function toolCacheKeys(env, workingDirectory, fingerprint) {
    const safe = (text) => text.replace(/[^A-Za-z0-9._/-]+/g, '-').slice(0, 100);
    const where = safe(workingDirectory || '.');
    const prefix = (branch) => `quality-gate-toolcache-${process.platform}-${process.arch}-${where}-${safe(branch)}-`;
    const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || 'local';
    const restoreKeys = [prefix(branch)];
    const base = env.GITHUB_BASE_REF;
    if (base && base !== branch)
        restoreKeys.push(prefix(base));
    return { key: `${prefix(branch)}${fingerprint}`, restoreKeys };
}
function toolCacheDirs(tools, cwd) {
    return [...new Set(tools.flatMap((id) => (TOOLS[id].cacheDirs ?? []).map((dir) => external_node_path_default().join(cwd, dir))))];
}
async function restoreToolCaches(store, dirs, keys) {
    const matchedKey = dirs.length > 0 ? await store.restore(dirs, keys.key, keys.restoreKeys) : undefined;
    const restored = { digest: contentDigest(dirs) };
    if (matchedKey !== undefined)
        restored.matchedKey = matchedKey;
    return restored;
}
/** Saves unless the exact key exists already or nothing changed; says whether it uploaded. */
async function saveToolCaches(store, dirs, keys, restored) {
    const present = dirs.filter((dir) => (0,external_node_fs_.existsSync)(dir));
    if (present.length === 0 || restored.matchedKey === keys.key)
        return false;
    if (contentDigest(dirs) === restored.digest)
        return false;
    await store.save(present, keys.key);
    return true;
}
/** Names, sizes and modification times of every file below the directories: cheap, and changes when a tool writes. */
function contentDigest(dirs) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const walk = (dir, relative) => {
        for (const name of safeList(dir).sort()) {
            const full = external_node_path_default().join(dir, name);
            let stat;
            try {
                stat = (0,external_node_fs_.statSync)(full);
            }
            catch {
                continue;
            }
            const here = `${relative}/${name}`;
            if (stat.isDirectory())
                walk(full, here);
            else
                hash.update(`${here}\0${stat.size}\0${Math.trunc(stat.mtimeMs)}\n`);
        }
    };
    for (const dir of dirs) {
        hash.update(`#${dir}\n`);
        walk(dir, '');
    }
    return hash.digest('hex');
}
function safeList(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/stages/toolchain.ts
// Stage 3, toolchain: where each planned tool comes from — the pinned toolchain (installed once, cached)
// or what is installed already — and the tools' own caches (.mypy_cache …) restored from the last run.






async function prepareToolchain(config, plan, platform) {
    const warnings = [];
    const store = config.cache ? platform.actionsCache?.((message) => void warnings.push(message)) : undefined;
    const tools = plan.tools.map(({ tool }) => tool);
    const options = {
        cwd: config.workingDirectory,
        workspace: config.workspace,
        env: platform.source.env,
        ...(config.python !== undefined ? { python: config.python } : {}),
    };
    const toolchain = config.toolSource === 'pinned'
        ? await resolvePinnedTools(tools, plan.pins.pins, plan.measured, {
            ...options,
            cache: config.cache,
            root: cacheRoot(platform.source.env),
            ...(store ? { store } : {}),
        })
        : await findInstalledTools(tools, options);
    if (toolchain.install) {
        platform.info(describeInstall(toolchain.install));
        warnings.push(...installTrouble(toolchain.install));
    }
    warnings.push(...versionMismatches(plan, toolchain, config.toolSource));
    const dirs = toolCacheDirs(tools.map((tool) => tool.id), config.workingDirectory);
    const cached = tools.filter((tool) => (tool.cacheDirs ?? []).length > 0);
    const fingerprint = toolCacheFingerprint(cached.map((tool) => {
        const resolution = toolchain.resolutions.get(tool);
        return `${tool.id}@${resolution && 'version' in resolution ? (resolution.version ?? '?') : '?'}`;
    }), config.workingDirectory);
    const keys = toolCacheKeys(platform.source.env, external_node_path_default().relative(config.workspace, config.workingDirectory), fingerprint);
    const restored = store && dirs.length > 0 ? await restoreToolCaches(store, dirs, keys) : undefined;
    const resolutionIn = (tool, cwd) => {
        if (cwd === config.workingDirectory || !tool.runsInProject || tool.ecosystem !== 'node') {
            return toolchain.resolutions.get(tool);
        }
        return resolveFromNodeModules(tool, { ...options, cwd }) ?? { missing: notInNodeModules(tool, { cwd }) };
    };
    const saveCaches = async () => {
        if (store && restored)
            await saveToolCaches(store, dirs, keys, restored);
    };
    return { toolchain, warnings, resolutionIn, saveCaches };
}
/**
 * What runs against what was asked for and what the project pins: `tool-source: path` runs what is
 * installed, a `tools` version overrides the project's pin. Each difference is said once, naming both.
 */
function versionMismatches(plan, toolchain, toolSource) {
    const messages = plan.tools.flatMap(({ item, tool }) => {
        const resolution = toolchain.resolutions.get(tool);
        if (resolution === undefined || !('launcher' in resolution) || !resolution.version)
            return [];
        const running = resolution.version;
        const pin = plan.pins.pins.find((each) => each.key === tool.id);
        if (item.version && item.version !== running) {
            return [
                `${tool.id}@${item.version} was asked for, but ${running} is installed (${toolSource === 'path'
                    ? 'tool-source: path uses what is installed'
                    : "it runs in the project's environment, which has its own"}).`,
            ];
        }
        if (pin?.project && pin.project.version !== running) {
            return [
                `${pin.package} ${running} runs, but the project pins ${pin.project.version} in ${pin.project.source}.`,
            ];
        }
        return [];
    });
    // ruff and ruff-format, or one tool in several workspace packages, say it once.
    return [...new Set(messages)];
}
/** The way out when pinned tools could not be installed, said once (each tool's reason names its cause). */
function installTrouble(install) {
    const failed = install.units.filter((unit) => unit.state === 'failed');
    if (failed.length === 0)
        return [];
    const names = failed.map((unit) => `${unit.package} ${unit.version}`).join(', ');
    const python = failed.some((unit) => unit.kind !== 'node');
    const node = failed.some((unit) => unit.kind === 'node');
    const mirrors = [
        ...(python ? ['PIP_INDEX_URL (UV_INDEX_URL when uv is on PATH) at a reachable package index'] : []),
        ...(node ? ['npm_config_registry at a reachable npm registry'] : []),
    ].join(', or ');
    return [
        `Could not install ${names}; the other tools ran. To go on: install the tools in an earlier step and set tool-source: path, or point ${mirrors}.`,
    ];
}
function describeInstall(install) {
    return `Pinned toolchain: ${describeToolchain(installSummary(install))} in ${(install.durationMs / 1000).toFixed(1)} s; key ${install.key}`;
}

;// CONCATENATED MODULE: ./src/main.ts
// The pipeline, and the only place that decides the exit code:
//   config → plan → toolchain → run → judge → report → publish
// with the changed lines found alongside. Each stage is a module under stages/ with a typed input and
// output; none edits another's results. Exit 0 passed, 1 failed, 2 usage or configuration error (3, the
// gate's own failure, is the entries' to return).












const EXIT_PASSED = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
/** The gate's own failure: never a verdict. */
const EXIT_INTERNAL = 3;
async function run(platform) {
    const started = Date.now();
    let config;
    try {
        config = readConfig(platform.source);
    }
    catch (error) {
        return usageError(platform, error);
    }
    if (config.githubToken)
        platform.setSecret(config.githubToken);
    let report;
    try {
        report =
            config.mode === 'publish' ? await combined(config, platform) : await gate(config, platform, started);
    }
    catch (error) {
        return usageError(platform, error);
    }
    // Publish mode with nothing to publish: the triggering run posted its own results, or uploaded none.
    if (report === undefined)
        return EXIT_PASSED;
    await publish(report, config, platform);
    return report.verdict.passed ? EXIT_PASSED : EXIT_FAILED;
}
/** Bad input is one line and exit 2; anything else is the gate's own failure, for the entries to report. */
function usageError(platform, error) {
    if (error instanceof ConfigError || error instanceof InterpreterError) {
        platform.error(error.message);
        return EXIT_USAGE;
    }
    if (error instanceof NoProjectError) {
        platform.error(`${error.message} Point ${platform.source.describe('working-directory')} at the project.`);
        return EXIT_USAGE;
    }
    throw error;
}
/**
 * `mode: publish`: no tool runs; the reports other jobs wrote become one. Undefined when a workflow_run's
 * triggering run left nothing to publish.
 */
async function combined(config, platform) {
    const read = await collectReports(config, platform);
    if (read === undefined)
        return undefined;
    return mergeReports(combineReports(read.reports, read.refused), read.reports);
}
async function gate(config, platform, started) {
    const plan = await planGate(config, platform.source.env);
    const finding = startFindingChanges(config, platform, readWorkflowRun(platform.source.env));
    const prepared = await prepareToolchain(config, plan, platform);
    const executions = await runTools(config, plan, prepared, platform.source.env);
    await prepared.saveCaches();
    const { changes, warnings } = await finding;
    const checks = judgeRuns(executions, {
        config,
        changes,
        pins: plan.pins,
        toolchain: prepared.toolchain,
    });
    return buildReport({
        config,
        checks,
        skipped: plan.skipped,
        warnings: [...plan.warnings, ...prepared.warnings, ...warnings],
        changes,
        toolchain: prepared.toolchain,
        ...(platform.source.env.GITHUB_JOB ? { job: platform.source.env.GITHUB_JOB } : {}),
        started,
        now: Date.now(),
    });
}

;// CONCATENATED MODULE: ./src/platform/cancel.ts
// A cancelled job (the runner sends SIGINT, then SIGTERM) or Ctrl+C: stop every tool process group the
// gate started, then exit with the signal's conventional status. Processes that left their group on
// purpose (`setsid` daemons) are out of reach; README (Security) says so.


function stopProcessesOnSignals(log) {
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => {
            void (0,exec/* stopAllProcesses */.bf)().then((stopped) => {
                log(`quality-gate: ${signal} received; stopped ${stopped} running process group(s).`);
                process.exit(128 + external_node_os_.constants.signals[signal]);
            });
        });
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
;// CONCATENATED MODULE: ./src/report/console.ts
// Terminal output for the CLI (`--format pretty`) and the action's log. Colour only when asked.

const MARK = { pass: '✓', fail: '✗', error: '!', skipped: '-' };
function renderConsole(report, options) {
    const paint = painter(options.color);
    const tone = {
        pass: paint.green,
        fail: paint.red,
        error: paint.red,
        skipped: paint.dim,
    };
    const lines = [];
    const label = (check) => `${check.package !== undefined ? `${check.package}: ` : ''}${check.tool}${check.version === undefined ? '' : ` ${check.version}`}`;
    const width = Math.max(4, ...report.checks.map((check) => label(check).length));
    lines.push(paint.bold(`quality-gate ${report.gate.version}`) +
        paint.dim(` · ${report.workingDirectory} · ${failRule(report.failOn)}`));
    const install = report.toolchain;
    if (install) {
        const how = describeToolchain(install);
        lines.push(paint.dim(`pinned toolchain ${how} in ${console_seconds(install.durationMs)} · ${install.key}`));
    }
    if (report.scope === 'changed' || report.changes) {
        const changes = report.changes;
        const against = changes
            ? `${changes.files} changed files from ${changes.source}`
            : 'changed lines unknown, every finding counts';
        lines.push(paint.dim(`${report.scope === 'changed' ? 'scope: changed lines' : 'changed lines ranked first'} · ${against}`));
    }
    lines.push('');
    // A long reason (a skipped coverage's) runs past the column rather than widening every row.
    const resultWidth = Math.max(28, ...report.checks.map((check) => describeResult(check).length).filter((length) => length <= 48));
    for (const check of report.checks) {
        const name = label(check).padEnd(width);
        lines.push(`  ${tone[check.outcome](MARK[check.outcome])} ${check.kind.padEnd(9)} ${name}  ${describeResult(check).padEnd(resultWidth)} ${paint.dim(console_seconds(check.durationMs))}`);
    }
    for (const skipped of report.skipped) {
        const tool = skipped.tool ? ` ${skipped.tool}` : '';
        lines.push(`  ${paint.dim(`- ${skipped.kind.padEnd(9)} skipped${tool}: ${skipped.reason}`)}`);
    }
    const limit = options.maxFindingsPerCheck ?? 50;
    for (const check of report.checks) {
        if (check.findings.length === 0 && check.outcome !== 'error' && !check.warnings?.length)
            continue;
        lines.push('');
        const where = check.package !== undefined ? ` in ${check.package}` : '';
        lines.push(paint.bold(`${check.tool}${where}`) + paint.dim(` (${describeResult(check)})`));
        if (check.outcome === 'error') {
            lines.push(`  ${paint.red('could not run:')} ${check.reason ?? 'unknown error'}`);
            for (const run of check.runs ?? [])
                lines.push(paint.dim(`  command: ${run.argv.join(' ')}`));
            for (const line of (check.stderrTail ?? '').split('\n').filter(Boolean).slice(-10))
                lines.push(paint.dim(`  │ ${line}`));
        }
        for (const warning of check.warnings ?? [])
            lines.push(`  ${paint.yellow('tool warning:')} ${warning}`);
        for (const finding of check.findings.slice(0, limit))
            lines.push(`  ${console_renderFinding(finding, paint)}`);
        if (check.findings.length > limit)
            lines.push(paint.dim(`  … and ${check.findings.length - limit} more`));
    }
    lines.push('');
    if (report.verdict.passed) {
        lines.push(paint.green(paint.bold('✓ Quality gate passed')) + paint.dim(` (${console_seconds(report.durationMs)})`));
    }
    else {
        lines.push(paint.red(paint.bold('✗ Quality gate failed')) + paint.dim(` (${console_seconds(report.durationMs)})`));
        for (const reason of report.verdict.reasons)
            lines.push(`  - ${reason}`);
    }
    return lines.join('\n') + '\n';
}
function console_renderFinding(finding, paint) {
    const where = finding.file
        ? `${finding.file}${finding.line ? `:${finding.line}` : ''}${finding.column ? `:${finding.column}` : ''}`
        : '(no location)';
    const severity = finding.severity === 'error'
        ? paint.red('error  ')
        : finding.severity === 'warning'
            ? paint.yellow('warning')
            : paint.blue('notice ');
    const rule = finding.rule ? paint.dim(` ${finding.rule}`) : '';
    // The rule goes after the first line, where it reads as a label; the rest is indented and capped so one
    // long test failure cannot bury the other findings (the summary and annotations keep it whole).
    const [head = '', ...rest] = finding.message.split('\n');
    const body = rest.filter((line) => line.trim() !== '');
    const shown = body.slice(0, console_MESSAGE_LINES).map((line) => `      ${paint.dim(line)}`);
    if (body.length > console_MESSAGE_LINES)
        shown.push(paint.dim(`      … ${body.length - console_MESSAGE_LINES} more lines`));
    return [`${paint.cyan(where)} ${severity} ${head}${rule}`, ...shown].join('\n');
}
const console_MESSAGE_LINES = 6;
function console_seconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
function painter(color) {
    const wrap = (open, close) => (text) => color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
    return {
        red: wrap(31, 39),
        green: wrap(32, 39),
        yellow: wrap(33, 39),
        blue: wrap(34, 39),
        cyan: wrap(36, 39),
        dim: wrap(2, 22),
        bold: wrap(1, 22),
    };
}

;// CONCATENATED MODULE: ./src/platform/workflow-commands.ts
// What the gate prints on a runner is read for workflow commands: a line that starts (after white space)
// with `::cmd` acts, and so does the old `##[cmd]` form anywhere in a line; a line ends at `\n` or at a
// lone `\r`. Tool output, test names and file names come from the pull request, so none of it may act:
// text is printed with `\r` normalised and `##[` broken, and inside a `::stop-commands::<token>` block
// whenever a line could still start a command. Only the gate's own commands are printed bare.

/** A word joiner: invisible, and enough to stop `##[` from reading as a command. */
const JOINER = '\u2060';
/** `\r\n` and lone `\r` become `\n`; `##[` is broken with an invisible joiner. */
function neutraliseText(text) {
    return text.replace(/\r\n?/g, '\n').replace(/##\[/g, `#${JOINER}#[`);
}
/**
 * Text as it may be printed on a runner: neutralised, and wrapped in a stop-commands block when any line
 * holds `::` (a command may start after white space or terminal colour codes).
 */
function printable(text, newToken = randomToken) {
    const safe = neutraliseText(text);
    if (!safe.includes('::'))
        return safe;
    let token = newToken();
    while (safe.includes(token))
        token = newToken();
    return `::stop-commands::${token}\n${safe}\n::${token}::`;
}
function randomToken() {
    return `qg-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
}
/** One annotation command with its data and properties escaped the way the runner unescapes them. */
function workflowCommand(level, message, properties = {}) {
    const names = { startLine: 'line', startColumn: 'col' };
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => `${names[key] ?? key}=${escapeProperty(neutraliseText(String(value)))}`)
        .join(',');
    return `::${level}${props ? ` ${props}` : ''}::${escapeData(neutraliseText(message))}`;
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/platform/github.ts
// The GitHub Actions platform: inputs from INPUT_*, workflow commands, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY.
// Everything printed that may carry the pull request's text goes through `printable`; the gate's own
// annotations are single escaped commands (workflow-commands.ts).






function githubPlatform(env = process.env, stdout = process.stdout) {
    const print = (text) => void stdout.write(`${printable(text)}\n`);
    const command = (line) => void stdout.write(`${line}\n`);
    return {
        actionsCache: actionsCacheStore,
        publishesToGitHub: true,
        changesIncludeWorkingTree: false,
        source: {
            getInput: (name) => core/* getInput */.V4(name),
            env,
            workspace: env.GITHUB_WORKSPACE || process.cwd(),
            describe: (name) => `input '${name}'`,
            outputs: { base: 'workspace', tempDir: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)() },
            baseRefRequired: false,
        },
        info: print,
        warning: (message) => command(workflowCommand('warning', message)),
        error: (message) => command(workflowCommand('error', message)),
        setSecret: (secret) => core/* setSecret */.Pq(secret),
        wantsAnnotations: true,
        wantsSummary: true,
        annotate(annotations) {
            for (const { level, message, ...properties } of annotations)
                command(workflowCommand(level, message, properties));
        },
        async writeSummary(markdown) {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file)
                throw new Error('GITHUB_STEP_SUMMARY is not set, so there is nowhere to write the job summary');
            await (0,promises_.appendFile)(file, markdown, 'utf8');
        },
        setOutputs(outputs) {
            for (const [name, value] of Object.entries(outputs))
                core/* setOutput */.uH(name, value);
        },
        present(report) {
            // The Actions log renders ANSI colours.
            print(renderConsole(report, { color: true, maxFindingsPerCheck: 200 }).trimEnd());
        },
        fail: (message) => command(workflowCommand('error', message)),
    };
}

;// CONCATENATED MODULE: ./src/action.ts
// The action after credential isolation: signals, the pipeline, and the last-resort catch.







async function runAction(isolation) {
    const say = (line) => void process.stdout.write(`${line}\n`);
    stopProcessesOnSignals((message) => say(workflowCommand('warning', message)));
    try {
        const platform = githubPlatform();
        if (isolation.state === 'unavailable') {
            platform.info(`The action's own environment still holds its credentials (${isolation.why}).`);
        }
        else if (isolation.state === 'lost') {
            platform.warning(`The credentials could not be handed over (${isolation.why}); going on without them.`);
        }
        return await run(platform);
    }
    catch (error) {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        say(workflowCommand('error', `quality-gate internal error (a bug in the gate, not a verdict on your code): ${firstLine(detail)}. Please report it at ${ISSUES_URL}`));
        process.stdout.write(`${printable(detail)}\n`);
        await summarizeInternalError(firstLine(detail));
        return EXIT_INTERNAL;
    }
}
/** The job summary says it too: a reader of the summary must not take a crash for a verdict. */
async function summarizeInternalError(problem) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    const text = `## 💥 quality-gate could not finish\n\n` +
        `An internal error of the gate stopped it; this is not a verdict on your code. ` +
        `Please report it at ${ISSUES_URL}.\n\n${fenced(problem)}`;
    await (0,promises_.appendFile)(file, text, 'utf8').catch(() => undefined);
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}


/***/ })

};
