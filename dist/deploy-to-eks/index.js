/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 4914:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.issue = exports.issueCommand = void 0;
const os = __importStar(__nccwpck_require__(857));
const utils_1 = __nccwpck_require__(302);
/**
 * Commands
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * Examples:
 *   ::warning::This is the message
 *   ::set-env name=MY_VAR::some value
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os.EOL);
}
exports.issueCommand = issueCommand;
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
exports.issue = issue;
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return (0, utils_1.toCommandValue)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return (0, utils_1.toCommandValue)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map

/***/ }),

/***/ 4753:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


// For internal use, subject to change.
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.prepareKeyValueMessage = exports.issueFileCommand = void 0;
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
const crypto = __importStar(__nccwpck_require__(6982));
const fs = __importStar(__nccwpck_require__(9896));
const os = __importStar(__nccwpck_require__(857));
const utils_1 = __nccwpck_require__(302);
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${(0, utils_1.toCommandValue)(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
exports.issueFileCommand = issueFileCommand;
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    const convertedValue = (0, utils_1.toCommandValue)(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}
exports.prepareKeyValueMessage = prepareKeyValueMessage;
//# sourceMappingURL=file-command.js.map

/***/ }),

/***/ 1847:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.summary = exports.markdownSummary = exports.SUMMARY_DOCS_URL = exports.SUMMARY_ENV_VAR = void 0;
const os_1 = __nccwpck_require__(857);
const fs_1 = __nccwpck_require__(9896);
const { access, appendFile, writeFile } = fs_1.promises;
exports.SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
exports.SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[exports.SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${exports.SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, fs_1.constants.R_OK | fs_1.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(os_1.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
exports.markdownSummary = _summary;
exports.summary = _summary;
//# sourceMappingURL=summary.js.map

/***/ }),

/***/ 302:
/***/ ((__unused_webpack_module, exports) => {


// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toCommandProperties = exports.toCommandValue = void 0;
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
exports.toCommandValue = toCommandValue;
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
exports.toCommandProperties = toCommandProperties;
//# sourceMappingURL=utils.js.map

/***/ }),

/***/ 4235:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ OCI_REPOSITORY),
/* harmony export */   u0: () => (/* binding */ ECR_HOST),
/* harmony export */   wl: () => (/* binding */ parseEcrHost)
/* harmony export */ });
/* unused harmony exports ECR_REPOSITORY, IMMUTABLE_TAG_REFUSAL, REGISTRY_HOST, repositoryProblem, tagProblem, planTags */
/* harmony import */ var _src_lib_inputs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1662);
/**
 * Image naming rules: OCI distribution-spec grammar for repositories and tags, ECR's stricter
 * repository rule, registry hosts, and how the action composes its tags from the seed's scheme
 * (`<image-name>-<sha>` primary, `<image-name>-latest` moving).
 */

/** distribution-spec: path components of lower-case alphanumerics joined by `.`, `_`, `__` or `-`s. */
const OCI_REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
/** ECR (CreateRepository API): 2–256 characters, path components of [a-z0-9] joined by single . _ - */
const ECR_REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/**
 * A registry refusing to move a tag because the repository's tags are immutable, in a builder's
 * output or an API error: ECR says "... cannot be overwritten because the repository is
 * immutable", Harbor, Artifactory and GAR name immutability in their 4xx bodies.
 */
const IMMUTABLE_TAG_REFUSAL = /immutab/i;
/** `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]` — the hosts that get ECR auth. */
const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
/** host[:port] (DNS name, IPv4 or bracketed IPv6), without scheme or path. */
const REGISTRY_HOST = /^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
function parseEcrHost(host) {
    const m = ECR_HOST.exec(host);
    return m ? { accountId: m[1], region: m[2] } : undefined;
}
/** Why a repository name is invalid, or undefined when it is fine. */
function repositoryProblem(name, ecr) {
    if (ecr) {
        if (name.length < 2 || name.length > 256)
            return `"${name}" must be 2 to 256 characters for ECR`;
        if (!ECR_REPOSITORY.test(name)) {
            return `"${name}" is not a valid ECR repository name (lower-case letters, digits, and . _ - / between them)`;
        }
        return undefined;
    }
    if (name.length > 255)
        return `"${name}" is longer than 255 characters`;
    if (!OCI_REPOSITORY.test(name)) {
        return `"${name}" is not a valid repository name (lower-case path components of letters and digits separated by . _ __ - or /)`;
    }
    return undefined;
}
function tagProblem(tag) {
    if (OCI_TAG.test(tag))
        return undefined;
    if (tag.length > 128)
        return `"${tag}" is longer than 128 characters`;
    return `"${tag}" is not a valid tag (letters, digits, _ . -; must not start with . or -)`;
}
/** The seed's tag scheme plus extra tags, without duplicates. */
function planTags(imageName, sha, latest, extra) {
    const primary = `${imageName}-${sha}`;
    const moving = latest ? `${imageName}-latest` : undefined;
    const others = [];
    for (const t of [...(moving ? [moving] : []), ...extra]) {
        if (t !== primary && !others.includes(t))
            others.push(t);
    }
    return { primary, others, ...(moving ? { moving } : {}) };
}


/***/ }),

/***/ 8488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ ensureNamespace),
/* harmony export */   LH: () => (/* binding */ parsePodSecurity)
/* harmony export */ });
/* unused harmony exports POD_SECURITY_MODES, POD_SECURITY_LEVELS, podSecurityLabels, describePodSecurity */
/* harmony import */ var _src_lib_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7268);
/**
 * The release namespace, created through the Kubernetes API with Pod Security labels instead of
 * `helm --create-namespace` (which creates a bare namespace: the chart's "restricted" pods would
 * then be admitted under whatever the cluster default is, usually "privileged"). An existing
 * namespace is never changed; its Pod Security labels are read and reported, so a person sees
 * under which standard the release runs.
 *
 * Input grammar (`namespace-pod-security`): `MODE=LEVEL` pairs separated by commas or spaces,
 * MODE one of enforce/audit/warn, LEVEL one of privileged/baseline/restricted, plus an optional
 * `version=vX.Y|latest` for enforce. audit and warn default to the enforce level at `latest`, so
 * the log and audit trail show early what a newer policy version would refuse; enforce defaults
 * to the cluster's own minor version, so a cluster upgrade does not tighten admission under a
 * running service. `none` creates the namespace without labels.
 */
// Types only from kube.ts: inputs.ts parses the input with this module before anything heavy loads.

const POD_SECURITY_MODES = ['enforce', 'audit', 'warn'];
const POD_SECURITY_LEVELS = ['privileged', 'baseline', 'restricted'];
const LABEL = 'pod-security.kubernetes.io/';
const VERSION = /^(latest|v1\.\d{1,3})$/;
/** Parses the input; problems name the input and the bad part, all at once. */
function parsePodSecurity(raw) {
    const value = { levels: {}, enforceVersion: '' };
    const problems = [];
    const text = raw.trim();
    if (text === 'none')
        return { value, problems };
    const parts = text.split(/[\s,]+/).filter(Boolean);
    if (parts.length === 0)
        problems.push('is empty; use e.g. enforce=restricted, or none for no labels');
    for (const part of parts) {
        const m = /^([a-z-]+)=(.*)$/.exec(part);
        const key = m?.[1] ?? '';
        const val = m?.[2] ?? '';
        if (!m)
            problems.push(`"${part}" is not MODE=LEVEL (e.g. enforce=restricted)`);
        else if (key === 'version') {
            if (VERSION.test(val))
                value.enforceVersion = val;
            else
                problems.push(`version "${val}" is not latest or v1.<minor>`);
        }
        else if (!POD_SECURITY_MODES.includes(key)) {
            problems.push(`"${key}" is not one of ${POD_SECURITY_MODES.join(', ')}, version`);
        }
        else if (!POD_SECURITY_LEVELS.includes(val)) {
            problems.push(`${key} level "${val}" is not one of ${POD_SECURITY_LEVELS.join(', ')}`);
        }
        else if (value.levels[key]) {
            problems.push(`${key} is given twice`);
        }
        else {
            value.levels[key] = val;
        }
    }
    if (!problems.length && !value.levels.enforce) {
        problems.push('needs enforce=<level> (audit and warn alone refuse nothing)');
    }
    return { value, problems };
}
/** The labels for a new namespace, given the cluster's `vX.Y` (or '' when unknown). */
function podSecurityLabels(ps, clusterMinor) {
    const enforce = ps.levels.enforce;
    if (!enforce)
        return {};
    const labels = {
        [`${LABEL}enforce`]: enforce,
        [`${LABEL}enforce-version`]: ps.enforceVersion || clusterMinor || 'latest'
    };
    for (const mode of ['audit', 'warn']) {
        labels[`${LABEL}${mode}`] = ps.levels[mode] ?? enforce;
        labels[`${LABEL}${mode}-version`] = 'latest';
    }
    return labels;
}
/** `enforce=restricted (v1.37), audit=restricted, warn=restricted`, or a sentence when none. */
function describePodSecurity(labels) {
    const parts = [];
    for (const mode of POD_SECURITY_MODES) {
        const level = labels?.[`${LABEL}${mode}`];
        if (!level)
            continue;
        const version = labels?.[`${LABEL}${mode}-version`];
        parts.push(`${mode}=${level}${version && version !== 'latest' ? ` (${version})` : ''}`);
    }
    return parts.length
        ? parts.join(', ')
        : 'no Pod Security labels (pods are admitted under the cluster default)';
}
/** The HTTP status of a KubeApiError (structural, so this module does not load kube.ts). */
const statusOf = (err) => typeof err?.status === 'number' ? err.status : undefined;
/** A 403 that is an authorization refusal (KubeApiError.refusal), not an admission denial or a proxy's. */
const refused = (err) => statusOf(err) === 403 && err.refusal !== undefined;
function podSecurityOf(ns) {
    return Object.fromEntries(Object.entries(ns?.metadata?.labels ?? {}).filter(([k]) => k.startsWith(LABEL)));
}
async function clusterMinor(kube) {
    try {
        const v = await kube.request('GET', '/version');
        const minor = /^\d+/.exec(v.minor ?? '')?.[0];
        return v.major === '1' && minor ? `v1.${minor}` : '';
    }
    catch {
        return ''; // enforce-version falls back to latest
    }
}
/**
 * Makes sure the namespace exists. `create` false (or a dry run) only reads and reports. Never
 * changes an existing namespace.
 */
async function ensureNamespace(kube, name, ps, create) {
    const path = `/api/v1/namespaces/${encodeURIComponent(name)}`;
    const existing = (ns) => {
        const podSecurity = podSecurityOf(ns);
        return {
            name,
            state: 'existing',
            podSecurity,
            summary: `Namespace ${name} exists and was left as it is: ${describePodSecurity(podSecurity)}.`
        };
    };
    let found;
    try {
        found = await kube.getOptional(path);
    }
    catch (err) {
        if (refused(err)) {
            return {
                name,
                state: 'unknown',
                podSecurity: {},
                summary: `Namespace ${name}: this identity may not read Namespace objects (get namespaces), so its Pod Security labels are not reported and it is not created; it must exist.`
            };
        }
        throw err;
    }
    if (found)
        return existing(found);
    if (!create) {
        return {
            name,
            state: 'unknown',
            podSecurity: {},
            summary: `Namespace ${name} does not exist (not created: create-namespace is false or this is a dry run).`
        };
    }
    const labels = podSecurityLabels(ps, await clusterMinor(kube));
    try {
        const made = await kube.request('POST', '/api/v1/namespaces', {
            body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } }
        });
        const podSecurity = podSecurityOf(made);
        return {
            name,
            state: 'created',
            podSecurity,
            summary: `Namespace ${name} created with ${describePodSecurity(podSecurity)}.`
        };
    }
    catch (err) {
        // Created meanwhile by a concurrent run: report it as found.
        if (statusOf(err) === 409)
            return existing(await kube.getOptional(path));
        if (refused(err)) {
            throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Namespace ${name} does not exist and this identity may not create namespaces (create namespaces); create it once with the cluster's admin credentials, or grant that permission. Nothing was deployed.`);
        }
        throw err;
    }
}


