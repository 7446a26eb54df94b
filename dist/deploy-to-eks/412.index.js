"use strict";
exports.id = 412;
exports.ids = [412];
exports.modules = {

/***/ 412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputsFingerprint: () => (/* binding */ inputsFingerprint)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/tgz.ts
/**
 * Reading (and deterministically writing) gzip-compressed tar archives in-process: checking a
 * chart package's contents should not spawn `tar`.
 *
 * Reading is node-tar's Parser (ustar, PAX, GNU long names and long link names, GNU base-256
 * numbers, GNU-format headers whose atime/ctime sit where ustar keeps its prefix) over a buffer
 * gunzipped with node:zlib under a size limit (a zip bomb stops at `maxBytes`, helm's own
 * 100 MiB chart limit by default). On top of node-tar, two checks it does not make: a file whose
 * data is shorter than its header says, and an archive without its end-of-archive block, are
 * reported as truncated (Go's archive/tar, which helm uses, fails on both).
 *
 * Writing stays a loop of ours around node-tar's Header and Pax encoders: node-tar's Pack reads
 * files from disk (or streams asynchronously), while a package rewrite needs in-memory entries,
 * fixed owner/mtime and a synchronous result; and no library writes the gzip header fields
 * (FEXTRA, FCOMMENT) helm's packages carry, hence gzipDeterministic.
 */




const BLOCK = 512;
/** Helm's limit for a decompressed chart (MaxDecompressedChartSize). */
const MAX_DECOMPRESSED_BYTES = 100 * 1024 * 1024;
function typeOf(t) {
    switch (t) {
        case 'File':
        case 'OldFile':
        case 'ContiguousFile':
            return 'file';
        case 'Directory':
            return 'directory';
        case 'SymbolicLink':
            return 'symlink';
        case 'Link':
            return 'hardlink';
        default:
            return 'other';
    }
}
/** Entries of an uncompressed tar stream. Throws a UserError naming `what` when it is corrupt. */
function readTar(tar, what = 'archive') {
    const entries = [];
    let failure;
    let short;
    const parser = new index_min/* Parser */.iX({
        strict: true,
        onReadEntry: (e) => {
            const chunks = [];
            e.on('data', (c) => chunks.push(c));
            e.on('end', () => {
                const data = Buffer.concat(chunks);
                const size = e.size ?? 0;
                if (data.length < size && !short)
                    short = e.path;
                entries.push({
                    name: e.path,
                    type: typeOf(e.type),
                    mode: e.mode ?? 0,
                    size,
                    mtime: e.mtime ? Math.floor(e.mtime.getTime() / 1000) : 0,
                    linkName: e.linkpath ?? '',
                    data
                });
            });
        }
    });
    parser.on('error', (err) => {
        failure ??= err.message.replace(/^TAR_[A-Z_]+: /, '');
    });
    parser.on('warn', (code, message) => {
        failure ??= `${code}: ${typeof message === 'string' ? message : message.message}`;
    });
    parser.write(tar);
    parser.end();
    if (failure && /^Truncated input/.test(failure))
        throw new errors/* UserError */.yo(`${what} is truncated`);
    if (failure)
        throw new errors/* UserError */.yo(`${what} is not a valid tar archive: ${failure}`);
    if (short)
        throw new errors/* UserError */.yo(`${what} is truncated (inside ${short})`);
    // The end-of-archive marker (zero blocks) every writer emits, helm's included; without it the
    // archive was cut off, possibly right after a header node-tar was still waiting to complete.
    const tail = tar.length % BLOCK;
    const lastBlock = tar.subarray(tar.length - tail - BLOCK, tar.length - tail);
    if (tail && !tar.subarray(tar.length - tail).every(b => b === 0))
        throw new errors/* UserError */.yo(`${what} is truncated`);
    if (tar.length > 0 && (lastBlock.length < BLOCK || !lastBlock.every(b => b === 0)))
        throw new errors/* UserError */.yo(`${what} is truncated (no end-of-archive block)`);
    return entries;
}
/** Entries of a .tgz, decompressed up to `maxBytes`. */
function readTgz(tgz, what = 'archive', o = {}) {
    const maxBytes = o.maxBytes ?? MAX_DECOMPRESSED_BYTES;
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(tgz, { maxOutputLength: maxBytes });
    }
    catch (err) {
        if (err.code === 'ERR_BUFFER_TOO_LARGE')
            throw new errors/* UserError */.yo(`${what} decompresses to more than ${Math.round(maxBytes / 1024 / 1024)} MiB (helm's chart size limit); refusing it`);
        throw new errors/* UserError */.yo(`${what} is not gzip-compressed: ${err.message}`);
    }
    return readTar(tar, what);
}
function pad(size) {
    const rest = size % BLOCK;
    return Buffer.alloc(rest ? BLOCK - rest : 0);
}
/**
 * A tar stream with fixed owner (0/0), the given mtime for every entry and no user/group names,
 * so the same entries always give the same bytes. Headers are node-tar's encoding (ustar, with
 * a PAX header when a name does not fit).
 */
