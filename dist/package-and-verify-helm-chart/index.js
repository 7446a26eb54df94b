/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/lib/errors.ts
/**
 * Errors a user can act on. The entry prints their message alone (no stack trace); anything
 * else is treated as a bug in this action and printed with its stack in debug mode.
 */
class UserError extends Error {
    /** Extra lines (diagnostics, hints) printed after the message, e.g. pod states on a failed rollout. */
    details;
    constructor(message, details = []) {
        super(message);
        this.name = 'UserError';
        this.details = details;
    }
}
/** Every problem found in the inputs, reported together before anything changes. */
class InputError extends UserError {
    problems;
    constructor(problems) {
        super(formatProblems(problems));
        this.name = 'InputError';
        this.problems = problems;
    }
}
function formatProblems(problems) {
    const n = problems.length;
    const head = `${n} invalid input${n === 1 ? '' : 's'}; nothing was changed:`;
    return [head, ...problems.map(p => `  - ${p.input}: ${p.message}`)].join('\n');
}
/** A message for anything thrown, including non-Error values (a string, an AWS error object). */
function describeError(err) {
    if (err instanceof Error)
        return err.message || err.name;
    if (typeof err === 'string')
        return err;
    try {
        return JSON.stringify(err);
    }
    catch {
        return String(err);
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = require("node:crypto");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: ./src/lib/runtime.ts
/**
 * The GitHub Actions runner protocol (inputs, outputs, state, masking, annotations, groups),
 * implemented directly on process.env and the runner's file commands.
 *
 * Why not @actions/core: bundled it pulls in undici (~1 MB) and roughly doubles the start-up of
 * an action that fails input validation. The protocol itself is small and documented:
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */



const processIO = {
    env: process.env,
    write: text => {
        process.stdout.write(text);
    },
    appendFile: (path, text) => (0,external_node_fs_namespaceObject.appendFileSync)(path, text, { encoding: 'utf8' })
};
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name k=v,k=v::message` — the stdout workflow-command format. */
function formatCommand(name, message, props = {}) {
    const parts = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${name}${parts.length ? ' ' + parts.join(',') : ''}::${escapeData(message)}`;
}
/** `name<<delim\nvalue\ndelim` — the multi-line-safe file-command format. */
function formatFileCommand(name, value) {
    let delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    // A value can never contain its own delimiter; regenerate in the astronomically unlikely case.
    while (value.includes(delimiter) || name.includes(delimiter))
        delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
}
class Runtime {
    io;
    secrets = new Set();
    constructor(io = processIO) {
        this.io = io;
    }
    get env() {
        return this.io.env;
    }
    /** The raw input as the runner passes it (INPUT_<NAME>, spaces to underscores, upper-cased). */
    rawInput(name) {
        return this.io.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    }
    setOutput(name, value) {
        const text = String(value);
        const file = this.io.env['GITHUB_OUTPUT'];
        if (file)
            this.io.appendFile(file, formatFileCommand(name, text));
        else
            this.io.write(external_node_os_namespaceObject.EOL + formatCommand('set-output', text, { name }) + external_node_os_namespaceObject.EOL);
    }
    saveState(name, value) {
        const file = this.io.env['GITHUB_STATE'];
        if (file)
            this.io.appendFile(file, formatFileCommand(name, value));
        else
            this.io.write(formatCommand('save-state', value, { name }) + external_node_os_namespaceObject.EOL);
    }
    getState(name) {
        return this.io.env[`STATE_${name}`] ?? '';
    }
    /** Registers a value the runner must mask in every later log line; also scrubbed from our own. */
    setSecret(value) {
        if (!value)
            return;
        this.secrets.add(value);
        this.io.write(formatCommand('add-mask', value) + external_node_os_namespaceObject.EOL);
    }
    /** Replaces every registered secret in `text` with ***; used for text that leaves the process. */
    redact(text) {
        let out = text;
        for (const s of this.secrets)
            out = out.split(s).join('***');
        return out;
    }
    info(message) {
        this.io.write(this.redact(message) + external_node_os_namespaceObject.EOL);
    }
    debug(message) {
        this.io.write(formatCommand('debug', this.redact(message)) + external_node_os_namespaceObject.EOL);
    }
    isDebug() {
        return this.io.env['RUNNER_DEBUG'] === '1';
    }
    notice(message, props = {}) {
        this.annotate('notice', message, props);
    }
    warning(message, props = {}) {
        this.annotate('warning', message, props);
    }
    error(message, props = {}) {
        this.annotate('error', message, props);
    }
    annotate(level, message, props) {
        const p = {
            title: props.title,
            file: props.file,
            line: props.startLine,
            endLine: props.endLine,
            col: props.startColumn,
            endColumn: props.endColumn
        };
        this.io.write(formatCommand(level, this.redact(message), p) + external_node_os_namespaceObject.EOL);
    }
    startGroup(name) {
        this.io.write(formatCommand('group', name) + external_node_os_namespaceObject.EOL);
    }
    endGroup() {
        this.io.write(formatCommand('endgroup', '') + external_node_os_namespaceObject.EOL);
    }
    async group(name, fn) {
        this.startGroup(name);
        try {
            return await fn();
        }
        finally {
            this.endGroup();
        }
    }
    /** Marks the step failed: an error annotation and a non-zero exit code (the entry exits). */
    setFailed(message) {
        process.exitCode = 1;
        this.error(message);
    }
    /** Appends Markdown to the job summary; a no-op outside a runner (no GITHUB_STEP_SUMMARY). */
    appendSummary(markdown) {
        const file = this.io.env['GITHUB_STEP_SUMMARY'];
        if (file)
            this.io.appendFile(file, this.redact(markdown) + external_node_os_namespaceObject.EOL);
    }
}

;// CONCATENATED MODULE: ./src/lib/entry.ts
/**
 * The one error policy every action entry shares: run, and turn whatever is thrown into a
 * failed step with a message a user can act on. User mistakes (UserError) print no stack trace;
 * anything else is a bug and shows its stack when the runner is in debug mode.
 */


async function runEntry(main, rt = new Runtime()) {
    try {
        await main(rt);
    }
    catch (err) {
        reportFailure(rt, err);
    }
}
function reportFailure(rt, err) {
    if (err instanceof UserError) {
        for (const line of err.details)
            rt.info(line);
        rt.setFailed(err.message);
        return;
    }
    rt.setFailed(`Unexpected error: ${describeError(err)}`);
    if (err instanceof Error && err.stack)
        rt.debug(err.stack);
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/main.ts

async function main(_rt) {
    throw new UserError('not implemented yet');
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/index.ts
/** Entry point the runner executes (bundled to dist/); all logic lives in main.ts. */


void runEntry(main);

module.exports = __webpack_exports__;
/******/ })()
;