/***/ }),

/***/ 8309:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ confinedProxyPath),
/* harmony export */   Wc: () => (/* binding */ smokePathProblem)
/* harmony export */ });
/* unused harmony export serviceProxyPrefix */
/**
 * What a `smoke-path` may be, and the proof that a smoke request stays inside the service proxy
 * of the release's own Service. The smoke request runs with the deploy identity, so a path that
 * URL normalisation can move out of `/api/v1/namespaces/<ns>/services/<svc>:<port>/proxy/`
 * (`/../../secrets/x`, `%2e%2e`, `.%2E`, a backslash, a tab the URL parser drops, `//host`)
 * would make it read anything that identity can. Pure (no I/O), so input validation uses it.
 *
 * Hand-written: the rule is the WHATWG URL parser's own (node:url); the allow-list below is
 * RFC 3986's path and query characters minus everything that parser rewrites.
 */
/** RFC 3986 pchar (unreserved, sub-delims, ':' '@') plus '/', and %XX escapes. */
const PATH_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/]|^%[0-9A-Fa-f]{2}/;
/** Escapes of '.', '/', '\' and '%' (double encoding): a normaliser may turn them into structure. */
const DANGEROUS_ESCAPE = /%(2e|2f|5c|25)/i;
/** Why `value` is not a plain absolute URL path (optionally with a query), or undefined. */
function smokePathProblem(value) {
    const hint = 'a plain absolute URL path such as /health';
    if (!value.startsWith('/'))
        return `must start with / (${hint})`;
    if (value.startsWith('//'))
        return `must not start with // (that names a host, not a path)`;
    // Control characters and whitespace are dropped or rewritten by URL parsers.
    if (/[\s\p{Cc}]/u.test(value))
        return 'must not contain whitespace or control characters';
    if (value.includes('\\'))
        return 'must not contain a backslash';
    if (value.includes('#'))
        return 'must not contain # (a fragment is never sent)';
    const q = value.indexOf('?');
    const pathPart = q < 0 ? value : value.slice(0, q);
    const query = q < 0 ? '' : value.slice(q + 1);
    for (let i = 0; i < pathPart.length;) {
        const m = PATH_CHARS.exec(pathPart.slice(i));
        if (!m)
            return `character ${JSON.stringify(pathPart[i])} is not allowed in a URL path (${hint})`;
        i += m[0].length;
    }
    if (DANGEROUS_ESCAPE.test(value))
        return 'must not contain an encoded dot, slash, backslash or percent (%2e, %2f, %5c, %25)';
    if (pathPart.split('/').some(seg => seg === '.' || seg === '..'))
        return `must not contain . or .. segments (${hint})`;
    if (q >= 0 && query === '')
        return 'has an empty query (drop the ?)';
    if (!/^[A-Za-z0-9\-._~!$&()*+,;=:@/?%]*$/.test(query) || /%(?![0-9A-Fa-f]{2})/.test(query))
        return 'has a query with characters that are not allowed (use letters, digits and -._~=&)';
    return undefined;
}
/** The service proxy prefix of one Service port; everything a smoke request sends starts with it. */
function serviceProxyPrefix(namespace, service, port) {
    return `/api/v1/namespaces/${encodeURIComponent(namespace)}/services/${encodeURIComponent(service)}:${encodeURIComponent(port)}/proxy/`;
}
/**
 * The request path for `urlPath` through the proxy, after proving it is confined: the path is
 * already in the normal form a URL parser gives it (nothing for a client or server to rewrite)
 * and that form starts with the proxy prefix. Returns undefined when it is not.
 */
function confinedProxyPath(namespace, service, port, urlPath) {
    if (smokePathProblem(urlPath))
        return undefined;
    const prefix = serviceProxyPrefix(namespace, service, port);
    const p = `${prefix}${urlPath.slice(1)}`;
    const u = new URL(p, 'https://apiserver.invalid');
    if (u.host !== 'apiserver.invalid' || `${u.pathname}${u.search}` !== p)
        return undefined;
    return u.pathname.startsWith(prefix) ? p : undefined;
}


/***/ }),

/***/ 2986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ awsClientOptions),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   Yi: () => (/* binding */ AWS_REGION_PATTERN),
/* harmony export */   Zv: () => (/* binding */ resolveRegion)
/* harmony export */ });
/* unused harmony exports AWS_MAX_ATTEMPTS, awsClientConfig, loggedRetryStrategy, ProxyRoutingHandler */
/* harmony import */ var _proxy__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7087);

/** The region from the input, else the environment the credentials action exports. */
function resolveRegion(input, env) {
    return input || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || '';
}
/** AWS regions look like eu-north-1, us-gov-west-1, cn-north-1. */
const AWS_REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
/** Attempts per AWS call (first try included), the SDK's standard retry strategy. */
const AWS_MAX_ATTEMPTS = 5;
/** Client settings shared by every AWS client (see awsClientOptions for the full set). */
function awsClientConfig(region) {
    return { region, maxAttempts: AWS_MAX_ATTEMPTS, retryMode: 'standard' };
}
/** A one-line reason for a retry log line. */
function retryReason(info) {
    const e = info.error;
    const status = e.$metadata?.httpStatusCode;
    return `${e.name ?? 'Error'}${status ? ` (HTTP ${status})` : ''}${e.message ? `: ${e.message.split('\n')[0]?.slice(0, 200)}` : ''}`;
}
/**
 * The SDK's StandardRetryStrategy, deciding and timing every retry itself, with a log line per
 * retry: "<label>: <error>; the AWS SDK retries in 0.4 s (attempt 2 of 5)".
 */
async function loggedRetryStrategy(label, log, maxAttempts = AWS_MAX_ATTEMPTS) {
    const { StandardRetryStrategy } = await Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(85), __nccwpck_require__.e(422), __nccwpck_require__.e(609)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3609, 19));
    const inner = new StandardRetryStrategy(maxAttempts);
    return {
        mode: inner.mode,
        acquireInitialRetryToken: scope => inner.acquireInitialRetryToken(scope),
        async refreshRetryTokenForRetry(token, errorInfo) {
            const next = await inner.refreshRetryTokenForRetry(token, errorInfo);
            log(`${label}: ${retryReason(errorInfo)}; the AWS SDK retries in ${(next.getRetryDelay() / 1000).toFixed(1)} s (attempt ${next.getRetryCount() + 1} of ${maxAttempts})`);
            return next;
        },
        recordSuccess: token => inner.recordSuccess(token)
    };
}
/**
 * An SDK request handler that picks, per request URL, a direct connection or the proxy Go would
 * use, delegating the HTTP itself to the SDK's NodeHttpHandler (one per route, reused).
 */
class ProxyRoutingHandler {
    NodeHttpHandler;
    settings;
    metadata = { handlerProtocol: 'http/1.1' };
    routes = new Map();
    /**
     * A call that hangs is a TimeoutError after 30 s (which the SDK retries): without
     * throwOnRequestTimeout the SDK's handler only warns and the step would wait forever.
     */
    config = {
        connectionTimeout: 10_000,
        requestTimeout: 30_000,
        throwOnRequestTimeout: true
    };
    constructor(NodeHttpHandler, settings) {
        this.NodeHttpHandler = NodeHttpHandler;
        this.settings = settings;
    }
    route(request) {
        const target = new URL(`${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}`);
        const proxy = (0,_proxy__WEBPACK_IMPORTED_MODULE_0__/* .proxyFor */ .iJ)(target, this.settings);
        const key = proxy?.href ?? 'direct';
        let h = this.routes.get(key);
        if (!h) {
            const agents = proxy
                ? {
                    httpsAgent: (0,_proxy__WEBPACK_IMPORTED_MODULE_0__/* .agentFor */ .Pf)(new URL('https://aws.invalid'), proxy, { keepAlive: true }),
                    httpAgent: (0,_proxy__WEBPACK_IMPORTED_MODULE_0__/* .agentFor */ .Pf)(new URL('http://aws.invalid'), proxy, { keepAlive: true })
                }
                : {};
            h = new this.NodeHttpHandler({ ...this.config, ...agents });
            this.routes.set(key, h);
        }
        return h;
    }
    handle(...args) {
        return this.route(args[0]).handle(...args);
    }
    updateHttpClientConfig(key, value) {
        this.config[key] = value;
        for (const h of this.routes.values())
            h.updateHttpClientConfig(key, value);
    }
    httpHandlerConfigs() {
        return { ...this.config };
    }
    destroy() {
        for (const h of this.routes.values())
            h.destroy();
        this.routes.clear();
    }
}
/**
 * The full client configuration: region, the logged standard retry strategy and the
 * proxy-aware request handler. `label` names the service in retry lines ("ECR", "EKS").
 */
async function awsClientOptions(region, label, log, env = process.env) {
    const { NodeHttpHandler } = await Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(85), __nccwpck_require__.e(422), __nccwpck_require__.e(279)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1279, 19));
    return {
        region,
        maxAttempts: AWS_MAX_ATTEMPTS,
        retryStrategy: await loggedRetryStrategy(label, log),
        requestHandler: new ProxyRoutingHandler(NodeHttpHandler, (0,_proxy__WEBPACK_IMPORTED_MODULE_0__/* .proxySettingsFromEnv */ .zH)(env))
    };
}
/** Turns an AWS SDK error into a sentence naming the call and the likely cause. */
function describeAwsError(operation, err) {
    const e = (err ?? {});
    const name = e.name ?? 'Error';
    const status = e.$metadata?.httpStatusCode;
    const hint = name === 'CredentialsProviderError' || /Could not load credentials/i.test(e.message ?? '')
        ? ' No AWS credentials were found: run aws-actions/configure-aws-credentials (OIDC) before this step.'
        : name === 'AccessDeniedException' || name === 'UnauthorizedOperation' || status === 403
            ? ' The role is not allowed to do this: check its IAM policy.'
            : name === 'UnrecognizedClientException' ||
                name === 'InvalidSignatureException' ||
                name === 'ExpiredTokenException'
                ? ' The credentials were refused (expired or wrong region/partition).'
                : '';
    return `${operation} failed: ${name}${status ? ` (HTTP ${status})` : ''}: ${e.message ?? ''}.${hint}`.replace(/\.\./g, '.');
}


/***/ }),

/***/ 8237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dR: () => (/* binding */ ActionFailure),
  QP: () => (/* binding */ defineAction)
});

// UNUSED EXPORTS: POST_STATE, failureSummary

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __nccwpck_require__(7268);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/command.js
var lib_command = __nccwpck_require__(4914);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/file-command.js
var file_command = __nccwpck_require__(4753);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/summary.js
var summary = __nccwpck_require__(1847);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/utils.js
var utils = __nccwpck_require__(302);
;// CONCATENATED MODULE: ./src/lib/runtime.ts
/**
 * The runner protocol port: everything an action writes to the runner (outputs, state, masks,
 * log lines, annotations, groups, the job summary, the failed status) goes through `Runtime`.
 * The protocol is GitHub's toolkit, @actions/core: its command layer (`lib/command`: workflow
 * commands with their escaping; `lib/file-command`: GITHUB_OUTPUT/GITHUB_STATE with a random
 * delimiter; `lib/summary`), wired one verb per call exactly as core's index does. Not the index
 * itself: it loads @actions/http-client and undici (for getIDToken) at require time, ~1 MB in the
 * entry chunk, which put a validation failure at 3.6-4.9x a bare `node -e 0` (bench/startup.ts;
 * the guard is 3x). OIDC tokens, when an action needs one, come from `import('@actions/core')`.
 * The port exists so tests can hand in a recording protocol (test/helpers/memoryRuntime.ts), and
 * so our own lines and the summary are scrubbed of registered secrets.
 */