function writeTar(entries, mtime) {
    const parts = [];
    const when = new Date(mtime * 1000);
    for (const e of entries) {
        const data = e.type === 'file' ? (e.data ?? Buffer.alloc(0)) : Buffer.alloc(0);
        const fields = {
            path: e.name,
            mode: e.mode,
            uid: 0,
            gid: 0,
            size: data.length,
            mtime: when,
            type: e.type === 'file' ? 'File' : 'Directory',
            uname: '',
            gname: ''
        };
        const h = new Header(fields);
        const block = Buffer.alloc(BLOCK);
        if (h.encode(block, 0)) {
            // needPax: the name does not fit ustar's 100 + 155 bytes.
            parts.push(new Pax({ path: e.name }, false).encode());
        }
        parts.push(block, data, pad(data.length));
    }
    parts.push(Buffer.alloc(BLOCK * 2));
    return Buffer.concat(parts);
}
/** The FEXTRA and FCOMMENT fields of a gzip member's header, to carry them over on a rewrite. */
function readGzipHeader(gz) {
    if (gz.length < 10 || gz[0] !== 0x1f || gz[1] !== 0x8b)
        return {};
    const flags = gz[3];
    let pos = 10;
    const out = {};
    if (flags & 0x04) {
        const len = gz.readUInt16LE(pos);
        out.extra = Buffer.from(gz.subarray(pos + 2, pos + 2 + len));
        pos += 2 + len;
    }
    if (flags & 0x08)
        pos = gz.indexOf(0, pos) + 1; // FNAME, not kept
    if (flags & 0x10) {
        const end = gz.indexOf(0, pos);
        out.comment = gz.toString('latin1', pos, end);
    }
    return out;
}
/**
 * A gzip member with MTIME 0 and OS "unknown", so the bytes depend on the content only;
 * node:zlib cannot write FEXTRA/FCOMMENT, hence the hand-made header around raw deflate.
 */
function gzipDeterministic(data, header = {}) {
    let flags = 0;
    const fields = [];
    if (header.extra) {
        flags |= 0x04;
        const len = Buffer.alloc(2);
        len.writeUInt16LE(header.extra.length);
        fields.push(len, header.extra);
    }
    if (header.comment !== undefined) {
        flags |= 0x10;
        fields.push(Buffer.from(header.comment + '\0', 'latin1'));
    }
    const head = Buffer.from([0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 255]);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc32(data), 0);
    trailer.writeUInt32LE(data.length % 2 ** 32, 4);
    return Buffer.concat([head, ...fields, deflateRawSync(data, { level: 6 }), trailer]);
}
/** A deterministic .tgz of `entries`, every entry stamped with `mtime`. */
function writeTgz(entries, mtime, header = {}) {
    return gzipDeterministic(writeTar(entries, mtime), header);
}
/** CRC-32 for the gzip trailer: node:zlib's (Node ≥ 22.2; this project needs Node 24). */
function crc32(data) {
    return zlib.crc32(data);
}

// EXTERNAL MODULE: ./actions/deploy-to-eks/src/helmArgs.ts
var helmArgs = __webpack_require__(5206);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/inputsFingerprint.ts
/**
 * A fingerprint of everything that determines a release's computed values and rendered
 * manifest: the chart's files (contents, not tar metadata, so re-packaging the same sources
 * gives the same fingerprint), the values files, the --set lines, the image values and the Helm
 * major version. It is stored on the release as a Helm release label, bound to the revision it
 * was deployed as, so a redeploy with the same inputs is recognised without running helm at all
 * (the dry-run comparison remains for releases without it, e.g. deployed by another tool).
 */





/** Label values are at most 63 characters; 60 hex digits are 240 bits. */
const LABEL_LENGTH = 60;
function chartFiles(dir, base = dir, out = []) {
    for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
        const p = external_node_path_.join(dir, name);
        const st = (0,external_node_fs_.statSync)(p);
        if (st.isDirectory())
            chartFiles(p, base, out);
        else if (st.isFile())
            out.push([external_node_path_.relative(base, p).split(external_node_path_.sep).join('/'), (0,external_node_fs_.readFileSync)(p)]);
    }
    return out;
}
/** `<relative path>\0<sha256>` per chart file, sorted; archive paths lose their top directory. */
function chartDigestLines(chart) {
    if (chart.kind === 'oci') {
        // A tag can be re-pushed; only a digest pins the content.
        return /@sha256:[a-f0-9]{64}$/.test(chart.ref) ? [`oci\0${chart.ref}`] : undefined;
    }
    const files = chart.kind === 'directory'
        ? chartFiles(chart.path)
        : readTgz((0,external_node_fs_.readFileSync)(chart.path), `chart ${chart.path}`)
            .filter(e => e.type === 'file')
            .map(e => [e.name.replace(/^[^/]+\//, ''), e.data]);
    return files.map(([name, data]) => `${name}\0${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`).sort();
}
/** The fingerprint, or undefined when the chart content is not known locally (oci:// by tag). */
function inputsFingerprint(i, helmMajor) {
    const chart = chartDigestLines(i.chart);
    if (!chart)
        return undefined;
    const h = (0,external_node_crypto_.createHash)('sha256');
    const part = (s) => {
        h.update(String(Buffer.byteLength(s)) + ':');
        h.update(s);
    };
    part(`helm-major ${helmMajor}`);
    for (const line of chart)
        part(line);
    part('values-files');
    for (const f of i.valuesFiles)
        part((0,external_node_fs_.readFileSync)(f));
    // The values arguments as helm gets them (set lines and image keys), file paths excluded.
    part(JSON.stringify((0,helmArgs/* helmValueArgs */.Ti)({ valuesFiles: [], set: i.set, image: i.image })));
    return h.digest('hex').slice(0, LABEL_LENGTH);
}


/***/ })

};
;