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
/* harmony export */   u0: () => (/* binding */ ECR_HOST)
/* harmony export */ });
/* unused harmony exports ECR_REPOSITORY, IMMUTABLE_TAG_REFUSAL, REGISTRY_HOST, parseEcrHost, repositoryProblem, tagProblem, planTags */
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

/***/ 4571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ annotationsOf),
/* harmony export */   Rf: () => (/* binding */ describePort),
/* harmony export */   de: () => (/* binding */ selectorMatches),
/* harmony export */   gR: () => (/* binding */ Collector),
/* harmony export */   r5: () => (/* binding */ describeSelector),
/* harmony export */   vW: () => (/* binding */ portRef),
/* harmony export */   x4: () => (/* binding */ ANY),
/* harmony export */   xh: () => (/* binding */ isEmptySelector)
/* harmony export */ });
/* harmony import */ var _src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1005);
/**
 * What every check module shares: the finding type, a collector, tolerant accessors over parsed
 * YAML (a chart may render anything), and Kubernetes label-selector semantics extended with a
 * wildcard for labels a controller adds with a value the render cannot know (a pod-template-hash).
 */


function annotationsOf(o) {
    return (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .strMap */ .qR)((0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .rec */ .D9)(o.doc['metadata'])['annotations']);
}
class Collector {
    findings = [];
    add(level, check, o, message) {
        this.findings.push({ level, check, message, object: o ? o.id : '', source: o ? o.source : '' });
    }
    /**
     * A finding the render itself shows to be intended (the evidence is the reason): listed in the
     * summary as exempted like a declared exemption, never silently dropped, never failing.
     */
    inferred(level, check, o, message, reason) {
        this.findings.push({ level, check, message, object: o.id, source: o.source, exempted: reason });
    }
}
/**
 * A label value a controller sets that the render cannot predict (a hash, a uid, a generated Job
 * name). Label values cannot contain NUL, so this never collides with a real value.
 */
const ANY = '\u0000any';
/**
 * Kubernetes label-selector semantics (src/lib/kubeObject) over pod labels that may hold ANY:
 * such a label takes the value the selector asks for (ANY is never in a NotIn list).
 */
function selectorMatches(selector, labels, plainMap = false) {
    if (!Object.values(labels).includes(ANY))
        return (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .selectorMatches */ .de)(selector, labels, plainMap);
    const wanted = plainMap ? (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .strMap */ .qR)(selector) : (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .strMap */ .qR)(selector['matchLabels']);
    if (!plainMap)
        for (const e of (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .arr */ .QL)(selector['matchExpressions'])) {
            const ex = (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .rec */ .D9)(e);
            const first = (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .arr */ .QL)(ex['values']).map(String)[0];
            if (ex['operator'] === 'In' && first !== undefined)
                wanted[String(ex['key'] ?? '')] ??= first;
        }
    const concrete = {};
    for (const [k, v] of Object.entries(labels))
        concrete[k] = v === ANY ? (wanted[k] ?? ANY) : v;
    return (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .selectorMatches */ .de)(selector, concrete, plainMap);
}
function isEmptySelector(selector) {
    return (Object.keys((0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .strMap */ .qR)(selector['matchLabels'])).length === 0 &&
        (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .arr */ .QL)(selector['matchExpressions']).length === 0);
}
function describeSelector(selector) {
    return Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
function portRef(v) {
    if (typeof v === 'number')
        return { number: v };
    if (typeof v === 'string' && /^\d+$/.test(v))
        return { number: Number(v) };
    if (typeof v === 'string' && v)
        return { name: v };
    return {};
}
function describePort(p) {
    return p.name !== undefined ? `"${p.name}"` : String(p.number);
}


/***/ }),

/***/ 6894:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tr: () => (/* binding */ parseExemptionLine),
/* harmony export */   rY: () => (/* binding */ applyExemptions),
/* harmony export */   vL: () => (/* binding */ exemptionsFromAnnotations)
/* harmony export */ });
/* unused harmony exports EXEMPT_ANNOTATION, EXTERNAL_SELECTOR, SELECTOR_CHECKS, EXEMPTABLE_CHECKS */
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4571);

const EXEMPT_ANNOTATION = 'flygtaxi.dev/verify-exempt';
const EXTERNAL_SELECTOR = 'external-selector';
/** The checks an external-selector declaration covers. */
const SELECTOR_CHECKS = [
    'service-selector',
    'service-target-port',
    'pdb-target',
    'servicemonitor-selector',
    'servicemonitor-port'
];
/** Object-level checks an exemption may name. */
const EXEMPTABLE_CHECKS = [
    ...SELECTOR_CHECKS,
    'workload-selector',
    'ingress-backend',
    'service-account',
    'irsa-role-arn',
    'hpa-target',
    'rollout-ref',
    'secret-ref',
    'host-access',
    'privileged',
    'security-context',
    'read-only-root-filesystem',
    'image-tag',
    'resources',
    'probes',
    'duplicate-key',
    EXTERNAL_SELECTOR
];
/** `<check>=<reason>` → parts; an error sentence when malformed. */
function parseCheckReason(text) {
    const eq = text.indexOf('=');
    const check = (eq < 0 ? text : text.slice(0, eq)).trim();
    const reason = eq < 0 ? '' : text.slice(eq + 1).trim();
    if (!EXEMPTABLE_CHECKS.includes(check))
        return `"${check}" is not a check that can be exempted (one of ${EXEMPTABLE_CHECKS.join(', ')})`;
    if (!reason)
        return `the exemption of ${check} gives no reason (${check}=<why this is intended>)`;
    return { check, reason };
}
/** One line of the `exemptions` input: `<Kind>/<name>:<check>=<reason>`. */
function parseExemptionLine(line) {
    const m = /^([A-Za-z][A-Za-z0-9]*)\/([^:\s]+):(.*)$/.exec(line.trim());
    if (!m)
        return `"${line.trim()}" is not <Kind>/<name>:<check>=<reason>`;
    const cr = parseCheckReason(m[3]);
    if (typeof cr === 'string')
        return cr;
    return { kind: m[1], name: m[2], ...cr, from: 'input', source: '' };
}
/** Exemptions the chart declares on its objects; malformed ones become warnings. */
function exemptionsFromAnnotations(objects, out) {
    const found = [];
    for (const o of objects) {
        const raw = (0,_common__WEBPACK_IMPORTED_MODULE_0__/* .annotationsOf */ .Ih)(o)[EXEMPT_ANNOTATION];
        if (raw === undefined)
            continue;
        for (const part of raw
            .split(',')
            .map(s => s.trim())
            .filter(Boolean)) {
            const cr = parseCheckReason(part);
            if (typeof cr === 'string')
                out.add('warning', 'exemption', o, `${o.id}: ${EXEMPT_ANNOTATION}: ${cr}`);
            else
                found.push({ kind: o.kind, name: o.name, ...cr, from: 'annotation', source: o.source });
        }
    }
    return found;
}
function covers(e, f) {
    if (f.object !== `${e.kind}/${e.name}`)
        return false;
    return e.check === EXTERNAL_SELECTOR ? SELECTOR_CHECKS.includes(f.check) : e.check === f.check;
}
/**
 * Marks the findings the exemptions cover (their reason kept) and reports every exemption that
 * covers nothing as a warning naming it.
 */