/** @actions/core as the protocol. The summary is appended in order, flushed before exit. */
function coreProtocol() {
    const env = process.env;
    let pending = Promise.resolve();
    const keyValue = (file, command, name, value) => {
        if (env[`GITHUB_${file}`])
            (0,file_command.issueFileCommand)(file, (0,file_command.prepareKeyValueMessage)(name, value));
        else {
            if (command === 'set-output')
                process.stdout.write(external_node_os_.EOL);
            (0,lib_command.issueCommand)(command, { name }, value);
        }
    };
    return {
        env,
        setOutput: (name, value) => keyValue('OUTPUT', 'set-output', name, value),
        saveState: (name, value) => keyValue('STATE', 'save-state', name, value),
        getState: name => env[`STATE_${name}`] || '',
        setSecret: value => (0,lib_command.issueCommand)('add-mask', {}, value),
        info: message => process.stdout.write(message + external_node_os_.EOL),
        debug: message => (0,lib_command.issueCommand)('debug', {}, message),
        isDebug: () => env['RUNNER_DEBUG'] === '1',
        notice: (message, props) => (0,lib_command.issueCommand)('notice', (0,utils.toCommandProperties)(props), message),
        warning: (message, props) => (0,lib_command.issueCommand)('warning', (0,utils.toCommandProperties)(props), message),
        error: (message, props) => (0,lib_command.issueCommand)('error', (0,utils.toCommandProperties)(props), message),
        startGroup: name => (0,lib_command.issue)('group', name),
        endGroup: () => (0,lib_command.issue)('endgroup'),
        setFailed: message => {
            process.exitCode = 1;
            (0,lib_command.issueCommand)('error', {}, message);
        },
        appendSummary(markdown) {
            // Outside a runner (no GITHUB_STEP_SUMMARY) there is no summary to write.
            if (!env['GITHUB_STEP_SUMMARY'])
                return;
            pending = pending.then(() => summary.summary.addRaw(markdown, true).write());
        },
        flush: async () => {
            await pending;
        }
    };
}
class Runtime {
    protocol;
    secrets = new Set();
    known = {};
    constructor(protocol = coreProtocol()) {
        this.protocol = protocol;
    }
    get env() {
        return this.protocol.env;
    }
    /** The raw input as the runner passes it (INPUT_<NAME>, spaces to underscores, upper-cased). */
    rawInput(name) {
        return this.protocol.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    }
    setOutput(name, value) {
        this.known[name] = String(value);
        this.protocol.setOutput(name, String(value));
    }
    /** Every output set so far (the skeleton's summary and failure report use them). */
    outputs() {
        return { ...this.known };
    }
    saveState(name, value) {
        this.protocol.saveState(name, value);
    }
    getState(name) {
        return this.protocol.getState(name);
    }
    /** Registers a value the runner must mask in every later log line; also scrubbed from our own. */
    setSecret(value) {
        if (!value)
            return;
        this.secrets.add(value);
        this.protocol.setSecret(value);
    }
    /** Replaces every registered secret in `text` with ***; used for text that leaves the process. */
    redact(text) {
        let out = text;
        for (const s of this.secrets)
            out = out.split(s).join('***');
        return out;
    }
    info(message) {
        this.protocol.info(this.redact(message));
    }
    debug(message) {
        this.protocol.debug(this.redact(message));
    }
    isDebug() {
        return this.protocol.isDebug();
    }
    notice(message, props = {}) {
        this.protocol.notice(this.redact(message), props);
    }
    warning(message, props = {}) {
        this.protocol.warning(this.redact(message), props);
    }
    error(message, props = {}) {
        this.protocol.error(this.redact(message), props);
    }
    startGroup(name) {
        this.protocol.startGroup(name);
    }
    endGroup() {
        this.protocol.endGroup();
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
    /** Marks the step failed: an error annotation and exit code 1. */
    setFailed(message) {
        this.protocol.setFailed(this.redact(message));
    }
    /** Appends Markdown to the job summary; a no-op outside a runner (no GITHUB_STEP_SUMMARY). */
    appendSummary(markdown) {
        this.protocol.appendSummary(this.redact(markdown));
    }
    /** Waits until the summary (written asynchronously by @actions/core) is on disk. */
    flush() {
        return this.protocol.flush();
    }
}

// EXTERNAL MODULE: ./src/lib/summary.ts
var lib_summary = __nccwpck_require__(1119);
;// CONCATENATED MODULE: ./src/lib/entry.ts
/**
 * The one action skeleton. Each action is a declaration (`defineAction`): how to read and validate
 * its inputs, where its work lives (loaded lazily, so a validation failure starts as fast as the
 * entry chunk allows), how to summarise a run, and an optional post step. The skeleton runs them
 * all the same way:
 *   post run? → the post step (it only warns);
 *   inputs (every problem at once) → work(ctx) with outputs recorded as they are set →
 *   summary from the same facts on success and on failure → one failure channel.
 * SIGINT/SIGTERM (a cancelled run) abort `ctx.signal` and keep the process alive until the work
 * has stopped; src/lib/exec.ts passes the same signals on to child processes (helm, builders).
 * Any throw becomes a failed step: a UserError (an ActionFailure among them) prints its message
 * and details, never a stack; anything else is a bug and shows its stack in debug mode only.
 */



/** A failed run that knows part of its result (what the summary and the outputs can still say). */
class ActionFailure extends errors/* UserError */.yo {
    partial;
    constructor(message, partial, details = []) {
        super(message, details);
        this.name = 'ActionFailure';
        this.partial = partial;
    }
}
/** Saved by the main step so the runner's post step (the same bundle) knows it is the post step. */
const POST_STATE = 'isPost';
function defineAction(def) {
    const execute = async (rt, opts = {}) => {
        try {
            if (def.post) {
                if (rt.getState(POST_STATE) === 'true') {
                    await runPost(def, rt);
                    return true;
                }
                // Before validation: the post step runs (post-if: always()) even when main failed, and
                // without the flag it would run main again and repeat the input errors.
                rt.saveState(POST_STATE, 'true');
            }
            let inputs;
            try {
                inputs = def.inputs(rt);
            }
            catch (err) {
                reportFailure(rt, err);
                return false;
            }
            return await runWork(def, rt, inputs, opts);
        }
        finally {
            await rt.flush();
        }
    };
    return {
        name: def.name,
        execute,
        main: async () => {
            await execute(new Runtime());
        }
    };
}
async function runWork(def, rt, inputs, opts) {
    const controller = new AbortController();
    const abort = () => controller.abort(opts.signal?.reason ?? new Error('cancelled'));
    if (opts.signal?.aborted)
        abort();
    opts.signal?.addEventListener('abort', abort, { once: true });
    // A listener keeps Node from exiting at once, so the work can stop cleanly and report.
    const onSignal = (sig) => {
        rt.info(`Received ${sig}: ${def.onCancel ?? 'stopping (child processes got the signal too).'}`);
        controller.abort(new Error(`cancelled by ${sig}`));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    let result;
    let error;
    let ok = true;
    try {
        const work = await def.work();
        result = await work({ inputs, rt, signal: controller.signal }, opts.deps);
    }
    catch (err) {
        ok = false;
        error = err;
        if (err instanceof ActionFailure)
            result = err.partial;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        opts.signal?.removeEventListener('abort', abort);
    }
    const facts = {
        ok,
        inputs,
        outputs: rt.outputs(),
        ...(result !== undefined ? { result } : {}),
        ...(ok ? {} : { error })
    };
    try {
        const markdown = def.summary
            ? await def.summary(facts)
            : ok
                ? undefined
                : failureSummary(def.name, facts);
        if (markdown)
            rt.appendSummary(markdown);
    }
    catch (err) {
        // A summary that cannot be written must not hide the run's own outcome.
        rt.warning(`the job summary could not be written: ${(0,errors/* describeError */.Uc)(err)}`);
    }
    if (!ok)
        reportFailure(rt, error);
    return ok;
}
async function runPost(def, rt) {
    try {
        await def.post?.(rt);
    }
    catch (err) {
        rt.warning(`post step of ${def.name}: ${(0,errors/* describeError */.Uc)(err)}`);
    }
}
/** The summary of a failed run when the action has none of its own: what was known, and why. */
function failureSummary(name, facts) {
    return new lib_summary/* SummaryBuilder */.CF()
        .heading(`${name}: ❌ failed`)
        .facts(Object.entries(facts.outputs).map(([k, v]) => [k, (0,lib_summary/* code */.aY)(v)]))
        .add((0,lib_summary/* codeBlock */.DV)((0,errors/* describeError */.Uc)(facts.error)))
        .toString();
}
/** The one failure channel: a failed step with a message a user can act on. */
function reportFailure(rt, err) {
    if (err instanceof errors/* UserError */.yo) {
        for (const line of err.details)
            rt.info(line);
        rt.setFailed(err.message);
        return;
    }
    rt.setFailed(`Unexpected error: ${(0,errors/* describeError */.Uc)(err)}`);
    if (err instanceof Error && err.stack)
        rt.debug(err.stack);
}


/***/ }),

/***/ 7268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export formatProblems */
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


/***/ }),

/***/ 962:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ normalizeHelmVersion),
/* harmony export */   QY: () => (/* binding */ HELM_VERSION_RE),
/* harmony export */   Wx: () => (/* binding */ helmToolInputs)
/* harmony export */ });
/* harmony import */ var _inputTable__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2587);
/**
 * The helm-version and helm-path inputs, shared by package-and-verify-helm-chart and
 * deploy-to-eks: one grammar, one path rule, one message. Kept apart from helm.ts so that
 * validating inputs does not load child_process (helm.ts's exec) before the work starts.
 */

const HELM_VERSION_RE = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
/** `4.3.1` or `v4.3.1` → `v4.3.1`; undefined when it is not an exact SemVer version. */
function normalizeHelmVersion(text) {
    const t = text.trim();
    if (!HELM_VERSION_RE.test(t))
        return undefined;
    return t.startsWith('v') ? t : `v${t}`;
}
/** The two table rows, in action.yml's order (helm-version, then helm-path). */
function helmToolInputs(fsx) {
    return {
        /** '' means the pinned default; otherwise normalised to v<semver>. */
        'helm-version': _inputTable__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.custom((r, name) => {
            const raw = r.string(name);
            const v = raw ? normalizeHelmVersion(raw) : '';
            if (v === undefined)
                r.problem(name, `"${raw}" is not a version (e.g. v4.3.1)`);
            return v ?? '';
        }),
        /** A helm binary used as it is (the symlink rule of every path input applies). */
        'helm-path': _inputTable__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.custom((r, name) => {
            const raw = r.string(name);
            if (!raw)
                return '';
            return (r.path(name, raw, fsx, {
                outside: true,
                want: 'file',
                notFile: `"${raw}" is a directory, not the helm binary`
            })?.path ?? '');
        })
    };
}


/***/ }),

