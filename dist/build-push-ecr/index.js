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
/* harmony export */   $q: () => (/* binding */ IMMUTABLE_TAG_REFUSAL),
/* harmony export */   Ki: () => (/* binding */ repositoryProblem),
/* harmony export */   Pz: () => (/* reexport safe */ _src_lib_inputs__WEBPACK_IMPORTED_MODULE_0__.Pz),
/* harmony export */   Vd: () => (/* binding */ planTags),
/* harmony export */   qH: () => (/* binding */ tagProblem),
/* harmony export */   wl: () => (/* binding */ parseEcrHost),
/* harmony export */   zv: () => (/* binding */ REGISTRY_HOST)
/* harmony export */ });
/* unused harmony exports OCI_REPOSITORY, ECR_REPOSITORY, ECR_HOST */
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
    if (_src_lib_inputs__WEBPACK_IMPORTED_MODULE_0__/* .OCI_TAG */ .Pz.test(tag))
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

/***/ 4810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ THRESHOLDS),
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/**
 * The scan gate's severity scale, apart from scanGate.ts so that inputs.ts can validate
 * scan-severity-threshold without loading the gate (and the AWS client options it imports) into
 * the entry chunk: start-up before validation stays small.
 */
/** ECR severities, least to most severe (UNDEFINED counts as informational). */
const SEVERITIES = ['informational', 'low', 'medium', 'high', 'critical'];
const THRESHOLDS = ['none', ...SEVERITIES];


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
    const { StandardRetryStrategy } = await Promise.all(/* import() */[__nccwpck_require__.e(422), __nccwpck_require__.e(609)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3609, 19));
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
    const { NodeHttpHandler } = await Promise.all(/* import() */[__nccwpck_require__.e(422), __nccwpck_require__.e(279)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1279, 19));
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

/***/ 1662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ portProblem),
/* harmony export */   Pz: () => (/* binding */ OCI_TAG),
/* harmony export */   fu: () => (/* binding */ SHA256_DIGEST),
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   q1: () => (/* binding */ envLookup)
/* harmony export */ });
/* unused harmony exports DURATION_MAX_SECONDS, parseDuration, durationProblem, formatDuration, splitList, isInside, hasUnescapedComma, DNS1123_LABEL, HELM_SET_KEY, DNS1123_SUBDOMAIN */
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

/***/ 7087:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LT: () => (/* binding */ ProxyAgents),
/* harmony export */   Pf: () => (/* binding */ agentFor),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   zH: () => (/* binding */ proxySettingsFromEnv)
/* harmony export */ });
/* unused harmony exports parseProxyUrl, displayProxy */
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
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* unused harmony exports cell, table, facts */
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

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

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

// EXTERNAL MODULE: ./src/lib/inputs.ts
var inputs = __nccwpck_require__(1662);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/lib/aws.ts
var aws = __nccwpck_require__(2986);
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