function applyExemptions(findings, exemptions) {
    const used = new Set();
    const out = findings.map(f => {
        const e = exemptions.find(x => covers(x, f));
        if (!e)
            return f;
        used.add(e);
        const reason = e.check === EXTERNAL_SELECTOR ? `selects pods outside the release: ${e.reason}` : e.reason;
        return { ...f, exempted: `${reason} (${e.from === 'input' ? 'exemptions input' : EXEMPT_ANNOTATION})` };
    });
    for (const e of exemptions) {
        if (used.has(e))
            continue;
        out.push({
            level: 'warning',
            check: 'exemption',
            object: `${e.kind}/${e.name}`,
            source: e.source,
            message: `the exemption ${e.kind}/${e.name}:${e.check} (${e.from === 'input' ? 'exemptions input' : EXEMPT_ANNOTATION}) covers no finding: the object ${e.from === 'input' ? 'is not in the render or ' : ''}has no ${e.check} finding`
        });
    }
    return out;
}


/***/ }),

/***/ 7118:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ hasHook),
/* harmony export */   D0: () => (/* binding */ podTemplateOf),
/* harmony export */   Mz: () => (/* binding */ containersOf),
/* harmony export */   R7: () => (/* binding */ podTemplates),
/* harmony export */   c3: () => (/* binding */ workloadRefOf),
/* harmony export */   kA: () => (/* binding */ isRollout),
/* harmony export */   qt: () => (/* binding */ parseLabelList)
/* harmony export */ });
/* unused harmony exports KNOWN_CUSTOM_WORKLOADS, POD_LABELS_ANNOTATION, isTestHook, customWorkloadPods */
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4571);
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1005);

const LONG_RUNNING = new Set([
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'ReplicationController'
]);
const WORKLOAD_KINDS = new Set([...LONG_RUNNING, 'Job', 'CronJob', 'Pod']);
/** Argo Rollouts' Rollout: a Deployment replacement (argoproj.io/v1alpha1). */
function isRollout(o) {
    return o.kind === 'Rollout' && o.apiVersion.startsWith('argoproj.io/');
}
const MANAGED_BY_PROMETHEUS_OPERATOR = { 'app.kubernetes.io/managed-by': 'prometheus-operator' };
/**
 * Operators whose custom resources are common in charts, with the labels the operator puts on
 * the pods it creates (prometheus-operator's statefulset builders), so a chart's own Service and
 * PDB over `prometheus-<name>` pods are judged against what will run.
 */
const KNOWN_CUSTOM_WORKLOADS = [
    {
        kind: 'Prometheus',
        group: 'monitoring.coreos.com',
        labels: {
            ...MANAGED_BY_PROMETHEUS_OPERATOR,
            'app.kubernetes.io/name': 'prometheus',
            'app.kubernetes.io/instance': '{name}',
            'operator.prometheus.io/name': '{name}',
            prometheus: '{name}'
        }
    },
    {
        kind: 'PrometheusAgent',
        group: 'monitoring.coreos.com',
        labels: {
            ...MANAGED_BY_PROMETHEUS_OPERATOR,
            'app.kubernetes.io/name': 'prometheus-agent',
            'app.kubernetes.io/instance': '{name}',
            'operator.prometheus.io/name': '{name}'
        }
    },
    {
        kind: 'Alertmanager',
        group: 'monitoring.coreos.com',
        labels: {
            ...MANAGED_BY_PROMETHEUS_OPERATOR,
            'app.kubernetes.io/name': 'alertmanager',
            'app.kubernetes.io/instance': '{name}',
            alertmanager: '{name}'
        }
    },
    {
        kind: 'ThanosRuler',
        group: 'monitoring.coreos.com',
        labels: {
            ...MANAGED_BY_PROMETHEUS_OPERATOR,
            'app.kubernetes.io/name': 'thanos-ruler',
            'app.kubernetes.io/instance': '{name}',
            'thanos-ruler': '{name}'
        }
    }
];
/**
 * Annotation a chart puts on its own custom resource to say which labels its operator gives the
 * pods (`app=db,cluster={name}`), for operators this action does not know.
 */