/***/ 2587:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ hidden),
/* harmony export */   hF: () => (/* binding */ input),
/* harmony export */   l: () => (/* binding */ exposedValues),
/* harmony export */   xz: () => (/* binding */ readTable)
/* harmony export */ });
/* unused harmony exports camelCase, tableDefaults */
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** Reads every field in table order (so problems are reported in the order action.yml lists them). */
function readTable(table, r) {
    const out = {};
    for (const [name, field] of Object.entries(table))
        out[camelCase(name)] = field.read(r, name);
    return out;
}
/** The exposed part of what `readTable` returned. */
function exposedValues(table, values) {
    const out = {};
    for (const [name, field] of Object.entries(table)) {
        const key = camelCase(name);
        if (field.exposed)
            out[key] = values[key];
    }
    return out;
}
/** Defaults the code applies, by input name (compared against action.yml by a test). */
function tableDefaults(table) {
    const out = {};
    for (const [name, field] of Object.entries(table))
        if (field.default !== undefined)
            out[name] = field.default;
    return out;
}
function field(read, def) {
    return def === undefined ? { read, exposed: true } : { read, default: def, exposed: true };
}
/** Reads and validates like `f`, but leaves the value out of the derived `Inputs` type. */
function hidden(f) {
    return { ...f, exposed: false };
}
/** The field parsers, one per shape an input can have (InputReader does the work). */
const input = {
    /** A trimmed string; optional pattern (with a hint in the message) and extra check. */
    text(opts = {}) {
        const { check, ...stringOpts } = opts;
        return field((r, name) => {
            const v = r.string(name, stringOpts);
            const problem = v && check ? check(v) : undefined;
            if (problem)
                r.problem(name, problem);
            return v;
        }, opts.default);
    },
    flag(def) {
        return field((r, name) => r.bool(name, def), String(def));
    },
    integer(def, range = {}) {
        return field((r, name) => r.int(name, def, range), String(def));
    },
    /** A Go-style duration, in seconds. */
    duration(def, opts = {}) {
        return field((r, name) => r.duration(name, def, opts), def);
    },
    oneOf(allowed, def) {
        return field((r, name) => r.enumOf(name, allowed, def), def);
    },
    /** One entry per line (or comma, with `commas`), trimmed, '#' lines dropped. */
    list(opts = {}) {
        return field((r, name) => r.list(name, opts));
    },
    /** KEY=VALUE lines. */
    pairs(keyPattern) {
        return field((r, name) => r.keyValues(name, keyPattern));
    },
    /** Anything else: the reader gets the InputReader and the input's name. */
    custom(read, def) {
        return field(read, def);
    }
};


/***/ }),

/***/ 1662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ portProblem),
/* harmony export */   Pz: () => (/* binding */ OCI_TAG),
/* harmony export */   a0: () => (/* binding */ DNS1123_LABEL),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   fu: () => (/* binding */ SHA256_DIGEST),
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   q1: () => (/* binding */ envLookup),
/* harmony export */   yB: () => (/* binding */ HELM_SET_KEY)
/* harmony export */ });
/* unused harmony exports DURATION_MAX_SECONDS, parseDuration, durationProblem, splitList, isInside, hasUnescapedComma, DNS1123_SUBDOMAIN */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7268);
/**
 * Strict input parsers shared by every action. An `InputReader` collects every problem instead
 * of stopping at the first, so a user sees all their mistakes in one run; `finish()` throws one
 * InputError naming each input. Pure: reads a `(name) => string | undefined` lookup only.
 */


/** Reads INPUT_* variables the way the runner sets them. */
function envLookup(env) {
    return name => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}
const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);
const DURATION_UNITS = {
    ns: 1e-9,
    us: 1e-6,
    µs: 1e-6,
    ms: 0.001,
    s: 1,
    m: 60,
    h: 3600
};
/**
 * The longest duration helm (Go's time.Duration, int64 nanoseconds) accepts: about 2562047h.
 * A longer `--timeout` is refused by helm itself, after the release was already looked at.
 */
const DURATION_MAX_SECONDS = 9_223_372_036;
/**
 * The one duration grammar of the actions and the workflow scripts: Go durations as helm takes
 * them (`90s`, `5m`, `1h30m`, `1.5h`; units ns us µs ms s m h), or whole seconds (`300`, read
 * as decimal: `08` is 8 s). Returns seconds, or undefined when the text is not a duration or is
 * longer than DURATION_MAX_SECONDS.
 */
function parseDuration(text) {
    const t = text.trim();
    let seconds;
    if (/^\d{1,20}$/.test(t))
        seconds = Number(t);
    else if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(t))
        return undefined;
    else {
        seconds = 0;
        for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
            seconds += Number(m[1]) * DURATION_UNITS[m[2]];
        }
    }
    return Number.isFinite(seconds) && seconds <= DURATION_MAX_SECONDS ? seconds : undefined;
}
/** Why `text` is not a duration this project accepts, or undefined when it is one. */
function durationProblem(text) {
    if (parseDuration(text) !== undefined)
        return undefined;
    const shape = /^\s*(\d+|(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+)\s*$/.test(text);
    return shape
        ? `"${text.trim()}" is longer than helm accepts (at most ${Math.floor(DURATION_MAX_SECONDS / 3600)}h)`
        : `"${text.trim()}" is not a duration (examples: 90s, 5m, 1h30m)`;
}
/** Formats seconds as a Go duration Helm accepts (`300s`). */
function formatDuration(seconds) {
    return `${Math.min(Math.round(seconds), DURATION_MAX_SECONDS)}s`;
}
/** A TCP port in `host:port` (or `[v6]:port`), when one is given and out of 1-65535. */
function portProblem(hostPort) {
    const m = /:(\d+)$/.exec(hostPort);
    if (!m)
        return undefined;
    const port = Number(m[1]);
    return port >= 1 && port <= 65535 ? undefined : `port ${m[1]} is out of range (1 to 65535)`;
}
/** Splits a multi-line (or comma-separated, where allowed) input into trimmed non-empty entries. */
function splitList(text, { commas = false } = {}) {
    const parts = commas ? text.split(/[\n,]/) : text.split('\n');
    return parts.map(s => s.trim()).filter(s => s !== '' && !s.startsWith('#'));
}
class InputReader {
    lookup;
    workspace;
    problems = [];
    constructor(lookup, workspace = process.cwd()) {
        this.lookup = lookup;
        this.workspace = workspace;
    }
    /** The directory relative inputs are resolved against. */
    get workspaceDir() {
        return this.workspace;
    }
    problem(input, message) {
        this.problems.push({ input, message });
    }
    hasProblems() {
        return this.problems.length > 0;
    }
    /** Throws one InputError with everything found; call once, after reading every input. */
    finish() {
        if (this.problems.length)
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(this.problems);
    }
    raw(name) {
        return (this.lookup(name) ?? '').trim();
    }
    string(name, opts = {}) {
        const v = this.raw(name);
        if (v === '') {
            if (opts.required)
                this.problem(name, 'is required');
            return opts.default ?? '';
        }
        if (opts.pattern && !opts.pattern.test(v))
            this.problem(name, `"${v}" is not valid${opts.hint ? `: ${opts.hint}` : ''}`);
        return v;
    }
    bool(name, def) {
        const v = this.raw(name);
        if (v === '')
            return def;
        if (TRUE.has(v))
            return true;
        if (FALSE.has(v))
            return false;
        this.problem(name, `"${v}" is not a boolean (use true or false)`);
        return def;
    }
    int(name, def, { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = {}) {
        const v = this.raw(name);
        if (v === '')
            return def;
        if (!/^-?\d+$/.test(v)) {
            this.problem(name, `"${v}" is not a whole number`);
            return def;
        }
        const n = Number(v);
        if (n < min || n > max)
            this.problem(name, `${n} is out of range (${min} to ${max})`);
        return n;
    }
    /** A duration in seconds (`90s`, `5m`, `1h30m`), see parseDuration. */
    duration(name, def, { minSeconds = 1 } = {}) {
        const v = this.raw(name) || def;
        const s = parseDuration(v);
        if (s === undefined) {
            this.problem(name, durationProblem(v));
            return parseDuration(def) ?? 0;
        }
        if (s < minSeconds)
            this.problem(name, `${v} is shorter than the minimum of ${minSeconds}s`);
        return s;
    }
    enumOf(name, allowed, def) {
        const v = this.raw(name);
        if (v === '')
            return def;
        if (allowed.includes(v))
            return v;
        this.problem(name, `"${v}" is not one of: ${allowed.join(', ')}`);
        return def;
    }
    list(name, opts = {}) {
        return splitList(this.lookup(name) ?? '', opts);
    }
    /**
     * `KEY=VALUE` lines; the value may contain `=`; keys validated by `keyPattern`. Values are
     * never echoed in a problem (they may be secrets). `helmSet`: a value with an unescaped `,`
     * is refused, since `helm --set a=b,c=d` silently makes that two keys.
     */
    keyValues(name, keyPattern = /^[A-Za-z_][A-Za-z0-9_.\-[\]]*$/, { helmSet = false } = {}) {
        const out = [];
        splitList(this.lookup(name) ?? '').forEach((line, i) => {
            const eq = line.indexOf('=');
            if (eq <= 0) {
                // Not quoted: a line without '=' may be nothing but a pasted secret.
                this.problem(name, `line ${i + 1} is not KEY=VALUE (no key before an "=")`);
                return;
            }
            const key = line.slice(0, eq).trim();
            if (!keyPattern.test(key)) {
                this.problem(name, `line ${i + 1}: "${key}" is not a valid key`);
                return;
            }
            const value = line.slice(eq + 1);
            if (helmSet && hasUnescapedComma(value)) {
                this.problem(name, `line ${i + 1}: the value of "${key}" has a "," that helm would read as the start of another key; write \\, for a literal comma (a list is {a,b})`);
                return;
            }
            out.push({ key, value });
        });
        return out;
    }
    /** Exactly one of the named inputs must be set; returns which one (or undefined). */
    exactlyOneOf(names) {
        const set = names.filter(n => this.raw(n) !== '');
        if (set.length === 1)
            return set[0];
        const list = names.join(' or ');
        if (set.length === 0)
            this.problem(names.join(' / '), `set exactly one of ${list} (none is set)`);
        else
            this.problem(set.join(' / '), `set exactly one of ${list} (both are set)`);
        return undefined;
    }
    /**
     * The one path rule for every path input: the path is resolved against the workspace; a path
     * outside the workspace is refused unless `outside` allows it (an absolute path the workflow
     * chose, such as a tool or a kubeconfig); a path inside the workspace must stay inside it
     * after symlinks are resolved (a symlink out of the workspace is refused, its target never
     * read); unreadable paths (missing, symlink loop, name too long, no permission) are named
     * problems, never crashes. Returns the real path and what it is, or undefined after a problem.
     * `mayNotExist`: an output directory; its nearest existing ancestor must obey the rule.
     */
    path(name, value, fsx, opts = {}) {
        const shown = opts.quiet ? 'the path' : showPath(value);
        if (value.includes('\0'))
            return this.refuse(name, `${shown} contains a NUL character`);
        if (value.split(/[\\/]/).some(c => Buffer.byteLength(c) > 255))
            return this.refuse(name, `${shown} has a path component longer than 255 bytes`);
        if (Buffer.byteLength(value) > 4095)
            return this.refuse(name, `${shown} is longer than 4095 bytes`);
        const resolved = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(this.workspace, value);
        const inside = isInside(this.workspace, resolved);
        if (!inside && !opts.outside)
            return this.refuse(name, `${shown} is outside the workspace ${this.workspace}`);
        let probe = resolved;
        let real;
        for (;;) {
            const r = realpathOf(fsx, probe);
            if ('real' in r) {
                real = r.real;
                break;
            }
            if (r.code === 'ENOENT' && opts.mayNotExist && node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(probe) !== probe) {
                probe = node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(probe);
                continue;
            }
            return this.refuse(name, pathErrorMessage(r.code, shown, opts.missing));
        }
        if (inside) {
            const realWs = realpathOf(fsx, this.workspace);
            if ('real' in realWs && !isInside(realWs.real, real))
                return this.refuse(name, `${shown} leads outside the workspace through a symlink; refused without reading it`);
        }
        if (probe !== resolved)
            return { path: node_path__WEBPACK_IMPORTED_MODULE_0__.join(real, node_path__WEBPACK_IMPORTED_MODULE_0__.relative(probe, resolved)), kind: 'missing' };
        const kind = fsx.isFile(real) ? 'file' : fsx.isDirectory(real) ? 'directory' : 'other';
        if (opts.want === 'file' && kind !== 'file')
            return this.refuse(name, kind === 'directory'
                ? (opts.notFile ?? `${shown} is a directory, not a file`)
                : `${shown} is not a regular file`);
        if (opts.want === 'directory' && kind !== 'directory')
            return this.refuse(name, opts.notDirectory ?? `${shown} is not a directory`);
        return { path: real, kind };
    }
    refuse(name, message) {
        this.problem(name, message);
        return undefined;
    }
}
function isInside(dir, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(dir, p);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel));
}
/** A path value as shown in a problem: quoted, long ones shortened (never a file's content). */
function showPath(value) {
    const v = value.length > 80 ? `${value.slice(0, 40)}…${value.slice(-20)}` : value;
    return JSON.stringify(v);
}
function realpathOf(fsx, p) {
    try {
        return { real: fsx.realpath(p) };
    }
    catch (err) {
        return { code: err.code ?? 'EIO' };
    }
}
function pathErrorMessage(code, shown, missing) {
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return missing ?? `${shown} does not exist`;
        case 'ELOOP':
            return `${shown} is a symlink loop (too many levels of symbolic links)`;
        case 'ENAMETOOLONG':
            return `${shown} is a name too long for the file system`;
        case 'EACCES':
        case 'EPERM':
            return `${shown} cannot be read: permission denied`;
        default:
            return `${shown} cannot be read (${code})`;
    }
}
/** An unescaped `,` in a helm --set value outside a `{a,b}` list: helm starts a new key there. */
function hasUnescapedComma(value) {
    if (/^\{.*\}$/.test(value))
        return false;
    for (let i = 0; i < value.length; i++) {
        if (value[i] === '\\')
            i++;
        else if (value[i] === ',')
            return true;
    }
    return false;
}
/** DNS-1123 label (namespaces, Helm release names): lower-case alphanumerics and '-'. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** A helm `--set` key: dotted path with list indexes and escaped dots (`a.b[0]`, `a\\.b`). */
const HELM_SET_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.\-[\]\\/]*$/;
/** DNS-1123 subdomain (most object names, e.g. ServiceAccounts): labels joined by '.'. */
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** An image digest as registries report it. */
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
/** distribution-spec tag: 1–128 characters, first a word character. */
const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;