;// CONCATENATED MODULE: ./src/lib/inputTable.ts
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
function inputTable_hidden(f) {
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

// EXTERNAL MODULE: ./actions/build-push-ecr/src/imageNames.ts
var imageNames = __nccwpck_require__(4235);
// EXTERNAL MODULE: ./actions/build-push-ecr/src/scanSeverity.ts
var scanSeverity = __nccwpck_require__(4810);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/inputs.ts
/**
 * The action's inputs (mirroring action.yml) as one typed object, validated completely before
 * any AWS call, build or push: every problem is collected and reported at once, by input name.
 * Each input is listed once, in the table below; `Inputs` is derived from it (src/lib/inputTable.ts).
 * Pure apart from the injected file checks, and free of heavy imports (start-up budget).
 */








const BUILDERS = ['auto', 'docker', 'buildah', 'podman'];
const CACHE_MODES = ['none', 'registry', 'gha'];
const BUILD_ARG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Label keys: reverse-DNS style, e.g. org.opencontainers.image.source, com.example/team. */
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const TARGET = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
/**
 * The inputs, in action.yml's order, each read and checked where it is listed. Fields are read in
 * this order, so a later field may use what an earlier one found (`context`); the rules that depend on
 * the registry ask `target(r)`.
 */
function inputTable(env, fsx, workspace) {
    let context = '';
    let contextOk = false;
    /** What the registry input says, for the fields whose rules depend on it (ECR or not). */
    const target = (r) => {
        const registry = r.raw('registry').toLowerCase();
        const ecrHost = imageNames/* REGISTRY_HOST */.zv.test(registry) ? (0,imageNames/* parseEcrHost */.wl)(registry) : undefined;
        return { ecrHost, ecr: registry === '' || ecrHost !== undefined };
    };
    return {
        /** Region for the ECR API ('' for non-ECR registries). */
        'aws-region': input.custom((r, name) => {
            const regionInput = r.string(name, {
                pattern: aws/* AWS_REGION_PATTERN */.Yi,
                hint: 'expected a region such as eu-north-1'
            });
            const { ecr, ecrHost } = target(r);
            if (!ecr)
                return '';
            const awsRegion = ecrHost?.region ?? (0,aws/* resolveRegion */.Zv)(regionInput, env);
            if (ecrHost && regionInput && regionInput !== ecrHost.region)
                r.problem(name, `"${regionInput}" does not match the region ${ecrHost.region} of registry ${r.raw('registry').toLowerCase()}`);
            else if (!awsRegion)
                r.problem(name, 'is required for ECR (set aws-region, or AWS_REGION via configure-aws-credentials)');
            else if (!regionInput && !aws/* AWS_REGION_PATTERN */.Yi.test(awsRegion))
                r.problem(name, `"${awsRegion}" (from AWS_REGION) is not a valid region`);
            return awsRegion;
        }),
        // Registry: ECR by default; another OCI registry by host.
        registry: input.custom((r, name) => {
            const raw = r.raw(name);
            let registry = '';
            if (raw) {
                if (/^[a-z]+:\/\//i.test(raw) || raw.includes('/'))
                    r.problem(name, `"${raw}" must be a host[:port] only, without scheme or path (e.g. ghcr.io)`);
                else if (!imageNames/* REGISTRY_HOST */.zv.test(raw))
                    r.problem(name, `"${raw}" is not a valid registry host[:port]`);
                else if ((0,inputs/* portProblem */.BI)(raw))
                    r.problem(name, `"${raw}": ${(0,inputs/* portProblem */.BI)(raw)}`);
                else
                    registry = raw.toLowerCase();
            }
            return registry;
        }),
        'insecure-registry': input.custom((r, name) => {
            const insecure = r.bool(name, false);
            if (insecure && target(r).ecr)
                r.problem(name, 'cannot be used with ECR (always HTTPS)');
            return insecure;
        }, 'false'),
        repository: input.custom((r, name) => {
            const repository = r.string(name, { required: true });
            const p = repository ? (0,imageNames/* repositoryProblem */.Ki)(repository, target(r).ecr) : undefined;
            if (p)
                r.problem(name, p);
            return repository;
        }),
        'image-name': input.text({
            required: true,
            check: v => imageNames/* OCI_TAG */.Pz.test(v)
                ? undefined
                : `"${v}" cannot start a tag (letters, digits, _ . -; not starting with . or -)`
        }),
        sha: input.custom((r, name) => {
            const sha = r.raw(name) || (env['GITHUB_SHA'] ?? '').trim();
            if (!sha)
                r.problem(name, 'is required outside GitHub Actions (GITHUB_SHA is not set)');
            else if (!/^[A-Za-z0-9_.-]+$/.test(sha))
                r.problem(name, `"${sha}" cannot be part of a tag (letters, digits, _ . -)`);
            return sha;
        }),
        tags: inputTable_hidden(input.custom((r, name) => {
            const extra = r.list(name);
            for (const t of extra) {
                const p = (0,imageNames/* tagProblem */.qH)(t);
                if (p)
                    r.problem(name, p);
            }
            return extra;
        })),
        'latest-tag': input.flag(true),
        // Build inputs: paths exist and stay inside the workspace, symlinks included (the shared
        // path rule, InputReader.path).
        context: input.custom((r, name) => {
            const raw = r.string(name, { default: '.' });
            const p = r.path(name, raw, fsx, { want: 'directory', missing: `directory "${raw}" does not exist` });
            contextOk = p !== undefined;
            context = p?.path ?? external_node_path_.resolve(workspace, raw);
            return context;
        }, '.'),
        dockerfile: input.custom((r, name) => {
            const raw = r.raw(name);
            if (raw)
                return (r.path(name, raw, fsx, { want: 'file', missing: `file "${raw}" does not exist` })?.path ??
                    external_node_path_.resolve(workspace, raw));
            const fallback = external_node_path_.join(context, 'Dockerfile');
            if (!contextOk)
                return fallback;
            return (r.path(name, external_node_path_.join(r.raw('context') || '.', 'Dockerfile'), fsx, {
                want: 'file',
                missing: `no Dockerfile in context "${r.raw('context') || '.'}" (set dockerfile)`
            })?.path ?? fallback);
        }),
        'build-args': input.pairs(BUILD_ARG_KEY),
        target: input.text({ pattern: TARGET, hint: 'a stage name from the Dockerfile' }),
        platforms: input.custom((r, name) => {
            const platforms = r.list(name, { commas: true });
            for (const p of platforms)
                if (!PLATFORM.test(p))
                    r.problem(name, `"${p}" is not os/arch[/variant] (e.g. linux/amd64)`);
            return platforms;
        }),
        labels: input.pairs(LABEL_KEY),
        'default-labels': input.flag(true),
        builder: input.oneOf(BUILDERS, 'auto'),
        cache: input.custom((r, name) => {
            const cache = r.enumOf(name, CACHE_MODES, 'none');
            const builder = r.raw('builder');
            if (cache !== 'none' && (builder === 'buildah' || builder === 'podman'))
                r.problem(name, `"${cache}" is a docker buildx cache; builder ${builder} keeps its layers locally (use none)`);
            return cache;
        }, 'none'),
        'skip-if-exists': input.flag(true),
        'create-repository': input.custom((r, name) => {
            const create = r.bool(name, false);
            if (create && !target(r).ecr)
                r.problem(name, `only works with ECR, not with registry ${r.raw('registry').toLowerCase()}`);
            return create;
        }, 'false'),
        'scan-on-push': input.flag(true),
        'immutable-tags': input.flag(false),
        /** Lifecycle policy JSON text (read and parsed during validation). */
        'lifecycle-policy': input.custom((r, name) => {
            const raw = r.raw(name);
            if (!raw)
                return undefined;
            // The shared path rule: a symlink out of the workspace is refused before anything is read.
            const p = r.path(name, raw, fsx, { want: 'file', missing: `file "${raw}" does not exist` });
            if (!r.bool('create-repository', false)) {
                r.problem(name, 'is applied only with create-repository: true');
                return undefined;
            }
            if (!p)
                return undefined;
            const text = fsx.readFile(p.path);
            const problem = policyProblem(text);
            if (!problem)
                return text;
            r.problem(name, `"${raw}" ${problem}`);
            return undefined;
        }),
        username: input.custom((r, name) => r.raw(name)),
        password: input.custom((r, name) => {
            const username = r.raw('username');
            const password = r.raw(name);
            if (target(r).ecr && (username || password))
                r.problem(username ? 'username' : name, 'is for non-ECR registries; ECR authenticates with the AWS credentials (set registry for another registry)');
            else if (password && !username)
                r.problem('username', 'is required when password is set');
            else if (username && !password)
                r.problem(name, 'is required when username is set');
            return password;
        }),
        // The scan gate (scanGate.ts): ECR's findings of the pushed or reused image, before any deploy.
        'scan-severity-threshold': input.custom((r, name) => {
            const threshold = r.enumOf(name, scanSeverity/* THRESHOLDS */.R, 'none');
            if (threshold === 'none')
                return threshold;
            if (!target(r).ecr)
                r.problem(name, `reads ECR's scan findings; registry ${r.raw('registry').toLowerCase()} is not ECR (use none)`);
            if (r.raw('push').toLowerCase() === 'false')
                r.problem(name, 'needs push: true (ECR scans pushed images)');
            return threshold;
        }, 'none'),
        'scan-wait-timeout': input.duration('10m'),
        push: input.flag(true)
    };
}
/** The table itself, for the checks that compare it with action.yml (names and defaults). */
const INPUT_TABLE = inputTable({}, realFs, '.');
function getInputs(lookup, env, fsx = realFs) {
    const workspace = external_node_path_.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
    const r = new inputs/* InputReader */.i_(lookup, workspace);
    const table = inputTable(env, fsx, workspace);
    const v = readTable(table, r);
    const tags = (0,imageNames/* planTags */.Vd)(v.imageName, v.sha, v.latestTag, v.tags);
    if (v.imageName && v.sha && imageNames/* OCI_TAG */.Pz.test(v.imageName)) {
        const p = (0,imageNames/* tagProblem */.qH)(tags.primary);
        if (p)
            r.problem('image-name', `with sha ${v.sha} gives tag ${p}`);
    }
    r.finish();
    const ecrHost = v.registry ? (0,imageNames/* parseEcrHost */.wl)(v.registry) : undefined;
    const { lifecyclePolicy, ...rest } = exposedValues(table, v);
    const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
    const repo = env['GITHUB_REPOSITORY'] ?? '';
    return {
        ...rest,
        ecr: v.registry === '' || ecrHost !== undefined,
        ...(ecrHost ? { ecrAccountId: ecrHost.accountId } : {}),
        tags,
        ...(lifecyclePolicy !== undefined ? { lifecyclePolicy } : {}),
        workspace,
        runnerTemp: env['RUNNER_TEMP'] || external_node_os_.tmpdir(),
        sourceUrl: repo ? `${server}/${repo}` : ''
    };
}
/**
 * Why a lifecycle policy text is not usable, never quoting it: JSON.parse's own message shows
 * the text around the error, which must not reach the log (the file may be anything).
 */
function policyProblem(text) {
    let j;
    try {
        j = JSON.parse(text);
    }
    catch (e) {
        const at = /position (\d+)/.exec(e.message);
        if (!at)
            return 'is not valid JSON';
        const before = text.slice(0, Number(at[1]));
        const line = before.split('\n').length;
        const column = Number(at[1]) - before.lastIndexOf('\n');
        return `is not valid JSON (line ${line}, column ${column})`;
    }
    return j !== null && typeof j === 'object' && Array.isArray(j.rules)
        ? undefined
        : 'has no "rules" array';
}

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/main.ts
/**
 * build-push-ecr as a declaration for the action skeleton (src/lib/entry.ts): inputs validated
 * first (nothing heavy loaded yet), then the work loaded lazily; outputs are set as they become
 * known and the summary is written from the same facts on success and failure. The post step
 * (same bundle) removes the private credentials directory if a cancelled run left it behind
 * (found by path; no secret is kept in state).
 */



const action = defineAction({
    name: 'build-push-ecr',
    inputs: rt => getInputs((0,inputs/* envLookup */.q1)(rt.env), rt.env),
    work: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(177)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2177))).run,
    summary: async (facts) => {
        const { buildSummary, buildFailureSummary } = await __nccwpck_require__.e(/* import() */ 990).then(__nccwpck_require__.bind(__nccwpck_require__, 1990));
        return facts.result ? buildSummary(facts.result) : buildFailureSummary(facts.outputs, facts.error);
    },
    post: async (rt) => {
        const { PRIVATE_DIR_STATE, removePrivateDir } = await __nccwpck_require__.e(/* import() */ 186).then(__nccwpck_require__.bind(__nccwpck_require__, 3186));
        const dir = rt.getState(PRIVATE_DIR_STATE);
        if (!dir)
            return;
        const { existsSync } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3024, 23));
        if (existsSync(dir) && removePrivateDir(dir))
            rt.info(`removed leftover credentials directory ${dir}`);
    }
});

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/index.ts
/** Entry point the runner executes (bundled to dist/); the action is declared in main.ts. */

void action.main();

module.exports = __webpack_exports__;
/******/ })()
;