const POD_LABELS_ANNOTATION = 'flygtaxi.dev/pod-labels';
function isTestHook(o) {
    const hooks = (0,_common__WEBPACK_IMPORTED_MODULE_0__/* .annotationsOf */ .Ih)(o)['helm.sh/hook'] ?? '';
    return hooks
        .split(',')
        .map(s => s.trim())
        .some(h => h === 'test' || h === 'test-success');
}
function hasHook(o) {
    return (0,_common__WEBPACK_IMPORTED_MODULE_0__/* .annotationsOf */ .Ih)(o)['helm.sh/hook'] !== undefined;
}
function groupOf(apiVersion) {
    const i = apiVersion.indexOf('/');
    return i > 0 ? apiVersion.slice(0, i) : '';
}
/** `k=v,k2={name}` → labels; undefined when malformed. */
function parseLabelList(text) {
    const out = {};
    for (const part of text.split(',').map(s => s.trim())) {
        if (!part)
            continue;
        const eq = part.indexOf('=');
        if (eq <= 0)
            return undefined;
        out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    return Object.keys(out).length ? out : undefined;
}
function replicasOf(o, objects) {
    const own = Number((0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(o.doc['spec'])['replicas'] ?? 1);
    // An HPA may scale it beyond spec.replicas: its pods can have any ordinal below maxReplicas.
    const hpaMax = objects
        .filter(h => h.kind === 'HorizontalPodAutoscaler')
        .map(h => (0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(h.doc['spec']))
        .filter(s => (0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(s['scaleTargetRef'])['kind'] === o.kind && (0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(s['scaleTargetRef'])['name'] === o.name)
        .map(s => Number(s['maxReplicas'] ?? 0));
    const n = Math.max(Number.isFinite(own) ? own : 1, ...hpaMax.filter(Number.isFinite), 1);
    // Enough to judge any per-pod Service a chart writes; a bound keeps a typo'd 1e9 cheap.
    return Math.min(n, 1000);
}
/** The labels each controller adds to the pods it creates, on top of the template's. */
function controllerPods(o, labels, objects) {
    switch (o.kind) {
        case 'Deployment':
            return [{ ...labels, 'pod-template-hash': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4 }];
        case 'StatefulSet': {
            const n = replicasOf(o, objects);
            const start = Number((0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)((0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(o.doc['spec'])['ordinals'])['start'] ?? 0) || 0;
            return Array.from({ length: n }, (_, i) => ({
                ...labels,
                'controller-revision-hash': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4,
                'statefulset.kubernetes.io/pod-name': `${o.name}-${start + i}`,
                'apps.kubernetes.io/pod-index': String(start + i)
            }));
        }
        case 'DaemonSet':
            return [{ ...labels, 'controller-revision-hash': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4, 'pod-template-generation': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4 }];
        case 'Job':
            return [
                {
                    ...labels,
                    'batch.kubernetes.io/job-name': o.name,
                    'job-name': o.name,
                    'batch.kubernetes.io/controller-uid': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4,
                    'controller-uid': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4,
                    ...((0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(o.doc['spec'])['completionMode'] === 'Indexed'
                        ? { 'batch.kubernetes.io/job-completion-index': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4 }
                        : {})
                }
            ];
        case 'CronJob':
            // The Jobs are named <cronjob>-<scheduled time>: not knowable from the render.
            return [
                {
                    ...labels,
                    'batch.kubernetes.io/job-name': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4,
                    'job-name': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4,
                    'batch.kubernetes.io/controller-uid': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4,
                    'controller-uid': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4
                }
            ];
        case 'Rollout':
            return [{ ...labels, 'rollouts-pod-template-hash': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4 }];
        default:
            return [labels];
    }
}
function describePods(o, pods) {
    if (o.kind === 'StatefulSet' && pods.length) {
        const names = pods.map(p => p['statefulset.kubernetes.io/pod-name']);
        return `${o.id} (pods ${names.length > 1 ? `${names[0]}..${names[names.length - 1]}` : names[0]})`;
    }
    return o.id;
}
function templateOf(o) {
    if (o.kind === 'Pod')
        return o.doc;
    if (o.kind === 'CronJob')
        return (0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)((0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)((0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)((0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(o.doc['spec'])['jobTemplate'])['spec'])['template']);
    return (0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)((0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(o.doc['spec'])['template']);
}
/** The Deployment an Argo Rollout takes its pod template from (spec.workloadRef), if any. */
function workloadRefOf(o) {
    const ref = (0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)((0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(o.doc['spec'])['workloadRef']);
    if (!Object.keys(ref).length)
        return undefined;
    return { kind: String(ref['kind'] ?? ''), name: String(ref['name'] ?? '') };
}
function podTemplateOf(o, defaultNamespace, objects = [o]) {
    const namespace = o.namespace || defaultNamespace;
    if (WORKLOAD_KINDS.has(o.kind) || isRollout(o)) {
        let tpl = templateOf(o);
        let policy = true;
        const ref = isRollout(o) ? workloadRefOf(o) : undefined;
        if (ref) {
            // The template is the referenced Deployment's, which gets checked on its own.
            const target = objects.find(d => d.kind === ref.kind && d.name === ref.name && (d.namespace || defaultNamespace) === namespace);
            if (!target)
                return undefined;
            tpl = templateOf(target);
            policy = false;
        }
        const labels = (0,_common__WEBPACK_IMPORTED_MODULE_1__/* .strMap */ .qR)((0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(tpl['metadata'])['labels']);
        const pods = controllerPods(o, labels, objects);
        return {
            owner: o,
            namespace,
            labels,
            pods,
            spec: (0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(tpl['spec']),
            longRunning: LONG_RUNNING.has(o.kind) || isRollout(o),
            testHook: isTestHook(o),
            policy,
            containersKnown: true,
            describe: describePods(o, pods)
        };
    }
    return customWorkloadPods(o, namespace, []);
}
/** Pods an operator makes from a custom resource: known kinds, declared kinds, or the annotation. */
function customWorkloadPods(o, namespace, declared) {
    const group = groupOf(o.apiVersion);
    const annotated = (0,_common__WEBPACK_IMPORTED_MODULE_0__/* .annotationsOf */ .Ih)(o)[POD_LABELS_ANNOTATION];
    const fromAnnotation = annotated !== undefined ? parseLabelList(annotated) : undefined;
    const known = [...declared, ...KNOWN_CUSTOM_WORKLOADS].find(w => w.kind === o.kind && (w.group === '' || w.group === group));
    if (!fromAnnotation && !known)
        return undefined;
    const base = {};
    for (const [k, v] of Object.entries(fromAnnotation ?? known?.labels ?? {}))
        base[k] = v.replace(/\{name\}/g, o.name);
    const spec = (0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(o.doc['spec']);
    // prometheus-operator CRs let the chart add pod labels (spec.podMetadata.labels).
    const labels = { ...base, ...(0,_common__WEBPACK_IMPORTED_MODULE_1__/* .strMap */ .qR)((0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(spec['podMetadata'])['labels']) };
    // Operators run these as StatefulSets whose pods get the controller's labels too.
    const pods = [
        {
            ...labels,
            'controller-revision-hash': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4,
            'statefulset.kubernetes.io/pod-name': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4,
            'apps.kubernetes.io/pod-index': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4
        }
    ];
    if (known?.group === 'monitoring.coreos.com')
        Object.assign(pods[0], {
            'app.kubernetes.io/version': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4,
            'operator.prometheus.io/shard': _common__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4
        });
    return {
        owner: o,
        namespace,
        labels,
        pods,
        spec: {},
        longRunning: true,
        testHook: false,
        policy: false,
        containersKnown: false,
        describe: `${o.id} (pods made by its operator)`
    };
}
/** Every pod-making object of the render, with its pods. */
function podTemplates(objects, defaultNamespace, declared = []) {
    const out = [];
    for (const o of objects) {
        const p = WORKLOAD_KINDS.has(o.kind) || isRollout(o)
            ? podTemplateOf(o, defaultNamespace, objects)
            : customWorkloadPods(o, o.namespace || defaultNamespace, declared);
        if (p)
            out.push(p);
    }
    return out;
}
function containersOf(spec) {
    const out = [];
    for (const c of (0,_common__WEBPACK_IMPORTED_MODULE_1__/* .arr */ .QL)(spec['initContainers']))
        out.push({ c: (0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(c), name: String((0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(c)['name'] ?? '?'), init: true });
    for (const c of (0,_common__WEBPACK_IMPORTED_MODULE_1__/* .arr */ .QL)(spec['containers']))
        out.push({ c: (0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(c), name: String((0,_common__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(c)['name'] ?? '?'), init: false });
    return out;
}


/***/ }),

/***/ 8237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dR: () => (/* binding */ ActionFailure),
  QP: () => (/* binding */ defineAction),
  jg: () => (/* binding */ failureSummary)
});

// UNUSED EXPORTS: POST_STATE

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

/***/ 766:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   m0: () => (/* binding */ exec)
/* harmony export */ });
/* unused harmony exports CommandNotFoundError, execChecked */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7268);
/**
 * Process execution with argument arrays only (never a shell string built from input).
 * Secrets travel on stdin or in files; output can be streamed line by line and is captured for
 * error messages. SIGINT/SIGTERM sent to this process (a cancelled workflow run) are passed on to
 * the child so tools such as helm can stop cleanly.
 * Why not @actions/exec: its ExecOptions (1.1.1) have no timeout and nothing that kills or signals
 * the child, and it does not pass a cancelled run's SIGINT/SIGTERM on; both are needed here.
 *
 * Process groups: a child with a `timeoutMs` is started as the leader of its own process group
 * (`detached`, i.e. setsid) so that the timeout ends the whole group. The timeout ends in SIGKILL,
 * which no tool can clean up after: a grandchild (a credential plugin's helper, `sh -c` running a
 * tool) would otherwise keep the pipes open and the step would hang after its child was killed.
 * Every other child stays attached: in this process's group and session. Why, measured: `setsid`
 * also makes the child a session of its own, and with Linux's autogroup scheduler
 * (kernel.sched_autogroup_enabled=1, as on this machine) every session is its own scheduling
 * group, whose wake-ups wait behind the other groups on a busy machine. A bare `helm test` (nearly
 * all wake-ups: watch events) spawned detached took 1.68× the wall time of an attached one at
 * load 20–30 (session 2), and 1.26× at load 5–10 in session 3 (medians of 15, interleaved:
 * detached 554 ms, attached 440 ms, spawnSync 460 ms); session 2 saw the same CPU time either
 * way. On a quiet machine (load < 3) it is 0.98–1.02×. bench/gates.ts keeps a detached bare helm test as a control. helm upgrade and test, the
 * gates' critical path, have no timeout here (helm's own --timeout bounds them): they run attached.
 *
 * Cancelling: the runner signals only this process (kill(pid), not the group), so SIGINT/SIGTERM
 * are passed on: to the whole group of a detached child (its grandchildren get the runner's
 * signal too), to an attached child itself. An attached child's own children are in this
 * process's group; a tool stops them on SIGINT/SIGTERM (helm does), and whatever outlives
 * the step is ended by the runner's orphan-process cleanup when the job ends. A terminal's Ctrl-C
 * (the whole foreground group) reaches an attached child directly and once more forwarded: helm
 * install/upgrade cancel on the first and ignore a repeat (helm v4 pkg/cmd/upgrade.go reads its
 * signal channel once), its other commands exit on the first.
 */




/** Thrown when a command cannot be started at all (not installed, not executable). */
class CommandNotFoundError extends _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
    constructor(command, hint = '') {
        super(`${command} was not found or cannot be executed${hint ? `: ${hint}` : ''}`);
        this.name = 'CommandNotFoundError';
    }
}
function lineSplitter(onLine) {
    let rest = '';
    return {
        push(chunk) {
            if (!onLine)
                return;
            rest += chunk;
            let i;
            while ((i = rest.indexOf('\n')) >= 0) {
                onLine(rest.slice(0, i).replace(/\r$/, ''));
                rest = rest.slice(i + 1);
            }
        },
        flush() {
            if (onLine && rest)
                onLine(rest);
            rest = '';
        }
    };
}
/** Runs a command to completion; resolves with its result whatever the exit code. */
function exec(command, args, opts = {}) {
    const started = Date.now();
    const ownGroup = !!opts.timeoutMs;
    return new Promise((resolve, reject) => {
        const spawnOpts = {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            // Its own process group only when a timeout may have to end its descendants (killGroup).
            detached: ownGroup
        };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, spawnOpts);
        /** Signals the child's whole process group when it has one of its own, else the child. */
        const killGroup = (sig) => {
            try {
                if (ownGroup && child.pid)
                    process.kill(-child.pid, sig);
                else
                    child.kill(sig);
            }
            catch {
                child.kill(sig);
            }
        };
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        const out = lineSplitter(opts.onStdoutLine);
        const err = lineSplitter(opts.onStderrLine);
        // The runner signals only this process: pass it on (see the header), and the tool (helm)
        // stops its own work cleanly.
        const forward = (sig) => () => killGroup(sig);
        const onInt = forward('SIGINT');
        const onTerm = forward('SIGTERM');
        if (opts.forwardSignals !== false) {
            process.on('SIGINT', onInt);
            process.on('SIGTERM', onTerm);
        }
        const onAbort = () => child.kill('SIGINT');
        opts.abort?.addEventListener('abort', onAbort, { once: true });
        let killTimer;
        let hardKillTimer;
        if (opts.timeoutMs) {
            killTimer = setTimeout(() => {
                timedOut = true;
                killGroup('SIGTERM');
                hardKillTimer = setTimeout(() => killGroup('SIGKILL'), 5000);
                hardKillTimer.unref();
            }, opts.timeoutMs);
        }
        const cleanup = () => {
            process.off('SIGINT', onInt);
            process.off('SIGTERM', onTerm);
            opts.abort?.removeEventListener('abort', onAbort);
            if (killTimer)
                clearTimeout(killTimer);
            if (hardKillTimer)
                clearTimeout(hardKillTimer);
        };
        child.stdout?.setEncoding('utf8');
        child.stderr?.setEncoding('utf8');
        child.stdout?.on('data', (d) => {
            stdout += d;
            out.push(d);
        });
        child.stderr?.on('data', (d) => {
            stderr += d;
            err.push(d);
        });
        child.on('error', e => {
            cleanup();
            const code = e.code;
            if (code === 'ENOENT' || code === 'EACCES')
                reject(new CommandNotFoundError(command));
            else
                reject(e);
        });
        child.on('close', (code, signal) => {
            cleanup();
            out.flush();
            err.flush();
            resolve({
                command,
                args,
                exitCode: code ?? (signal ? 128 : 1),
                signal,
                stdout,
                stderr,
                durationMs: Date.now() - started,
                timedOut
            });
        });
        child.stdin?.on('error', () => {
            /* the child may exit before reading stdin; its exit code tells the story */
        });
        if (opts.input !== undefined)
            child.stdin?.end(opts.input);
        else
            child.stdin?.end();
    });
}
/** The last `n` non-empty lines of a tool's output, for an error message. */
function tail(text, n = 15) {
    return text
        .split('\n')
        .map(l => l.trimEnd())
        .filter(Boolean)
        .slice(-n)
        .join('\n');
}
/** Runs a command and throws a UserError with its output's tail when it fails. */
async function execChecked(command, args, opts = {}) {
    const res = await exec(command, args, opts);
    if (res.exitCode !== 0) {
        const what = opts.what ?? `${command} ${args[0] ?? ''}`.trim();
        const reason = res.timedOut ? 'timed out' : `exited with code ${res.exitCode}`;
        throw new UserError(`${what} ${reason}:\n${tail(res.stderr || res.stdout)}`);
    }
    return res;
}
/**
 * The first executable `name` on PATH (no shell `which`); on Windows also `name.exe`. The one
 * lookup the actions share: helm resolution and builder detection both use it.
 */
function findOnPath(name, env, platform = process.platform) {
    const dirs = (env['PATH'] ?? env['Path'] ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean);
    const names = platform === 'win32' ? [`${name}.exe`, name] : [name];
    for (const d of dirs) {
        for (const n of names) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, n);
            try {
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(p).isFile())
                    continue;
                if (platform !== 'win32')
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(p, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
                return p;
            }
            catch {
                /* not here, or not executable: next */
            }
        }
    }
    return undefined;
}


/***/ }),

/***/ 7407:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cc: () => (/* binding */ HELM_DOWNLOAD_BASE),
/* harmony export */   md: () => (/* binding */ helmValuesArgs),
/* harmony export */   pG: () => (/* binding */ withHelm)
/* harmony export */ });
/* unused harmony exports DEFAULT_HELM_VERSION, helmMajor, helmPlatform, helmDownload, parseSha256Sum, sha256File, helmVersionOf, helmVersionFromBuildInfo, makeHelm, wantedHelmVersion, helmCandidate, resolveHelm, installHelm */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(766);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7268);
/* harmony import */ var _helmInputs__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(962);
/**
 * Finding (or installing) the pinned Helm CLI, shared by package-and-verify-helm-chart and
 * deploy-to-eks. Order: an explicit `helm-path` as is; `helm` on PATH when its version is the
 * wanted one; else the official release from get.helm.sh through @actions/tool-cache, verified
 * against the published `.sha256sum` before it is cached. @actions/tool-cache is loaded lazily:
 * it is heavy and most runs never need it.
 */






/** Must equal HELM_VERSION in tools/versions.env (what the bootstrap builds); a test checks it. */
const DEFAULT_HELM_VERSION = 'v4.3.1';
const HELM_DOWNLOAD_BASE = 'https://get.helm.sh';
function helmMajor(version) {
    const m = _helmInputs__WEBPACK_IMPORTED_MODULE_4__/* .HELM_VERSION_RE */ .QY.exec(version.trim());
    if (!m)
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`"${version}" is not a Helm version (expected e.g. ${DEFAULT_HELM_VERSION})`);
    return Number(m[1]);
}
const OS_NAMES = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'windows'
};
const ARCH_NAMES = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ia32: '386',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64'
};
/** Node's platform/arch names → the names Helm's release files use. */
function helmPlatform(platform, arch) {
    const os = OS_NAMES[platform];
    const a = ARCH_NAMES[arch];
    if (!os || !a)
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Helm publishes no release for ${platform}/${arch}; install helm yourself and set helm-path`);
    const windows = os === 'windows';
    return { os, arch: a, archive: windows ? 'zip' : 'tar.gz', binary: windows ? 'helm.exe' : 'helm' };
}
function helmDownload(version, p, base = HELM_DOWNLOAD_BASE) {
    const fileName = `helm-${version}-${p.os}-${p.arch}.${p.archive}`;
    const root = base.replace(/\/+$/, '');
    return {
        fileName,
        archiveUrl: `${root}/${fileName}`,
        checksumUrl: `${root}/${fileName}.sha256sum`,
        innerDir: `${p.os}-${p.arch}`,
        binary: p.binary
    };
}
/**
 * The hex digest from a `.sha256sum` file (`<hex>  <file>` as sha256sum writes it, or the bare
 * hex). When the file names files, the line for `fileName` is the one that counts.
 */
function parseSha256Sum(text, fileName) {
    const lines = text
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean);
    for (const line of lines) {
        const m = /^([a-fA-F0-9]{64})(?:\s+\*?(\S+))?$/.exec(line);
        if (!m)
            continue;
        if (m[2] === undefined || node_path__WEBPACK_IMPORTED_MODULE_1__.basename(m[2]) === fileName)
            return m[1].toLowerCase();
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the checksum file for ${fileName} holds no sha256 for it`);
}
async function sha256File(file) {
    // node:crypto is loaded only here: the entry chunk stays light for the validation-failure path.
    const { createHash } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 23));
    return new Promise((resolve, reject) => {
        const h = createHash('sha256');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file)
            .on('data', d => h.update(d))
            .on('error', reject)
            .on('end', () => resolve(h.digest('hex')));
    });
}
/** The version of a helm binary (from its build info, else `helm version`), or undefined when it does not run. */
async function helmVersionOf(helmPath, env) {
    const fromBinary = helmVersionFromBuildInfo(helmPath);
    if (fromBinary)
        return fromBinary;
    try {
        const res = await (0,_exec__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)(helmPath, ['version', '--template', '{{.Version}}'], {
            env,
            timeoutMs: 30_000,
            forwardSignals: false
        });
        if (res.exitCode !== 0)
            return undefined;
        return (0,_helmInputs__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHelmVersion */ .AZ)(res.stdout.trim());
    }
    catch {
        return undefined;
    }
}
/**
 * The version of a helm binary read from its Go build info, without running it (a helm process
 * costs 50-150 ms of CPU; this costs a few small reads). ELF only (Linux runners); undefined for
 * anything else (other formats, wrappers, old Go, not helm), and the caller runs `helm version`.
 * Prefers the `-X .../internal/version.version=` link flag (what `helm version` prints), then the
 * main module version (`go install helm.sh/helm/v4/cmd/helm@v4.3.1`).
 */