/***/ }),

/***/ 6660:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PZ: () => (/* binding */ eksKubeconfig),
/* harmony export */   Q6: () => (/* binding */ connectionFromKubeconfig),
/* harmony export */   Uj: () => (/* binding */ parseKubeconfigText),
/* harmony export */   X_: () => (/* binding */ decodeBase64Kubeconfig),
/* harmony export */   YJ: () => (/* binding */ loadKubeconfigFile),
/* harmony export */   s7: () => (/* binding */ looksLikeKubeconfigText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7268);
/* harmony import */ var _proxy__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7087);
/**
 * Reading a kubeconfig into what one connection needs, field by field the way client-go reads it
 * (what helm uses), so that the action's own API calls go where helm's go and act as helm acts:
 * - cluster: server, certificate-authority(-data), insecure-skip-tls-verify (refused together
 *   with a CA, as client-go refuses it), tls-server-name, proxy-url (http/https; SOCKS refused by
 *   name), disable-compression (nothing here asks for compression);
 * - user: client-certificate(-data) + client-key(-data), token, tokenFile (read on each use and
 *   preferred over token, as client-go does), username/password (Basic; refused together with a
 *   token, as client-go refuses it), impersonation (as, as-uid, as-groups, as-user-extra), exec
 *   (command, args, env, apiVersion, installHint, provideClusterInfo, interactiveMode; `Always`
 *   is refused: a workflow step has no terminal), auth-provider refused by name (removed from
 *   client-go);
 * - context: cluster, user, namespace.
 * Extensions are ignored, as client-go ignores them. Values that are credentials are collected in
 * `secrets` so the caller can mask them even if they are never printed, and no error message
 * quotes the document's content.
 *
 * The YAML parser (js-yaml, the project's one YAML library) is loaded lazily: the generated EKS
 * kubeconfig is JSON (also valid YAML) and parses without it.
 */




const str = (o, k) => {
    const v = o?.[k];
    return typeof v === 'string' && v !== '' ? v : undefined;
};
const strList = (o, k) => (Array.isArray(o?.[k]) ? o?.[k] : []).map(String).filter(Boolean);
/** Where a parser stopped, as "line L, column C": never the text around it (it may be a token). */
function position(text, e) {
    const mark = e.mark;
    if (mark && typeof mark.line === 'number')
        return ` (line ${mark.line + 1}, column ${(mark.column ?? 0) + 1})`;
    const m = /position (\d+)/.exec(e.message ?? '');
    if (!m)
        return '';
    const before = text.slice(0, Number(m[1]));
    const line = before.split('\n').length;
    return ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}
/** Parses kubeconfig text: JSON directly, YAML through the lazily loaded parser. */
async function parseKubeconfigText(text) {
    const t = text.trim();
    let doc;
    try {
        if (t.startsWith('{'))
            doc = JSON.parse(t);
        else {
            const { load, CORE_SCHEMA } = await __nccwpck_require__.e(/* import() */ 243).then(__nccwpck_require__.bind(__nccwpck_require__, 3243));
            doc = load(t, { schema: CORE_SCHEMA });
        }
    }
    catch (e) {
        // The parser's own message quotes the text near the error, which can be part of a token or
        // key: only the position is given.
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the kubeconfig is not valid ${t.startsWith('{') ? 'JSON' : 'YAML'}${position(t, e)}; its content is not shown because it may hold credentials`);
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('the kubeconfig is not a YAML mapping');
    return doc;
}
/** True when a value holds a kubeconfig document itself (YAML or JSON) rather than a path. */
function looksLikeKubeconfigText(value) {
    return value.includes('\n') || /^\s*(\{|apiVersion\s*:|kind\s*:|clusters\s*:)/.test(value);
}
/**
 * The kubeconfig inside a single-line base64 value (how a kubeconfig is commonly kept in a
 * secret: `base64 -w0 ~/.kube/config`), or undefined when the value is not that.
 */
function decodeBase64Kubeconfig(value) {
    const v = value.trim();
    if (v.length < 16 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(v))
        return undefined;
    const text = Buffer.from(v, v.includes('-') || v.includes('_') ? 'base64url' : 'base64').toString('utf8');
    if (text.includes('\uFFFD') || !looksLikeKubeconfigText(text))
        return undefined;
    return /(^|\n)\s*(apiVersion|clusters|contexts|users|current-context)\s*:|^\s*\{/.test(text)
        ? text
        : undefined;
}
function findNamed(doc, list, name, what) {
    const entries = (Array.isArray(doc[list]) ? doc[list] : []);
    const e = entries.find(x => x && x.name === name);
    const inner = e?.[what];
    if (!e || !inner || typeof inner !== 'object') {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the kubeconfig has no ${what} named "${name}" (listed under ${list})`);
    }
    return inner;
}
function fileOrData(o, dataKey, fileKey, baseDir, what) {
    const data = str(o, dataKey);
    if (data)
        return Buffer.from(data, 'base64');
    const file = str(o, fileKey);
    if (!file)
        return undefined;
    const p = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(baseDir, file);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p);
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the kubeconfig's ${what} file ${p} cannot be read`);
    }
}
/** The lines of a PEM key worth masking (not the BEGIN/END armour), plus the value itself. */
function keySecrets(key, raw) {
    const lines = key
        .toString('utf8')
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(l => l.length >= 8 && !l.startsWith('-----'));
    return raw ? [raw, ...lines] : lines;
}
const INTERACTIVE_MODES = new Set(['Never', 'IfAvailable', 'Always']);
function execConfig(exec, userName, baseDir) {
    const command = str(exec, 'command');
    if (!command)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`kubeconfig user "${userName}" has an exec plugin without a command`);
    const env = {};
    for (const e of (Array.isArray(exec['env']) ? exec['env'] : [])) {
        const n = str(e, 'name');
        if (n)
            env[n] = typeof e['value'] === 'string' ? e['value'] : '';
    }
    const mode = str(exec, 'interactiveMode');
    if (mode !== undefined && !INTERACTIVE_MODES.has(mode))
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`kubeconfig user "${userName}": exec interactiveMode "${mode}" is not one of Never, IfAvailable, Always`);
    if (mode === 'Always')
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`kubeconfig user "${userName}": the exec plugin needs a terminal (interactiveMode: Always), which a workflow step does not have; use a plugin that runs with interactiveMode Never`);
    const provide = exec['provideClusterInfo'];
    return {
        command,
        args: (Array.isArray(exec['args']) ? exec['args'] : []).map(String),
        env,
        apiVersion: str(exec, 'apiVersion') ?? 'client.authentication.k8s.io/v1beta1',
        baseDir,
        ...(str(exec, 'installHint') ? { installHint: str(exec, 'installHint') } : {}),
        ...(provide === true ? { provideClusterInfo: true } : {}),
        ...(mode ? { interactiveMode: mode } : {})
    };
}
function impersonation(user, userName) {
    const as = str(user, 'as');
    const uid = str(user, 'as-uid');
    const groups = strList(user, 'as-groups');
    const extraRaw = user['as-user-extra'];
    const extra = {};
    if (extraRaw && typeof extraRaw === 'object' && !Array.isArray(extraRaw)) {
        for (const [k, v] of Object.entries(extraRaw))
            extra[k] = (Array.isArray(v) ? v : [v]).map(String).filter(Boolean);
    }
    if (!as && !uid && !groups.length && !Object.keys(extra).length)
        return undefined;
    // client-go: "requesting uid, groups or user-extra for ... without impersonating a user".
    if (!as)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`kubeconfig user "${userName}" sets as-uid, as-groups or as-user-extra without "as" (the user to impersonate)`);
    return { user: as, ...(uid ? { uid } : {}), groups, extra };
}
/**
 * The connection of one context (default: current-context). `baseDir` resolves relative file
 * references (certificate-authority, client-certificate, tokenFile, exec command).
 */
function connectionFromKubeconfig(doc, baseDir, contextName) {
    const ctxName = contextName || str(doc, 'current-context');
    if (!ctxName)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('the kubeconfig has no current-context');
    const ctx = findNamed(doc, 'contexts', ctxName, 'context');
    const clusterName = str(ctx, 'cluster');
    const userName = str(ctx, 'user') ?? '';
    if (!clusterName)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`kubeconfig context "${ctxName}" names no cluster`);
    const cluster = findNamed(doc, 'clusters', clusterName, 'cluster');
    const user = userName ? findNamed(doc, 'users', userName, 'user') : {};
    const server = str(cluster, 'server');
    if (!server || !/^https?:\/\//.test(server))
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`kubeconfig cluster "${clusterName}" has no http(s) server URL`);
    const authProvider = user['auth-provider'];
    if (authProvider) {
        const name = str(authProvider, 'name');
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`kubeconfig user "${userName}" uses an auth-provider plugin${name ? ` (${name})` : ''}, which Kubernetes removed; use an exec plugin instead`);
    }
    const secrets = [];
    const clientKey = fileOrData(user, 'client-key-data', 'client-key', baseDir, 'client-key');
    if (clientKey)
        secrets.push(...keySecrets(clientKey, str(user, 'client-key-data')));
    const conn = {
        contextName: ctxName,
        server: server.replace(/\/+$/, ''),
        ca: fileOrData(cluster, 'certificate-authority-data', 'certificate-authority', baseDir, 'certificate-authority'),
        insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
        tlsServerName: str(cluster, 'tls-server-name'),
        clientCert: fileOrData(user, 'client-certificate-data', 'client-certificate', baseDir, 'client-certificate'),
        clientKey,
        token: str(user, 'token'),
        namespace: str(ctx, 'namespace'),
        secrets
    };
    if (conn.insecureSkipTlsVerify && conn.ca)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`kubeconfig cluster "${clusterName}" sets both insecure-skip-tls-verify and a certificate authority; client-go (helm) refuses that, set only one`);
    const proxyUrl = str(cluster, 'proxy-url');
    if (proxyUrl) {
        (0,_proxy__WEBPACK_IMPORTED_MODULE_3__/* .parseProxyUrl */ .Pr)(proxyUrl, `kubeconfig cluster "${clusterName}" proxy-url`);
        conn.proxyUrl = proxyUrl;
    }
    const tokenFile = str(user, 'tokenFile');
    if (tokenFile) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(baseDir, tokenFile);
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8').trim();
        }
        catch {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the kubeconfig's tokenFile ${tokenFile} cannot be read`);
        }
        conn.token = text;
        conn.tokenFile = p;
    }
    if (conn.token)
        secrets.push(conn.token);
    const username = str(user, 'username');
    const password = str(user, 'password');
    if (username || password) {
        if (conn.token)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`kubeconfig user "${userName}" sets both username/password and a token; client-go (helm) refuses that, set only one`);
        conn.username = username ?? '';
        conn.password = password ?? '';
        if (password)
            secrets.push(password);
    }
    const imp = impersonation(user, userName);
    if (imp)
        conn.impersonate = imp;
    const exec = user['exec'];
    if (exec && typeof exec === 'object')
        conn.exec = execConfig(exec, userName, baseDir);
    if ((conn.clientCert && !conn.clientKey) || (!conn.clientCert && conn.clientKey)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`kubeconfig user "${userName}" has a client certificate without its key (or the reverse)`);
    }
    return conn;
}
/** Reads and resolves a kubeconfig file. */
async function loadKubeconfigFile(file, contextName) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the kubeconfig ${file} cannot be read`);
    }
    return connectionFromKubeconfig(await parseKubeconfigText(text), node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)), contextName);
}
/**
 * The kubeconfig for an EKS cluster: its user is an exec plugin running this action's own token
 * command, so helm fetches a fresh token whenever it needs one. JSON is valid YAML and needs no
 * serializer. No credentials are written: the plugin reads them from the environment.
 */
function eksKubeconfig(o) {
    const name = `eks_${o.region}_${o.clusterName}`;
    return JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': name,
        clusters: [{ name, cluster: { server: o.endpoint, 'certificate-authority-data': o.caData } }],
        contexts: [{ name, context: { cluster: name, user: name } }],
        users: [
            {
                name,
                user: {
                    exec: {
                        apiVersion: 'client.authentication.k8s.io/v1beta1',
                        command: o.nodePath,
                        args: [
                            o.tokenCliPath,
                            '--cluster-name',
                            o.clusterName,
                            '--region',
                            o.region,
                            ...(o.stsEndpoint ? ['--sts-endpoint', o.stsEndpoint] : [])
                        ],
                        interactiveMode: 'Never',
                        provideClusterInfo: false
                    }
                }
            }
        ],
        preferences: {}
    }, null, 2);
}


/***/ }),

/***/ 6457:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wl: () => (/* binding */ ociChartRefProblem),
/* harmony export */   Yx: () => (/* binding */ parseOciChartRef),
/* harmony export */   oQ: () => (/* binding */ formatOciChartRef)
/* harmony export */ });
/* unused harmony export parseOciRepository */
/* harmony import */ var _actions_build_push_ecr_src_imageNames__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4235);
/**
 * The grammar of OCI chart references (`oci://<host>/<path>/<name>[:<tag>][@sha256:<digest>]`)
 * and of push targets (`oci://<host>/<path>`), free of heavy imports so that the inputs modules
 * can check them before anything loads. Moving charts is ociChart.ts.
 */

const HOST = '[A-Za-z0-9.-]+(?::\\d{1,5})?';
const REF = new RegExp(`^oci://(${HOST})/([^@:\\s]+?)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?:@(.*))?$`);
/** Why `ref` is not an oci chart reference this action can pin, undefined when it is one. */
function ociChartRefProblem(ref) {
    const m = REF.exec(ref);
    if (!m)
        return `"${ref}" is not oci://<registry>/<path>/<name>[@sha256:<digest>]`;
    if (!_actions_build_push_ecr_src_imageNames__WEBPACK_IMPORTED_MODULE_0__/* .OCI_REPOSITORY */ .$g.test(m[2]))
        return `"${ref}": the repository path must be lower-case path components (a-z, 0-9, . _ -)`;
    if (m[4] !== undefined && !/^sha256:[a-f0-9]{64}$/.test(m[4]))
        return `"${ref}": the digest must be sha256: followed by 64 lower-case hex digits`;
    return undefined;
}
/** Splits a reference; `version` (chart-version) is the tag when the reference has neither. */
function parseOciChartRef(ref, version = '') {
    if (ociChartRefProblem(ref))
        return undefined;
    const m = REF.exec(ref);
    const repository = m[2];
    return {
        host: m[1],
        repository,
        name: repository.split('/').pop(),
        digest: m[4] ?? '',
        tag: m[4] ? '' : (m[3] ?? version.replace(/\+/g, '_'))
    };
}
function formatOciChartRef(r) {
    return `oci://${r.host}/${r.repository}@${r.digest}`;
}
/** `oci://<host>/<path>` (where charts are pushed to) → host and path; undefined when malformed. */
function parseOciRepository(value) {
    const m = new RegExp(`^oci://(${HOST})((?:/[^/\\s]+)*)/?$`).exec(value);
    if (!m)
        return undefined;
    const p = m[2].replace(/^\//, '');
    return p === '' || OCI_REPOSITORY.test(p) ? { host: m[1], path: p } : undefined;
}


/***/ }),

/***/ 7087:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LT: () => (/* binding */ ProxyAgents),
/* harmony export */   Pf: () => (/* binding */ agentFor),
/* harmony export */   Pr: () => (/* binding */ parseProxyUrl),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   ri: () => (/* binding */ displayProxy),
/* harmony export */   zH: () => (/* binding */ proxySettingsFromEnv)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7268);

// The networking modules load on first use: every action's input validation imports this module
// (through aws.ts and kubeconfig.ts), and node:https brings the whole TLS and stream stack.
const isIP = (s) => process.getBuiltinModule('node:net').isIP(s);
/** The proxy variables of an environment, as Go reads them (upper case wins when not empty). */
function proxySettingsFromEnv(env) {
    const any = (a, b) => env[a] || env[b] || undefined;
    return {
        httpProxy: any('HTTP_PROXY', 'http_proxy'),
        httpsProxy: any('HTTPS_PROXY', 'https_proxy'),
        noProxy: any('NO_PROXY', 'no_proxy')
    };
}
const SUPPORTED_PROXY_SCHEMES = new Set(['http:', 'https:']);
/**
 * A proxy URL as Go parses one: with a scheme, or host[:port] meaning http://. A SOCKS proxy
 * (which helm can use) is refused by name: node has no built-in SOCKS client.
 */
function parseProxyUrl(raw, what) {
    let url;
    try {
        url = new URL(raw);
        if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw))
            url = undefined; // "proxy:3128" parses as scheme "proxy:"
    }
    catch {
        url = undefined;
    }
    if (!url) {
        try {
            url = new URL(`http://${raw}`);
        }
        catch {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is not a proxy URL (expected http://host:port)`);
        }
    }
    if (url.protocol === 'socks5:' || url.protocol === 'socks5h:')
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is a SOCKS proxy (${url.protocol.slice(0, -1)}), which this action cannot use: give an http:// or https:// proxy`);
    if (!SUPPORTED_PROXY_SCHEMES.has(url.protocol))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has the unsupported scheme ${url.protocol.slice(0, -1)} (expected http or https)`);
    return url;
}
/** Parses NO_PROXY into matchers, as httpproxy's config.init does. */
function noProxyMatchers(noProxy) {
    const matchers = [];
    for (const raw of noProxy.split(',')) {
        const p = raw.trim().toLowerCase();
        if (!p)
            continue;
        if (p === '*')
            return { all: true, matchers: [] };
        const cidr = parseCidr(p);
        if (cidr) {
            matchers.push((host, _port, ip) => ip && cidrContains(cidr, host));
            continue;
        }
        let phost = p;
        let pport = '';
        const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(p);
        if (m) {
            phost = m[1];
            pport = m[2];
        }
        if (phost.startsWith('[') && phost.endsWith(']'))
            phost = phost.slice(1, -1);
        if (isIP(phost)) {
            const want = canonicalIp(phost);
            matchers.push((host, port, ip) => ip && canonicalIp(host) === want && (!pport || pport === port));
            continue;
        }
        if (!phost)
            continue;
        if (phost.startsWith('*.'))
            phost = phost.slice(1);
        let matchHost = false;
        if (!phost.startsWith('.')) {
            matchHost = true;
            phost = '.' + phost;
        }
        const suffix = phost;
        matchers.push((host, port) => (host.endsWith(suffix) || (matchHost && host === suffix.slice(1))) && (!pport || pport === port));
    }
    return { all: false, matchers };
}
function parseCidr(s) {
    const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
    if (!m)
        return undefined;
    const family = isIP(m[1]);
    const prefix = Number(m[2]);
    if (!family || prefix > (family === 4 ? 32 : 128))
        return undefined;
    return { family: family, bits: ipBits(m[1]), prefix };
}
function cidrContains(c, ip) {
    const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
    const addr = v4mapped ? v4mapped[1] : ip;
    if (isIP(addr) !== c.family)
        return false;
    const width = c.family === 4 ? 32 : 128;
    const shift = BigInt(width - c.prefix);
    return ipBits(addr) >> shift === c.bits >> shift;
}
function ipBits(ip) {
    if (isIP(ip) === 4)
        return ip.split('.').reduce((n, o) => (n << 8n) | BigInt(Number(o)), 0n);
    // IPv6: expand "::" and any trailing dotted quad.
    let s = ip.toLowerCase();
    const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
    if (quad) {
        const b = ipBits(quad[1]);
        s = s.slice(0, -quad[1].length) + `${(b >> 16n).toString(16)}:${(b & 0xffffn).toString(16)}`;
    }
    const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
    const h = head ? head.split(':') : [];
    const t = tail !== undefined && tail ? tail.split(':') : [];
    const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g || '0', 16)), 0n);
}
function canonicalIp(ip) {
    return `${isIP(ip)}:${ipBits(ip)}`;
}
function isLoopback(host) {
    if (host === 'localhost')
        return true;
    const fam = isIP(host);
    if (fam === 4)
        return host.startsWith('127.');
    if (fam === 6) {
        const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(host);
        return v4 ? v4[1].startsWith('127.') : ipBits(host) === 1n;
    }
    return false;
}
/** The proxy for `target`, or undefined for a direct connection. */
function proxyFor(target, settings) {
    const raw = target.protocol === 'https:'
        ? settings.httpsProxy
        : target.protocol === 'http:'
            ? settings.httpProxy
            : undefined;
    if (!raw)
        return undefined;
    let host = target.hostname.toLowerCase();
    if (host.startsWith('[') && host.endsWith(']'))
        host = host.slice(1, -1);
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    if (isLoopback(host))
        return undefined;
    const { all, matchers } = noProxyMatchers(settings.noProxy ?? '');
    if (all)
        return undefined;
    const ip = isIP(host) !== 0;
    if (matchers.some(m => m(host, port, ip)))
        return undefined;
    return parseProxyUrl(raw, target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY');
}
/** What a proxy URL looks like in a message: no credentials. */
function displayProxy(proxy) {
    return `${proxy.protocol}//${proxy.host}`;
}
/**
 * An agent for requests to `target`: through `proxy` (CONNECT for https, absolute-form requests
 * for http, by node's built-in proxy support) when one is given, else direct. TLS options apply
 * to the TLS session with the target, not the proxy.
 */