function helmVersionFromBuildInfo(file) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
        const info = readGoBuildInfo(fd);
        if (!info)
            return undefined;
        const lines = info.split('\n');
        const mainPath = lines.find(l => l.startsWith('path\t'))?.slice(5);
        if (!mainPath || !/^helm\.sh\/helm(\/v\d+)?\/cmd\/helm$/.test(mainPath))
            return undefined;
        const ldflags = lines.find(l => l.startsWith('build\t-ldflags='));
        const x = ldflags && /helm\.sh\/helm(?:\/v\d+)?\/internal\/version\.version=([^\s"']+)/.exec(ldflags);
        if (x)
            return (0,_helmInputs__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHelmVersion */ .AZ)(x[1]);
        const mod = lines.find(l => l.startsWith('mod\t'))?.split('\t')[2];
        return mod ? (0,_helmInputs__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHelmVersion */ .AZ)(mod) : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function readAt(fd, offset, length) {
    const buf = Buffer.alloc(length);
    const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, length, offset);
    return buf.subarray(0, n);
}
/** The module info string of an ELF Go binary's .go.buildinfo section (Go ≥ 1.18 layout). */
function readGoBuildInfo(fd) {
    const eh = readAt(fd, 0, 64);
    if (eh.length < 64 || eh.readUInt32BE(0) !== 0x7f454c46)
        return undefined;
    const is64 = eh[4] === 2;
    const le = eh[5] === 1;
    const u16 = (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b, o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const uw = (b, o) => is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
    const shoff = uw(eh, is64 ? 0x28 : 0x20);
    const shentsize = u16(eh, is64 ? 0x3a : 0x2e);
    const shnum = u16(eh, is64 ? 0x3c : 0x30);
    const shstrndx = u16(eh, is64 ? 0x3e : 0x32);
    if (!shoff || !shnum || shnum > 4096)
        return undefined;
    const sh = readAt(fd, shoff, shentsize * shnum);
    const section = (i) => {
        const o = i * shentsize;
        return {
            name: u32(sh, o),
            offset: uw(sh, o + (is64 ? 0x18 : 0x10)),
            size: uw(sh, o + (is64 ? 0x20 : 0x14))
        };
    };
    const strtab = section(shstrndx);
    const names = readAt(fd, strtab.offset, Math.min(strtab.size, 1 << 16));
    for (let i = 0; i < shnum; i++) {
        const s = section(i);
        const end = names.indexOf(0, s.name);
        if (names.toString('latin1', s.name, end) !== '.go.buildinfo')
            continue;
        const blob = readAt(fd, s.offset, Math.min(s.size, 1 << 20));
        // 32-byte header: "\xff Go buildinf:", pointer size, flags (bit 1: strings inline).
        if (blob.toString('latin1', 0, 14) !== '\xff Go buildinf:' || !(blob[15] & 2))
            return undefined;
        let pos = 32;
        const str = () => {
            let len = 0;
            for (let shift = 0;; shift += 7) {
                const b = blob[pos++];
                len += (b & 0x7f) * 2 ** shift;
                if (!(b & 0x80))
                    break;
            }
            const v = blob.subarray(pos, pos + len);
            pos += len;
            return v;
        };
        str(); // Go version
        const mod = str();
        // Module info is framed by 16-byte (binary) sentinels.
        return mod.length > 32 ? mod.subarray(16, mod.length - 16).toString('utf8') : undefined;
    }
    return undefined;
}
function makeHelm(helmPath, version, env) {
    return {
        path: helmPath,
        version,
        major: helmMajor(version),
        run: (args, opts = {}) => (0,_exec__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)(helmPath, args, { env, ...opts })
    };
}
/** `--values` for each file, then `--set` for each line: the order helm merges them in. */
function helmValuesArgs(valuesFiles, set) {
    const args = [];
    for (const f of valuesFiles)
        args.push('--values', f);
    for (const kv of set)
        args.push('--set', `${kv.key}=${kv.value}`);
    return args;
}
// Kept exported from here too: callers that resolve helm look it up where helm lives.

/** The wanted version, normalized; a UserError naming helm-version when it is not a version. */
function wantedHelmVersion(version) {
    const wanted = (0,_helmInputs__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHelmVersion */ .AZ)(version || DEFAULT_HELM_VERSION);
    if (!wanted)
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`helm-version "${version}" is not a version (expected e.g. ${DEFAULT_HELM_VERSION})`);
    return wanted;
}
/**
 * helm-path, else helm on PATH, with its version check started but not awaited: a caller can
 * start helm work that does not depend on the version (lint, package) while the check runs, and
 * must discard that work when `confirmed` gives undefined. undefined when there is no candidate.
 */
function helmCandidate(opts) {
    const wanted = wantedHelmVersion(opts.version);
    const bin = opts.helmPath || (0,_exec__WEBPACK_IMPORTED_MODULE_2__/* .findOnPath */ .aY)('helm', opts.env, opts.platform ?? process.platform);
    if (!bin)
        return undefined;
    const where = opts.helmPath ? `helm-path ${bin}` : `PATH (${bin})`;
    const fromBinary = helmVersionFromBuildInfo(bin);
    const how = fromBinary ? '; version read from its build info' : '';
    const confirmed = (fromBinary ? Promise.resolve(fromBinary) : helmVersionOf(bin, opts.env)).then(v => {
        if (opts.helmPath) {
            if (!v)
                throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`helm-path: ${bin} does not run as helm (\`helm version\` failed)`);
            opts.log(`Using helm ${v} from ${where}${how}`);
            return makeHelm(bin, v, opts.env);
        }
        if (v === wanted) {
            opts.log(`Using helm ${v} from ${where}${how}`);
            return makeHelm(bin, v, opts.env);
        }
        opts.log(`helm on PATH is ${v ?? 'not runnable'} (${bin}); installing ${wanted}`);
        return undefined;
    });
    // Callers may not await it when their own work fails first; that is not an unhandled rejection.
    confirmed.catch(() => undefined);
    return { helm: makeHelm(bin, wanted, opts.env), confirmed };
}
/**
 * Runs `attempt` on the candidate helm (helm-path, else PATH) while its version check runs, so
 * version-independent work overlaps `helm version`; when the candidate turns out to be another
 * version (or there is none), installs the wanted one and runs `attempt` once more on it.
 */