function agentFor(target, proxy, options = {}) {
    const https_ = target.protocol === 'https:';
    const proxyEnv = proxy ? { [https_ ? 'HTTPS_PROXY' : 'HTTP_PROXY']: proxy.href } : undefined;
    const o = { ...options, ...(proxyEnv ? { proxyEnv } : {}) };
    const mod = process.getBuiltinModule(https_ ? 'node:https' : 'node:http');
    return new mod.Agent(o);
}
/**
 * Agents chosen per target origin, created once and reused (keep-alive), for a client that talks
 * to more than one host (a registry and its token realm).
 */
class ProxyAgents {
    settings;
    options;
    agents = new Map();
    constructor(settings, options = {}) {
        this.settings = settings;
        this.options = options;
    }
    /** The agent for a URL; throws a UserError naming the variable when the proxy is unusable. */
    for(target) {
        const key = `${target.protocol}//${target.host}`;
        let a = this.agents.get(key);
        if (!a) {
            a = agentFor(target, proxyFor(target, this.settings), this.options);
            this.agents.set(key, a);
        }
        return a;
    }
    destroy() {
        for (const a of this.agents.values())
            a.destroy();
        this.agents.clear();
    }
}


/***/ }),

/***/ 1119:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ SummaryBuilder),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* unused harmony exports cell, table, facts, seconds */
/**
 * Job summary building blocks (GitHub-flavoured Markdown). Pure string builders: the runtime
 * appends the result to GITHUB_STEP_SUMMARY.
 */