async function withHelm(opts, attempt, sources = { candidate: helmCandidate, install: installHelm }) {
    const candidate = sources.candidate(opts);
    if (candidate) {
        const result = await attempt(candidate.helm, candidate.confirmed);
        if (result !== undefined)
            return result;
    }
    const helm = await sources.install(wantedHelmVersion(opts.version), opts);
    const result = await attempt(helm);
    if (result === undefined)
        throw new Error('the helm work discarded its result although its helm was confirmed');
    return result;
}
async function resolveHelm(opts) {
    const wanted = wantedHelmVersion(opts.version);
    const candidate = helmCandidate(opts);
    const confirmed = candidate ? await candidate.confirmed : undefined;
    return confirmed ?? installHelm(wanted, opts);
}
/** Downloads, verifies and caches the official release; reuses the tool cache when it has it. */
async function installHelm(version, opts) {
    const p = helmPlatform(opts.platform ?? process.platform, opts.arch ?? process.arch);
    const dl = helmDownload(version, p, opts.downloadBaseUrl);
    const tc = await __nccwpck_require__.e(/* import() */ 472).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3472, 23));
    const semver = version.slice(1);
    // tool-cache reads these from process.env (a runner always sets them).
    const unset = ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP'].filter(k => !process.env[k]);
    if (unset.length) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`helm ${version} is not on PATH and ${unset.join(' and ')} ${unset.length === 1 ? 'is' : 'are'} unset, so it cannot be installed; put helm ${version} on PATH or set helm-path`);
    }
    let dir = tc.find('helm', semver, p.arch);
    if (!dir) {
        opts.log(`Downloading ${dl.archiveUrl}`);
        let archive;
        let sumFile;
        try {
            sumFile = await tc.downloadTool(dl.checksumUrl);
            archive = await tc.downloadTool(dl.archiveUrl);
        }
        catch (err) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`downloading helm ${version} from ${dl.archiveUrl} failed: ${(0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(err)}`);
        }
        const expected = parseSha256Sum((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(sumFile, 'utf8'), dl.fileName);
        const actual = await sha256File(archive);
        if (actual !== expected) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`checksum mismatch for ${dl.fileName}: expected sha256 ${expected}, downloaded ${actual}; refusing to use it`);
        }
        const extracted = p.archive === 'zip' ? await tc.extractZip(archive) : await tc.extractTar(archive);
        dir = await tc.cacheDir(node_path__WEBPACK_IMPORTED_MODULE_1__.join(extracted, dl.innerDir), 'helm', semver, p.arch);
        opts.log(`Installed helm ${version} (sha256 ${actual}) into the tool cache`);
    }
    else {
        opts.log(`Using helm ${version} from the tool cache`);
    }
    const bin = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, dl.binary);
    const v = await helmVersionOf(bin, opts.env);
    if (!v)
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the installed helm ${bin} does not run`);
    if (v !== version)
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the installed helm reports ${v}, expected ${version}`);
    return makeHelm(bin, v, opts.env);
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
/* harmony export */   hF: () => (/* binding */ input),
/* harmony export */   l: () => (/* binding */ exposedValues),
/* harmony export */   xz: () => (/* binding */ readTable)
/* harmony export */ });
/* unused harmony exports camelCase, tableDefaults, hidden */
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
/* harmony export */   a0: () => (/* binding */ DNS1123_LABEL),
/* harmony export */   ei: () => (/* binding */ DNS1123_SUBDOMAIN),
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   q1: () => (/* binding */ envLookup),
/* harmony export */   yB: () => (/* binding */ HELM_SET_KEY)
/* harmony export */ });
/* unused harmony exports DURATION_MAX_SECONDS, parseDuration, durationProblem, formatDuration, splitList, isInside, hasUnescapedComma, SHA256_DIGEST, OCI_TAG */
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

/***/ 1005:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ rec),
/* harmony export */   QL: () => (/* binding */ arr),
/* harmony export */   de: () => (/* binding */ selectorMatches),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   qR: () => (/* binding */ strMap),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports metadataOf, labelsOf, helmReleaseOf */
/** The value if it is a plain object, else {}. */
function rec(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function arr(v) {
    return Array.isArray(v) ? v : [];
}
/** A string, or a number as text; '' for anything else. */
function str(v) {
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}
/** A map of strings (labels, annotations, selectors); non-string values as text. */
function strMap(v) {
    const out = {};
    for (const [k, val] of Object.entries(rec(v)))
        out[k] = String(val);
    return out;
}
function metadataOf(o) {
    return rec(rec(o)['metadata']);
}
function labelsOf(o) {
    return strMap(metadataOf(o)['labels']);
}
function annotationsOf(o) {
    return strMap(metadataOf(o)['annotations']);
}
/** The Helm release an object belongs to (Helm's ownership annotation), '' when none. */
function helmReleaseOf(o) {
    return annotationsOf(o)['meta.helm.sh/release-name'] ?? '';
}
/** Kubernetes label-selector semantics (matchLabels + matchExpressions, or a plain map). */
function selectorMatches(selector, labels, plainMap = false) {
    const matchLabels = plainMap ? strMap(selector) : strMap(selector['matchLabels']);
    for (const [k, v] of Object.entries(matchLabels))
        if (labels[k] !== v)
            return false;
    if (plainMap)
        return true;
    for (const e of arr(selector['matchExpressions'])) {
        const ex = rec(e);
        const key = String(ex['key'] ?? '');
        const values = arr(ex['values']).map(String);
        const has = Object.prototype.hasOwnProperty.call(labels, key);
        switch (ex['operator']) {
            case 'In':
                if (!has || !values.includes(labels[key]))
                    return false;
                break;
            case 'NotIn':
                if (has && values.includes(labels[key]))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default:
                return false;
        }
    }
    return true;
}


/***/ }),