/** Escapes text for a Markdown table cell (pipes and newlines would break the row). */
function cell(value) {
    return String(value ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function code(value) {
    const s = String(value ?? '');
    return s ? '`' + s.replace(/`/g, "'") + '`' : '';
}
function table(header, rows) {
    const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const r of rows)
        lines.push(`| ${r.map(cell).join(' | ')} |`);
    return lines.join('\n');
}
/** A two-column key/value table, the five-second read at the top of every summary. */
function facts(rows) {
    return table(['', ''], rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [`**${k}**`, v]));
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function codeBlock(text, lang = '') {
    return '```' + lang + '\n' + text.replace(/```/g, "'''") + '\n```';
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
class SummaryBuilder {
    parts = [];
    heading(text, level = 3) {
        this.parts.push(`${'#'.repeat(level)} ${text}`);
        return this;
    }
    add(markdown) {
        if (markdown)
            this.parts.push(markdown);
        return this;
    }
    facts(rows) {
        return this.add(facts(rows));
    }
    table(header, rows) {
        return rows.length ? this.add(table(header, rows)) : this;
    }
    details(summary, body) {
        return this.add(details(summary, body));
    }
    toString() {
        return this.parts.join('\n\n') + '\n';
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 290:
/***/ ((module) => {

module.exports = require("async_hooks");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 4236:
/***/ ((module) => {

module.exports = require("console");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 1637:
/***/ ((module) => {

module.exports = require("diagnostics_channel");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = require("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = require("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = require("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 2987:
/***/ ((module) => {

module.exports = require("perf_hooks");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = require("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 3774:
/***/ ((module) => {

module.exports = require("stream/web");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = require("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = require("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = require("util/types");

/***/ }),

/***/ 8167:
/***/ ((module) => {

module.exports = require("worker_threads");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/lib/entry.ts + 1 modules
var entry = __nccwpck_require__(8237);
// EXTERNAL MODULE: ./src/lib/inputs.ts
var inputs = __nccwpck_require__(1662);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/lib/helmInputs.ts
var helmInputs = __nccwpck_require__(962);
// EXTERNAL MODULE: ./src/lib/aws.ts
var aws = __nccwpck_require__(2986);
// EXTERNAL MODULE: ./src/lib/kubeconfig.ts
var kubeconfig = __nccwpck_require__(6660);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/smokePath.ts
var smokePath = __nccwpck_require__(8309);
// EXTERNAL MODULE: ./src/lib/ociRef.ts
var ociRef = __nccwpck_require__(6457);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/lib/fileProbe.ts
/**
 * The file checks input validation needs, on the real disk. Injected into each inputs.ts (tests
 * hand in a table of paths), so validation stays pure and never throws on a missing path.
 */

function stat(p) {
    try {
        return external_node_fs_.statSync(p);
    }
    catch {
        return undefined; // missing, or a path through a file (ENOTDIR): either way not there
    }
}
const realFs = {
    exists: p => stat(p) !== undefined,
    isFile: p => stat(p)?.isFile() ?? false,
    isDirectory: p => stat(p)?.isDirectory() ?? false,
    readFile: p => external_node_fs_.readFileSync(p, 'utf8'),
    realpath: p => external_node_fs_.realpathSync(p)
};

// EXTERNAL MODULE: ./src/lib/inputTable.ts
var inputTable = __nccwpck_require__(2587);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/gates/gateInputs.ts
/**
 * The inputs of the verify step's gates and of the fail-fast judge: their rows of the action's
 * input table (read and reported with every other input, in action.yml's order) and the one
 * GateInputs object built from them. Kept apart from inputs.ts so the gate rules live next to the
 * code that applies them.
 */


const GATE_FAILURE_ACTIONS = ['rollback', 'fail'];
const FIRST_INSTALL_GATE_FAILURE_ACTIONS = ['uninstall', 'keep'];
const ROLLOUT_PAUSE_ACTIONS = ['wait', 'promote', 'fail'];
/**
 * Defaults, chosen for a real EKS cluster rather than for speed in tests:
 * - image pull 45 s: the kubelet pulls at once, then backs off 10 s, 20 s (three attempts by 30 s);
 *   that covers a registry hiccup or an image pushed a moment late, and a typo never recovers.
 *   With helm's 5 m default timeout it gives the answer in under a fifth of the time;
 * - config error 60 s: a Secret synced by External Secrets usually appears within its refresh;
 * - unschedulable 180 s: Karpenter or cluster-autoscaler need one to three minutes for a new node;
 * - crash loop 3 restarts: about 70 s of back-off (10 s, 20 s, 40 s); a slow starter whose
 *   liveness probe kills it once or twice is not cut short.
 */
function gateInputTable() {
    return {
        'helm-test': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.flag(false)),
        'helm-test-timeout': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.duration('5m')),
        'on-gate-failure': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.oneOf(GATE_FAILURE_ACTIONS, 'rollback')),
        'on-first-install-gate-failure': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.oneOf(FIRST_INSTALL_GATE_FAILURE_ACTIONS, 'uninstall')),
        'fail-fast': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.flag(true)),
        'fail-fast-image-pull-grace': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.duration('45s', { minSeconds: 0 })),
        'fail-fast-config-error-grace': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.duration('60s', { minSeconds: 0 })),
        'fail-fast-unschedulable-grace': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.duration('180s', { minSeconds: 0 })),
        'fail-fast-crashloop-restarts': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.integer(3, { min: 1, max: 1000 })),
        'rollout-pause': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.oneOf(ROLLOUT_PAUSE_ACTIONS, 'wait'))
    };
}
function gateInputsOf(v) {
    return {
        helmTest: v.helmTest,
        helmTestTimeoutSeconds: v.helmTestTimeout,
        onGateFailure: v.onGateFailure,
        onFirstInstallGateFailure: v.onFirstInstallGateFailure,
        failFast: v.failFast
            ? {
                imagePullGraceSeconds: v.failFastImagePullGrace,
                configErrorGraceSeconds: v.failFastConfigErrorGrace,
                unschedulableGraceSeconds: v.failFastUnschedulableGrace,
                crashLoopRestarts: v.failFastCrashloopRestarts
            }
            : undefined,
        rolloutPause: v.rolloutPause
    };
}
/** Reads only the gate inputs (tests; the action reads them as part of its whole table). */
function readGateInputs(r) {
    return gateInputsOf((0,inputTable/* readTable */.xz)(gateInputTable(), r));
}
/** What getInputs returns when none of the gate inputs is set. */
const DEFAULT_GATE_INPUTS = readGateInputs(new inputs/* InputReader */.i_(() => undefined));

// EXTERNAL MODULE: ./actions/deploy-to-eks/src/namespace.ts
var namespace = __nccwpck_require__(8488);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/inputs.ts
/**
 * The action's inputs (mirroring action.yml) as one typed object, validated completely before
 * any cluster is touched: every problem is collected and reported at once, by input name. Each
 * input is listed once, in the table below; `Inputs` is derived from it (src/lib/inputTable.ts).
 * Pure apart from the injected file checks, and free of heavy imports (start-up budget).
 */












const DRY_RUN_MODES = ['none', 'client', 'server', 'diff', 'record'];
/** auto: check an image pinned by digest; on: also resolve a tag, and refuse when unchecked; off. */
const IMAGE_CHECK_MODES = ['auto', 'on', 'off'];
/** `previous` or a revision number (steps/rollback.ts decides whether it qualifies). */
const ROLLBACK_TO = /^(previous|[1-9][0-9]{0,8})$/;
/** EKS cluster names: 1-100 characters, alphanumerics, hyphens and underscores, starting alphanumeric. */
const EKS_CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/;
/** `<key>` of `<key>.repository`: dotted identifiers (image, app.image, frontdoor.image). */
const VALUES_KEY = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
/** [registry[:port]/]path, lower-case path components as the distribution spec requires. */
const IMAGE_REPOSITORY = /^([A-Za-z0-9.-]+(:\d+)?\/)?[a-z0-9]+([._-]+[a-z0-9]+)*(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*$/;
const SMOKE_SERVICE = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)(:([a-z0-9-]+))?$/;
/** A kubeconfig input holding the document itself rather than a path to it. */
const isInlineKubeconfig = kubeconfig/* looksLikeKubeconfigText */.s7;
/**
 * The inputs, in action.yml's order: each read and checked where it is listed (problems come out
 * in that order). Hidden fields feed the grouped values below (cluster, image, timeout, smoke).
 */
function inputs_inputTable(env, fsx) {
    const eksChosen = (r) => r.raw('cluster-name') !== '' && r.raw('kubeconfig') === '';
    return {
        // Cluster access: exactly one of cluster-name (EKS) or kubeconfig; the pair is checked here.
        'cluster-name': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.custom((r, name) => {
            if (r.exactlyOneOf([name, 'kubeconfig']) !== name)
                return '';
            return r.string(name, {
                pattern: EKS_CLUSTER_NAME,
                hint: 'an EKS cluster name (letters, digits, - and _, at most 100)'
            });
        })),
        'aws-region': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.custom((r, name) => {
            if (!eksChosen(r))
                return '';
            const region = (0,aws/* resolveRegion */.Zv)(r.raw(name), env);
            if (!region)
                r.problem(name, 'is required with cluster-name (or set AWS_REGION)');
            else if (!aws/* AWS_REGION_PATTERN */.Yi.test(region))
                r.problem(name, `"${region}" is not an AWS region (e.g. eu-north-1)`);
            return region;
        })),
        kubeconfig: (0,inputTable/* hidden */.R)(inputTable/* input */.hF.custom((r, name) => {
            const raw = r.raw(name);
            if (!raw || r.raw('cluster-name'))
                return undefined;
            if (isInlineKubeconfig(raw))
                return { kind: 'kubeconfig', inline: raw };
            const decoded = (0,kubeconfig/* decodeBase64Kubeconfig */.X_)(raw);
            if (decoded)
                return { kind: 'kubeconfig', inline: decoded };
            const notKubeconfig = 'is neither a readable kubeconfig file nor kubeconfig content (YAML, JSON, or base64 of either); the value is not shown because it may hold credentials';
            // One long word with no path separator is mangled content (e.g. broken base64), not a path.
            if (!raw.includes('/') && raw.length > 255) {
                r.problem(name, notKubeconfig);
                return { kind: 'kubeconfig' };
            }
            const expanded = raw.startsWith('~/') ? external_node_path_.join(external_node_os_.homedir(), raw.slice(2)) : raw;
            // The shared path rule, quiet: a value that is not a path may be a (mangled) kubeconfig
            // with credentials, so it is never echoed.
            const p = r.path(name, expanded, fsx, {
                outside: true,
                quiet: true,
                want: 'file',
                missing: notKubeconfig
            });
            return { kind: 'kubeconfig', path: p?.path ?? external_node_path_.resolve(r.workspaceDir, expanded) };
        })),
        'release-name': inputTable/* input */.hF.text({
            required: true,
            check: v => !inputs/* DNS1123_LABEL */.a0.test(v) || v.length > 53
                ? `"${v}" is not a valid release name: lower-case letters, digits and '-', starting and ending alphanumeric, at most 53 characters`
                : undefined
        }),
        namespace: inputTable/* input */.hF.text({
            required: true,
            check: v => !inputs/* DNS1123_LABEL */.a0.test(v) || v.length > 63
                ? `"${v}" is not a valid namespace: a DNS-1123 label (lower-case letters, digits, '-'), at most 63 characters`
                : undefined
        }),
        // Chart: oci:// reference, packaged .tgz or a chart directory.
        chart: inputTable/* input */.hF.custom((r, name) => {
            // Rollback on demand and `dry-run: record` read what is stored; they take no chart.
            const noChart = r.raw('rollback-to') !== '' || r.raw('dry-run') === 'record';
            if (noChart) {
                if (r.raw(name))
                    r.problem(name, r.raw('rollback-to')
                        ? 'must be empty with rollback-to (the stored revision brings its own chart)'
                        : 'must be empty with dry-run record (it reads what the deployed revision runs)');
                return { kind: 'archive', path: '' };
            }
            const chartRaw = r.string(name, { required: true });
            const chartVersion = r.raw('chart-version');
            if (chartRaw.startsWith('oci://')) {
                if (!/^oci:\/\/[^\s/]+\/\S+$/.test(chartRaw))
                    r.problem(name, `"${chartRaw}" is not an oci:// reference (oci://<registry>/<path>)`);
                else {
                    const port = (0,inputs/* portProblem */.BI)(/^oci:\/\/([^/]+)/.exec(chartRaw)?.[1] ?? '');
                    if (port)
                        r.problem(name, `registry ${port}`);
                    else if ((0,ociRef/* ociChartRefProblem */.Wl)(chartRaw))
                        r.problem(name, (0,ociRef/* ociChartRefProblem */.Wl)(chartRaw));
                    else if (chartRaw.includes('@') && chartVersion)
                        r.problem('chart-version', 'must be empty with a chart pinned by digest (oci://…@sha256:…)');
                }
                return { kind: 'oci', ref: chartRaw, version: chartVersion };
            }
            if (!chartRaw)
                return { kind: 'archive', path: '' };
            // The shared path rule: outside the workspace allowed (RUNNER_TEMP), a symlink out of it not.
            const p = r.path(name, chartRaw, fsx, {
                outside: true,
                missing: `"${chartRaw}" does not exist (a .tgz from package-and-verify-helm-chart, a chart directory or oci://...)`
            });
            if (p?.kind === 'directory') {
                r.path(name, external_node_path_.join(p.path, 'Chart.yaml'), fsx, {
                    outside: true,
                    want: 'file',
                    missing: `directory "${chartRaw}" has no Chart.yaml`
                });
                return { kind: 'directory', path: p.path };
            }
            if (p && p.kind !== 'file')
                r.problem(name, `"${chartRaw}" is neither a file nor a directory`);
            return { kind: 'archive', path: p?.path ?? external_node_path_.resolve(r.workspaceDir, chartRaw) };
        }),
        'chart-version': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.custom((r, name) => {
            const v = r.string(name);
            if (!v)
                return v;
            if (!r.raw('chart').startsWith('oci://'))
                r.problem(name, 'only applies to oci:// charts; a packaged chart or directory has its own version');
            else if (!/^[0-9A-Za-z.+-]+$/.test(v))
                r.problem(name, `"${v}" is not a chart version`);
            return v;
        })),
        // Credentials for an oci:// chart's registry (ECR: the AWS SDK's, so none needed).
        'registry-username': inputTable/* input */.hF.custom((r, name) => {
            const v = r.string(name);
            if (!v && r.raw('registry-password'))
                r.problem(name, 'is required when registry-password is set');
            else if (v && !r.raw('registry-password'))
                r.problem('registry-password', 'is required when registry-username is set');
            else if (/[\s:]/.test(v))
                r.problem(name, 'must not contain whitespace or ":"');
            return v;
        }),
        'registry-password': inputTable/* input */.hF.custom((r, name) => {
            const v = r.raw(name);
            // Never echoed: only its shape is checked.
            if (/[\r\n]/.test(v))
                r.problem(name, 'must be one line (the value is not shown)');
            return v;
        }),
        'registry-plain-http': inputTable/* input */.hF.flag(false),
        'values-files': inputTable/* input */.hF.custom((r, name) => r.list(name).map(f => r.path(name, f, fsx, { outside: true, want: 'file' })?.path ?? f)),
        set: inputTable/* input */.hF.custom((r, name) => r.keyValues(name, inputs/* HELM_SET_KEY */.yB, { helmSet: true })),
        image: (0,inputTable/* hidden */.R)(inputTable/* input */.hF.text({
            pattern: IMAGE_REPOSITORY,
            hint: 'expected <registry>/<repository> without tag or digest',
            check: v => {
                const host = /^([^/]+)\//.exec(v)?.[1];
                const port = host ? (0,inputs/* portProblem */.BI)(host) : undefined;
                return port && `registry ${port}`;
            }
        })),
        'image-tag': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.text({ pattern: inputs/* OCI_TAG */.Pz, hint: 'letters, digits, _ . -; at most 128' })),
        'image-digest': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.text({ pattern: inputs/* SHA256_DIGEST */.fu, hint: 'expected sha256: followed by 64 lower-case hex digits' })),
        'image-values-key': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.text({ default: 'image', pattern: VALUES_KEY, hint: 'a dotted values path such as image' })),
        // Before anything changes: can this job read the image it deploys (steps/image.ts)?
        'image-check': inputTable/* input */.hF.custom((r, name) => {
            const v = r.enumOf(name, IMAGE_CHECK_MODES, 'auto');
            if (v === 'on') {
                if (r.raw('rollback-to') || r.raw('dry-run') === 'record')
                    r.problem(name, `on does not apply with ${r.raw('rollback-to') ? 'rollback-to' : 'dry-run record'} (no image is given to check)`);
                else if (!r.raw('image') || (!r.raw('image-digest') && !r.raw('image-tag')))
                    r.problem(name, 'on needs image with image-digest or image-tag (the image to check)');
            }
            return v;
        }, 'auto'),
        'create-namespace': inputTable/* input */.hF.flag(true),
        // Pod Security labels of a namespace this action creates (namespace.ts has the grammar).
        'namespace-pod-security': inputTable/* input */.hF.custom((r, name) => {
            const ps = (0,namespace/* parsePodSecurity */.LH)(r.string(name, { default: 'enforce=restricted' }));
            for (const p of ps.problems)
                r.problem(name, p);
            return ps.value;
        }, 'enforce=restricted'),
        wait: inputTable/* input */.hF.flag(true),
        timeout: (0,inputTable/* hidden */.R)(inputTable/* input */.hF.duration('5m')),
        'rollback-on-failure': inputTable/* input */.hF.flag(true),
        'history-max': inputTable/* input */.hF.integer(10, { min: 0, max: 1000 }),
        'skip-unchanged': inputTable/* input */.hF.flag(true),
        'recover-stuck': inputTable/* input */.hF.flag(true),
        'dry-run': inputTable/* input */.hF.oneOf(DRY_RUN_MODES, 'none'),
        'force-conflicts': inputTable/* input */.hF.flag(false),
        // Rollback on demand: `previous` or a revision number; the stored revision brings its chart,
        // values and image, so none of those inputs may be given with it.
        'rollback-to': inputTable/* input */.hF.custom((r, name) => {
            const v = r.string(name);
            if (!v)
                return '';
            if (!ROLLBACK_TO.test(v)) {
                r.problem(name, `"${v}" is neither previous nor a revision number`);
                return '';
            }
            const given = ['values-files', 'set', 'image', 'image-tag', 'image-digest', 'chart-version'].filter(k => r.raw(k) !== '');
            if (given.length)
                r.problem(name, `cannot be combined with ${given.join(', ')} (the stored revision brings its own)`);
            if (r.raw('dry-run') && r.raw('dry-run') !== 'none')
                r.problem(name, 'cannot be combined with dry-run');
            return v;
        }),
        // A smoke path must be provably confined to the release's service proxy (smokePath.ts).
        'smoke-path': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.custom((r, name) => {
            const v = r.raw(name);
            const problem = v ? (0,smokePath/* smokePathProblem */.Wc)(v) : undefined;
            if (problem)
                r.problem(name, problem);
            return problem ? '' : v;
        })),
        'smoke-service': (0,inputTable/* hidden */.R)(inputTable/* input */.hF.text({
            check: v => (SMOKE_SERVICE.test(v) ? undefined : `"${v}" is not <service>[:<port>]`)
        })),
        ...gateInputTable(),
        ...(0,helmInputs/* helmToolInputs */.Wx)(fsx)
    };
}
/** The table itself, for the checks that compare it with action.yml (names and defaults). */
const INPUT_TABLE = inputs_inputTable({}, realFs);
function getInputs(lookup, env, fsx = realFs) {
    const workspace = external_node_path_.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
    const r = new inputs/* InputReader */.i_(lookup, workspace);
    const table = inputs_inputTable(env, fsx);
    const v = (0,inputTable/* readTable */.xz)(table, r);
    const cluster = v.clusterName
        ? { kind: 'eks', clusterName: v.clusterName, region: v.awsRegion }
        : (v.kubeconfig ?? { kind: 'kubeconfig' });
    const sm = SMOKE_SERVICE.exec(v.smokeService);
    if (v.smokeService && !r.raw('smoke-path'))
        r.problem('smoke-service', 'needs smoke-path');
    const smoke = v.smokePath ? { path: v.smokePath, service: sm?.[1] ?? '', port: sm?.[4] ?? '' } : undefined;
    r.finish();
    return {
        ...(0,inputTable/* exposedValues */.l)(table, v),
        cluster,
        image: { repository: v.image, tag: v.imageTag, digest: v.imageDigest, valuesKey: v.imageValuesKey },
        timeoutSeconds: v.timeout,
        smoke,
        gates: gateInputsOf(v),
        workspace,
        runnerTemp: env['RUNNER_TEMP'] || external_node_os_.tmpdir()
    };
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/main.ts
/**
 * deploy-to-eks as a declaration for the action skeleton (src/lib/entry.ts): inputs validated
 * first (cheap: no https, zlib, SDK or yaml loaded), then the deploy machinery loaded lazily.
 */



const action = (0,entry/* defineAction */.QP)({
    name: 'deploy-to-eks',
    inputs: rt => getInputs((0,inputs/* envLookup */.q1)(rt.env), rt.env),
    work: async () => (await __nccwpck_require__.e(/* import() */ 640).then(__nccwpck_require__.bind(__nccwpck_require__, 4640))).run,
    onCancel: 'stopping helm and leaving the release recoverable.',
    summary: async (facts) => (await __nccwpck_require__.e(/* import() */ 640).then(__nccwpck_require__.bind(__nccwpck_require__, 4640))).summaryOf(facts)
});

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/index.ts
/** Entry point the runner executes (bundled to dist/); the action is declared in main.ts. */

void action.main();

module.exports = __webpack_exports__;
/******/ })()
;