/***/ 6457:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bT: () => (/* binding */ parseOciRepository),
/* harmony export */   oQ: () => (/* binding */ formatOciChartRef)
/* harmony export */ });
/* unused harmony exports ociChartRefProblem, parseOciChartRef */
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
    if (!OCI_REPOSITORY.test(m[2]))
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
    return p === '' || _actions_build_push_ecr_src_imageNames__WEBPACK_IMPORTED_MODULE_0__/* .OCI_REPOSITORY */ .$g.test(p) ? { host: m[1], path: p } : undefined;
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/lib/helm.ts
var helm = __nccwpck_require__(7407);
// EXTERNAL MODULE: ./src/lib/helmInputs.ts
var helmInputs = __nccwpck_require__(962);
// EXTERNAL MODULE: ./src/lib/ociRef.ts
var ociRef = __nccwpck_require__(6457);
// EXTERNAL MODULE: ./src/lib/inputTable.ts
var inputTable = __nccwpck_require__(2587);
// EXTERNAL MODULE: ./actions/package-and-verify-helm-chart/src/checks/exemptions.ts
var exemptions = __nccwpck_require__(6894);
// EXTERNAL MODULE: ./actions/package-and-verify-helm-chart/src/checks/workloads.ts
var workloads = __nccwpck_require__(7118);
;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/inputs.ts
/**
 * The action's inputs (keys mirror action.yml), read and validated in one pass: every problem is
 * collected and reported together, by input name, before anything is written. Each input is
 * listed once, in the table below; `Inputs` is derived from it (src/lib/inputTable.ts).
 */









const POLICIES = ['strict', 'warn', 'off'];
/** SemVer 2 as Helm requires for chart versions. */
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;
const KUBE_VERSION = /^v?\d+\.\d+(\.\d+)?$/;
const API_VERSION = /^(?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v\d+[a-z0-9]*(?:\/[A-Z][A-Za-z0-9]*)?$/;
const CUSTOM_WORKLOAD = /^([A-Z][A-Za-z0-9]*)(?:\.([a-z0-9.-]+))?:\s*(.+)$/;
const DEFAULT_KINDS = 'Deployment,Service,ServiceAccount';
/** The inputs, in action.yml's order, each read and checked where it is listed. */
function inputs_inputTable(fsProbe, tempDir) {
    return {
        /**
         * Absolute chart directory. Reading (not writing) outside the workspace is harmless: allowed;
         * a symlink inside the workspace must not lead out of it (the shared path rule).
         */
        chart: inputTable/* input */.hF.custom((r, name) => {
            const raw = r.string(name, { required: true });
            if (!raw)
                return '';
            const p = r.path(name, raw, fsProbe, {
                outside: true,
                want: 'directory',
                missing: `directory "${raw}" does not exist`,
                notDirectory: `"${raw}" is not a directory (give the chart's source directory)`
            });
            if (!p)
                return external_node_path_.resolve(r.workspaceDir, raw);
            r.path(name, external_node_path_.join(raw, 'Chart.yaml'), fsProbe, {
                outside: true,
                want: 'file',
                missing: `"${raw}" has no Chart.yaml, so it is not a Helm chart`
            });
            return p.path;
        }),
        /** Absolute values files, in order (later files win, as with helm -f). */
        'values-files': inputTable/* input */.hF.custom((r, name) => r.list(name).map(v => r.path(name, v, fsProbe, {
            outside: true,
            want: 'file',
            missing: `file "${v}" does not exist`,
            notFile: `"${v}" is a directory, not a values file`
        })?.path ?? external_node_path_.resolve(r.workspaceDir, v))),
        set: inputTable/* input */.hF.custom((r, name) => r.keyValues(name, inputs/* HELM_SET_KEY */.yB, { helmSet: true })),
        'release-name': inputTable/* input */.hF.text({
            default: 'release',
            pattern: inputs/* DNS1123_LABEL */.a0,
            hint: 'lower-case letters, digits and -',
            check: v => (v.length > 53 ? `"${v}" is longer than Helm's limit of 53 characters` : undefined)
        }),
        namespace: inputTable/* input */.hF.text({
            default: 'default',
            pattern: inputs/* DNS1123_LABEL */.a0,
            hint: 'lower-case letters, digits and -',
            check: v => (v.length > 63 ? `"${v}" is longer than 63 characters` : undefined)
        }),
        /** '' keeps the version in Chart.yaml. */
        'chart-version': inputTable/* input */.hF.custom((r, name) => r
            .string(name, { pattern: SEMVER, hint: 'a SemVer 2 version such as 1.2.3 or 1.2.3-rc.1' })
            .replace(/^v/, '')),
        'app-version': inputTable/* input */.hF.text({ check: v => (/\s/.test(v) ? `"${v}" contains whitespace` : undefined) }),
        /** Absolute directory the .tgz is written to. */
        destination: inputTable/* input */.hF.custom((r, name) => {
            const raw = r.string(name);
            if (!raw)
                return external_node_path_.join(tempDir, 'charts');
            // Absolute destinations (e.g. runner.temp) are the user's choice; relative ones stay in the
            // workspace, and a symlink there must not lead the written package out of it.
            return (r.path(name, raw, fsProbe, {
                outside: external_node_path_.isAbsolute(raw),
                mayNotExist: true,
                want: 'directory',
                notDirectory: `"${raw}" exists and is not a directory`
            })?.path ?? external_node_path_.resolve(r.workspaceDir, raw));
        }),
        'required-kinds': inputTable/* input */.hF.custom((r, name) => {
            const kinds = r.list(name, { commas: true });
            if (r.raw(name) === '')
                kinds.push(...DEFAULT_KINDS.split(','));
            for (const k of kinds)
                if (!KIND.test(k))
                    r.problem(name, `"${k}" is not a Kubernetes kind (e.g. Deployment)`);
            return [...new Set(kinds)];
        }, DEFAULT_KINDS),
        'external-service-accounts': inputTable/* input */.hF.custom((r, name) => {
            const names = r.list(name, { commas: true });
            for (const sa of names)
                if (!inputs/* DNS1123_SUBDOMAIN */.ei.test(sa))
                    r.problem(name, `"${sa}" is not a valid ServiceAccount name`);
            return names;
        }),
        /** Secrets that exist outside the chart (not reported as missing). */
        'external-secrets': inputTable/* input */.hF.custom((r, name) => {
            const names = r.list(name, { commas: true });
            for (const s of names)
                if (!inputs/* DNS1123_SUBDOMAIN */.ei.test(s))
                    r.problem(name, `"${s}" is not a valid Secret name`);
            return names;
        }),
        /** `<Kind>/<name>:<check>=<reason>` lines, parsed. */
        exemptions: inputTable/* input */.hF.custom((r, name) => {
            const out = [];
            for (const line of r.list(name)) {
                const e = (0,exemptions/* parseExemptionLine */.Tr)(line);
                if (typeof e === 'string')
                    r.problem(name, e);
                else
                    out.push(e);
            }
            return out;
        }),
        /** Custom resource kinds whose operator makes pods, with the labels it gives them. */
        'custom-workloads': inputTable/* input */.hF.custom((r, name) => {
            const out = [];
            for (const line of r.list(name)) {
                const m = CUSTOM_WORKLOAD.exec(line);
                const labels = m ? (0,workloads/* parseLabelList */.qt)(m[3]) : undefined;
                if (!m || !labels)
                    r.problem(name, `"${line}" is not <Kind>[.<group>]: <label>=<value>,... (e.g. Database.db.example.com: app=db,cluster={name})`);
                else
                    out.push({ kind: m[1], group: m[2] ?? '', labels });
            }
            return out;
        }),
        policy: inputTable/* input */.hF.oneOf(POLICIES, 'strict'),
        'kube-version': inputTable/* input */.hF.text({ pattern: KUBE_VERSION, hint: 'e.g. 1.33 or v1.33.0' }),
        /** Extra `--api-versions` for the render (the kube-version default set is added in run). */
        'api-versions': inputTable/* input */.hF.custom((r, name) => {
            const list = r.list(name, { commas: true });
            for (const v of list)
                if (!API_VERSION.test(v))
                    r.problem(name, `"${v}" is not <group>/<version> or <group>/<version>/<Kind> (e.g. policy/v1/PodDisruptionBudget)`);
            return [...new Set(list)];
        }),
        /** CA bundle for https chart repositories and OCI registries of dependencies ('' = system CAs). */
        'repository-ca-file': inputTable/* input */.hF.custom((r, name) => {
            const raw = r.string(name);
            if (!raw)
                return '';
            return (r.path(name, raw, fsProbe, {
                outside: external_node_path_.isAbsolute(raw),
                want: 'file',
                missing: `"${raw}" is not a file`,
                notFile: `"${raw}" is not a file`
            })?.path ?? '');
        }),
        /** Credentials for OCI dependency registries ('' = anonymous). */
        'registry-username': inputTable/* input */.hF.custom((r, name) => {
            const v = r.string(name);
            if (!v && r.raw('registry-password'))
                r.problem(name, 'is required when registry-password is set');
            return v;
        }),
        'registry-password': inputTable/* input */.hF.custom((r, name) => {
            const v = r.raw(name);
            if (!v && r.string('registry-username'))
                r.problem(name, 'is required when registry-username is set');
            return v;
        }),
        ...(0,helmInputs/* helmToolInputs */.Wx)(fsProbe),
        /** Base URL of Helm releases (get.helm.sh or a mirror). */
        'helm-download-url': inputTable/* input */.hF.text({
            default: helm/* HELM_DOWNLOAD_BASE */.cc,
            pattern: /^https?:\/\/[^\s/]+(\/\S*)?$/,
            hint: 'an http(s) URL such as https://get.helm.sh',
            check: v => (0,inputs/* portProblem */.BI)(/^https?:\/\/([^/]+)/.exec(v)?.[1] ?? '')
        }),
        /** Rewrite the package so identical sources give identical bytes (mtimes fixed). */
        reproducible: inputTable/* input */.hF.flag(true),
        /** After verification, push the package here (ociPush.ts); undefined: no push. */
        'push-to': inputTable/* input */.hF.custom((r, name) => {
            const raw = r.string(name);
            if (!raw)
                return undefined;
            const target = (0,ociRef/* parseOciRepository */.bT)(raw);
            if (!target)
                r.problem(name, `"${raw}" is not an OCI repository (oci://<registry>/<path>, lower-case path, no tag)`);
            else {
                const port = (0,inputs/* portProblem */.BI)(target.host);
                if (port)
                    r.problem(name, `registry ${port}`);
            }
            return target;
        }),
        'registry-plain-http': inputTable/* input */.hF.flag(false)
    };
}
/** The table itself, for the checks that compare it with action.yml (names and defaults). */
const INPUT_TABLE = inputs_inputTable({
    isFile: () => false,
    isDirectory: () => false,
    realpath: p => p
}, '.');
function getInputs(lookup, env, fsProbe) {
    const workspace = external_node_path_.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
    const tempDir = external_node_path_.resolve(env['RUNNER_TEMP'] || external_node_os_.tmpdir());
    const r = new inputs/* InputReader */.i_(lookup, workspace);
    const table = inputs_inputTable(fsProbe, tempDir);
    const v = (0,inputTable/* readTable */.xz)(table, r);
    r.finish();
    return { ...(0,inputTable/* exposedValues */.l)(table, v), workspace, tempDir };
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/main.ts
/**
 * package-and-verify-helm-chart as a declaration for the action skeleton (src/lib/entry.ts):
 * validate every input first (cheap, nothing loaded but this chunk), then the work loaded lazily
 * (run.ts: helm resolution and the attempt; yaml and the verifier load while helm works). The
 * summary is the verification report run() made (also when strict findings fail the step), else
 * the failed step's summary, else the skeleton's failure summary.
 */




const action = (0,entry/* defineAction */.QP)({
    name: 'package-and-verify-helm-chart',
    inputs: rt => getInputs((0,inputs/* envLookup */.q1)(rt.env), rt.env, realFs),
    work: async () => (await __nccwpck_require__.e(/* import() */ 694).then(__nccwpck_require__.bind(__nccwpck_require__, 8694))).run,
    summary: async (facts) => facts.result?.summary ??
        (await __nccwpck_require__.e(/* import() */ 694).then(__nccwpck_require__.bind(__nccwpck_require__, 8694))).stepFailureSummary(facts.error) ??
        (0,entry/* failureSummary */.jg)('package-and-verify-helm-chart', facts)
});

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/index.ts
/** Entry point the runner executes (bundled to dist/); the action is declared in main.ts. */

void action.main();

module.exports = __webpack_exports__;
/******/ })()
;