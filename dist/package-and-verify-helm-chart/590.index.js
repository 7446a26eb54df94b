"use strict";
exports.id = 590;
exports.ids = [590,232];
exports.modules = {

/***/ 7590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TemplateLocator: () => (/* reexport */ report.TemplateLocator),
  apiVersionsFor: () => (/* reexport */ apiVersionsFor),
  chartYamlOf: () => (/* reexport */ chartYamlOf),
  checkPackageEntries: () => (/* reexport */ checkPackageEntries),
  countKinds: () => (/* reexport */ manifest/* countKinds */.xb),
  emitAnnotations: () => (/* reexport */ report/* emitAnnotations */.KI),
  needsDependencyBuild: () => (/* reexport */ needsDependencyBuild),
  normalizePackage: () => (/* reexport */ normalizePackage),
  packageMtime: () => (/* reexport */ packageMtime),
  parseChartYaml: () => (/* reexport */ parseChartYaml),
  parseManifest: () => (/* reexport */ manifest/* parseManifest */.Ng),
  readChartSource: () => (/* reexport */ readChartSource),
  readTgz: () => (/* reexport */ readTgz),
  sha256Digest: () => (/* reexport */ digest/* sha256Digest */.s),
  summaryMarkdown: () => (/* reexport */ report/* summaryMarkdown */.eH),
  templatePathInChart: () => (/* reexport */ manifest/* templatePathInChart */.tg),
  verifyManifest: () => (/* reexport */ verifyManifest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/manifest.ts
var manifest = __webpack_require__(5634);
;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/apiVersions.ts
/**
 * What `.Capabilities.APIVersions` should hold when the chart is rendered for a Kubernetes
 * version: offline, helm knows only the API groups compiled into it and none of the
 * `group/version/Kind` entries charts test for (`policy/v1/PodDisruptionBudget`), so a chart
 * choosing its API by Capabilities renders the deprecated one. This table is what a real
 * cluster of each minor version serves by default (GA and on-by-default beta APIs, with the
 * release that added and the release that stopped serving them), plus the APIs of the CRDs the
 * chart ships in its crds/ directories. Hand-written: no library carries this table.
 */



/** [group/version, first minor served, last minor served (undefined: still), kinds]. */
const SERVED = [
    [
        'v1',
        0,
        undefined,
        [
            'ConfigMap',
            'Endpoints',
            'Event',
            'LimitRange',
            'Namespace',
            'Node',
            'PersistentVolume',
            'PersistentVolumeClaim',
            'Pod',
            'PodTemplate',
            'ReplicationController',
            'ResourceQuota',
            'Secret',
            'Service',
            'ServiceAccount'
        ]
    ],
    [
        'admissionregistration.k8s.io/v1',
        16,
        undefined,
        [
            'MutatingWebhookConfiguration',
            'ValidatingWebhookConfiguration',
            ['ValidatingAdmissionPolicy', 30],
            ['ValidatingAdmissionPolicyBinding', 30]
        ]
    ],
    [
        'admissionregistration.k8s.io/v1beta1',
        9,
        21,
        ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration']
    ],
    ['apiextensions.k8s.io/v1', 16, undefined, ['CustomResourceDefinition']],
    ['apiextensions.k8s.io/v1beta1', 7, 21, ['CustomResourceDefinition']],
    ['apiregistration.k8s.io/v1', 10, undefined, ['APIService']],
    ['apps/v1', 9, undefined, ['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet']],
    ['authentication.k8s.io/v1', 6, undefined, ['TokenReview', ['SelfSubjectReview', 28]]],
    [
        'authorization.k8s.io/v1',
        6,
        undefined,
        ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'SubjectAccessReview']
    ],
    ['autoscaling/v1', 2, undefined, ['HorizontalPodAutoscaler']],
    ['autoscaling/v2', 23, undefined, ['HorizontalPodAutoscaler']],
    ['autoscaling/v2beta1', 8, 24, ['HorizontalPodAutoscaler']],
    ['autoscaling/v2beta2', 12, 25, ['HorizontalPodAutoscaler']],
    ['batch/v1', 0, undefined, ['Job', ['CronJob', 21]]],
    ['batch/v1beta1', 8, 24, ['CronJob']],
    ['certificates.k8s.io/v1', 19, undefined, ['CertificateSigningRequest']],
    ['coordination.k8s.io/v1', 14, undefined, ['Lease']],
    ['discovery.k8s.io/v1', 21, undefined, ['EndpointSlice']],
    ['discovery.k8s.io/v1beta1', 17, 24, ['EndpointSlice']],
    ['events.k8s.io/v1', 19, undefined, ['Event']],
    ['events.k8s.io/v1beta1', 8, 24, ['Event']],
    ['extensions/v1beta1', 0, 21, ['Ingress']],
    ['flowcontrol.apiserver.k8s.io/v1', 29, undefined, ['FlowSchema', 'PriorityLevelConfiguration']],
    ['flowcontrol.apiserver.k8s.io/v1beta3', 26, 31, ['FlowSchema', 'PriorityLevelConfiguration']],
    ['flowcontrol.apiserver.k8s.io/v1beta2', 23, 28, ['FlowSchema', 'PriorityLevelConfiguration']],
    [
        'networking.k8s.io/v1',
        7,
        undefined,
        ['NetworkPolicy', ['Ingress', 19], ['IngressClass', 19], ['IPAddress', 33], ['ServiceCIDR', 33]]
    ],
    ['networking.k8s.io/v1beta1', 14, 21, ['Ingress', ['IngressClass', 18]]],
    ['node.k8s.io/v1', 20, undefined, ['RuntimeClass']],
    ['node.k8s.io/v1beta1', 14, 24, ['RuntimeClass']],
    ['policy/v1', 21, undefined, ['PodDisruptionBudget']],
    ['policy/v1beta1', 5, 24, ['PodDisruptionBudget', 'PodSecurityPolicy']],
    [
        'rbac.authorization.k8s.io/v1',
        8,
        undefined,
        ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding']
    ],
    [
        'resource.k8s.io/v1',
        34,
        undefined,
        ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice']
    ],
    ['scheduling.k8s.io/v1', 14, undefined, ['PriorityClass']],
    [
        'storage.k8s.io/v1',
        6,
        undefined,
        [
            'StorageClass',
            'VolumeAttachment',
            ['CSINode', 17],
            ['CSIDriver', 18],
            ['CSIStorageCapacity', 24],
            ['VolumeAttributesClass', 34]
        ]
    ],
    ['storage.k8s.io/v1beta1', 6, 26, ['CSIStorageCapacity']]
];
/** `1.33`, `v1.33.2` → 33; undefined for anything that is not Kubernetes 1.x. */
function kubeMinor(kubeVersion) {
    const m = /^v?1\.(\d+)(?:\.\d+)?$/.exec(kubeVersion.trim());
    return m ? Number(m[1]) : undefined;
}
/** The group versions and `group/version/Kind` entries a cluster of that version serves. */
function servedApiVersions(kubeVersion) {
    const minor = kubeMinor(kubeVersion);
    if (minor === undefined)
        return [];
    const out = [];
    for (const [gv, from, to, kinds] of SERVED) {
        if (minor < from || (to !== undefined && minor > to))
            continue;
        out.push(gv);
        for (const k of kinds) {
            const [kind, since] = typeof k === 'string' ? [k, 0] : k;
            if (minor >= since)
                out.push(`${gv}/${kind}`);
        }
    }
    return out;
}
function yamlFiles(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).flatMap(e => e.isDirectory()
        ? yamlFiles(external_node_path_.join(dir, e.name))
        : /\.ya?ml$/.test(e.name)
            ? [external_node_path_.join(dir, e.name)]
            : []);
}
/** The served versions of the CRDs in the chart's crds/ and its unpacked subcharts' crds/. */
function chartCrdApiVersions(chartDir) {
    const dirs = [external_node_path_.join(chartDir, 'crds')];
    const charts = external_node_path_.join(chartDir, 'charts');
    if ((0,external_node_fs_.existsSync)(charts))
        for (const e of (0,external_node_fs_.readdirSync)(charts, { withFileTypes: true }))
            if (e.isDirectory())
                dirs.push(external_node_path_.join(charts, e.name, 'crds'));
    const out = [];
    for (const file of dirs.flatMap(yamlFiles)) {
        for (const o of (0,manifest/* parseManifest */.Ng)((0,external_node_fs_.readFileSync)(file, 'utf8')).objects) {
            if (o.kind !== 'CustomResourceDefinition')
                continue;
            const spec = (o.doc['spec'] ?? {});
            const group = String(spec['group'] ?? '');
            const kind = String((spec['names'] ?? {})['kind'] ?? '');
            const versions = Array.isArray(spec['versions']) ? spec['versions'] : [];
            for (const v of versions) {
                if (!group || v['served'] === false || typeof v['name'] !== 'string')
                    continue;
                out.push(`${group}/${v['name']}`);
                if (kind)
                    out.push(`${group}/${v['name']}/${kind}`);
            }
        }
    }
    return out;
}
/**
 * What is passed as `--api-versions`: the user's list, and when a kube-version is given the
 * APIs such a cluster serves plus the chart's own CRD APIs.
 */
function apiVersionsFor(i) {
    const extra = i.kubeVersion ? [...servedApiVersions(i.kubeVersion), ...chartCrdApiVersions(i.chart)] : [];
    return [...new Set([...i.apiVersions, ...extra])];
}

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/kubeObject.ts
var kubeObject = __webpack_require__(1005);
;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/chartSource.ts
/**
 * What the action needs to know about the chart's source directory before running helm: its
 * metadata, whether `helm dependency build` is needed, and what the package must carry over.
 */





function parseChartYaml(text, where) {
    let doc;
    try {
        doc = (0,manifest/* parseYamlDocument */.Iu)(text);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${where} is not valid YAML: ${err.message.split('\n')[0]}`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new errors/* UserError */.yo(`${where} is not a YAML mapping`);
    const d = doc;
    const name = (0,kubeObject/* str */.gx)(d['name']);
    if (!name)
        throw new errors/* UserError */.yo(`${where} has no name`);
    const deps = Array.isArray(d['dependencies']) ? d['dependencies'] : [];
    return {
        name,
        version: (0,kubeObject/* str */.gx)(d['version']),
        appVersion: (0,kubeObject/* str */.gx)(d['appVersion']),
        dependencies: deps.map(x => {
            const r = (typeof x === 'object' && x !== null ? x : {});
            return { name: (0,kubeObject/* str */.gx)(r['name']), version: (0,kubeObject/* str */.gx)(r['version']), repository: (0,kubeObject/* str */.gx)(r['repository']) };
        })
    };
}
function countFiles(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return 0;
    let n = 0;
    for (const e of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }))
        n += e.isDirectory() ? countFiles(external_node_path_.join(dir, e.name)) : 1;
    return n;
}
function readChartSource(dir) {
    const meta = parseChartYaml((0,external_node_fs_.readFileSync)(external_node_path_.join(dir, 'Chart.yaml'), 'utf8'), `${dir}/Chart.yaml`);
    return {
        dir,
        ...meta,
        hasValues: (0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'values.yaml')),
        hasSchema: (0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'values.schema.json')),
        templateCount: countFiles(external_node_path_.join(dir, 'templates'))
    };
}
/**
 * `helm dependency build` is needed when a declared dependency has neither a packaged
 * `charts/<name>-*.tgz` nor an unpacked `charts/<name>/` yet; skipping it otherwise saves a helm
 * process (and a network round trip) per run.
 */
function needsDependencyBuild(dir, deps) {
    if (deps.length === 0)
        return false;
    const chartsDir = external_node_path_.join(dir, 'charts');
    const present = (0,external_node_fs_.existsSync)(chartsDir) ? (0,external_node_fs_.readdirSync)(chartsDir) : [];
    return deps.some(d => {
        const unpacked = external_node_path_.join(chartsDir, d.name, 'Chart.yaml');
        // `<name>-<version>.tgz`; the digit check keeps `redis` from matching `redis-cluster-1.0.0.tgz`.
        const packed = present.some(f => f.startsWith(`${d.name}-`) &&
            /^v?\d/.test(f.slice(d.name.length + 1)) &&
            f.endsWith('.tgz') &&
            (0,external_node_fs_.statSync)(external_node_path_.join(chartsDir, f)).isFile());
        return !packed && !(0,external_node_fs_.existsSync)(unpacked);
    });
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
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
        const h = new index_min/* Header */.Y9(fields);
        const block = Buffer.alloc(BLOCK);
        if (h.encode(block, 0)) {
            // needPax: the name does not fit ustar's 100 + 155 bytes.
            parts.push(new index_min/* Pax */.un({ path: e.name }, false).encode());
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
    return Buffer.concat([head, ...fields, (0,external_node_zlib_.deflateRawSync)(data, { level: 6 }), trailer]);
}
/** A deterministic .tgz of `entries`, every entry stamped with `mtime`. */
function writeTgz(entries, mtime, header = {}) {
    return gzipDeterministic(writeTar(entries, mtime), header);
}
/** CRC-32 for the gzip trailer: node:zlib's (Node ≥ 22.2; this project needs Node 24). */
function crc32(data) {
    return external_node_zlib_.crc32(data);
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/packageContents.ts
/**
 * What must (and must not) be inside a packaged chart, checked on the archive's entries in
 * process, plus the deterministic rewrite that makes two packages of the same sources
 * byte-identical whatever the files' modification times.
 */

/** Names that have no business in a chart package: VCS data, keys, credentials. */
const FORBIDDEN = [
    { re: /(^|\/)\.(git|svn|hg)(\/|$)/, what: 'version-control data' },
    { re: /(^|\/)\.env(\.[^/]*)?$/, what: 'an environment file' },
    { re: /\.(pem|key|p12|pfx|jks|keystore|crt\.key)$/i, what: 'key or certificate material' },
    { re: /(^|\/)id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/, what: 'an SSH key' },
    {
        re: /(^|\/)(kubeconfig|\.kube\/config|credentials|\.npmrc|\.netrc|\.dockerconfigjson|\.pypirc)$/i,
        what: 'credentials'
    },
    { re: /\.(tfstate|tfstate\.backup|tfvars)$/, what: 'Terraform state or variables' }
];
function finding(message, level = 'error') {
    return { level, check: 'package-contents', message, object: '', source: '' };
}
function checkPackageEntries(entries, expected) {
    const out = [];
    const root = `${expected.name}/`;
    const names = new Set(entries.map(e => e.name));
    for (const e of entries) {
        if (e.name.startsWith('/') || e.name.split('/').includes('..')) {
            out.push(finding(`entry "${e.name}" escapes the chart directory`));
            continue;
        }
        if (!e.name.startsWith(root))
            out.push(finding(`entry "${e.name}" is outside the chart's top-level directory ${root}`));
        if (e.type === 'symlink' || e.type === 'hardlink')
            out.push(finding(`entry "${e.name}" is a link (to ${e.linkName})`));
        const inner = e.name.slice(root.length);
        for (const f of FORBIDDEN)
            if (f.re.test(inner))
                out.push(finding(`"${e.name}" looks like ${f.what}; add it to .helmignore`));
        // Packaged dependencies live in charts/<dep>.tgz; an archive anywhere else is a stray build artefact.
        if (/\.(tgz|tar\.gz|tar|zip)$/i.test(inner) && !/^charts\/[^/]+\.tgz$/.test(inner)) {
            out.push(finding(`"${e.name}" is an archive inside the chart; add it to .helmignore`));
        }
    }
    if (!names.has(`${root}Chart.yaml`))
        out.push(finding(`${root}Chart.yaml is missing from the package`));
    if (expected.sourceHasValues && !names.has(`${root}values.yaml`))
        out.push(finding(`${root}values.yaml is in the source but not in the package`));
    if (expected.sourceHasSchema && !names.has(`${root}values.schema.json`)) {
        out.push(finding(`${root}values.schema.json is in the source but not in the package (is it in .helmignore?)`));
    }
    const templates = entries.filter(e => e.name.startsWith(`${root}templates/`)).length;
    if (expected.sourceTemplateCount > 0 && templates === 0)
        out.push(finding(`the package has no templates although the source has ${expected.sourceTemplateCount}`));
    return out;
}
function chartYamlOf(entries, name) {
    return entries.find(e => e.name === `${name}/Chart.yaml`)?.data.toString('utf8');
}
/**
 * Rewrites a helm package with every entry stamped `mtime` (Helm 4 copies each file's mtime, so
 * a fresh checkout gives different bytes). Entry order, names, modes and helm's gzip header are
 * kept; `helm template` then reads the rewritten archive, which proves it is still a chart.
 */
function normalizePackage(tgz, entries, mtime) {
    return writeTgz(entries
        .filter(e => e.type === 'file' || e.type === 'directory')
        .map(e => ({ name: e.name, type: e.type, mode: e.mode, data: e.data })), mtime, readGzipHeader(tgz));
}
/** SOURCE_DATE_EPOCH (the reproducible-builds convention) when set, else 1980-01-01 (as ZIP-based tools use). */
function packageMtime(env) {
    const s = env['SOURCE_DATE_EPOCH'];
    return s && /^\d+$/.test(s) ? Number(s) : 315532800;
}

// EXTERNAL MODULE: ./actions/package-and-verify-helm-chart/src/report.ts
var report = __webpack_require__(9232);
// EXTERNAL MODULE: ./actions/package-and-verify-helm-chart/src/checks/common.ts
var common = __webpack_require__(4571);
;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/checks/accounts.ts

/** An IAM role ARN as IRSA expects it: partition, 12-digit account, role/ with an optional path. */
const IAM_ROLE_ARN = /^arn:aws(?:-cn|-us-gov|-iso|-iso-[a-z])?:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const IRSA_ANNOTATION = 'eks.amazonaws.com/role-arn';
function checkServiceAccounts(objects, pods, external, out) {
    const accounts = new Set(objects.filter(o => o.kind === 'ServiceAccount').map(o => o.name));
    for (const p of pods) {
        if (!p.policy)
            continue;
        const name = String(p.spec['serviceAccountName'] ?? p.spec['serviceAccount'] ?? '');
        // The namespace's default account always exists; policy on using it is a separate matter.
        if (!name || name === 'default')
            continue;
        if (!accounts.has(name) && !external.includes(name)) {
            out.add('error', 'service-account', p.owner, `${p.owner.id} runs as ServiceAccount "${name}", which is not in the render (declare it in external-service-accounts if it exists outside the chart)`);
        }
    }
}
function checkIrsa(objects, out) {
    for (const sa of objects.filter(o => o.kind === 'ServiceAccount')) {
        const annotations = (0,common/* annotationsOf */.Ih)(sa);
        if (!(IRSA_ANNOTATION in annotations))
            continue;
        const arn = annotations[IRSA_ANNOTATION].trim();
        if (!IAM_ROLE_ARN.test(arn)) {
            out.add('error', 'irsa-role-arn', sa, `${sa.id}: ${IRSA_ANNOTATION} "${arn}" is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>)`);
        }
    }
}

// EXTERNAL MODULE: ./actions/package-and-verify-helm-chart/src/checks/exemptions.ts
var checks_exemptions = __webpack_require__(6894);
;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/checks/ingress.ts

function ingressBackends(spec) {
    const backends = [];
    const def = (0,kubeObject/* rec */.D9)(spec['defaultBackend'] ?? spec['backend']);
    if (Object.keys(def).length)
        backends.push(def);
    for (const rule of (0,kubeObject/* arr */.QL)(spec['rules']))
        for (const p of (0,kubeObject/* arr */.QL)((0,kubeObject/* rec */.D9)((0,kubeObject/* rec */.D9)(rule)['http'])['paths']))
            backends.push((0,kubeObject/* rec */.D9)((0,kubeObject/* rec */.D9)(p)['backend']));
    const out = [];
    for (const b of backends) {
        const svc = (0,kubeObject/* rec */.D9)(b['service']);
        if (Object.keys(svc).length) {
            const port = (0,kubeObject/* rec */.D9)(svc['port']);
            out.push({
                service: String(svc['name'] ?? ''),
                port: port['name'] !== undefined ? { name: String(port['name']) } : (0,common/* portRef */.vW)(port['number'])
            });
        }
        else if (b['serviceName'] !== undefined) {
            // extensions/v1beta1 and networking.k8s.io/v1beta1 shape.
            out.push({ service: String(b['serviceName']), port: (0,common/* portRef */.vW)(b['servicePort']) });
        }
    }
    return out;
}
const ALB_USE_ANNOTATION = 'use-annotation';
const ALB_ACTION_PREFIX = 'alb.ingress.kubernetes.io/actions.';
const ALB_ACTION_TYPES = new Set(['forward', 'redirect', 'fixed-response']);
/** A field of an action, matched case-insensitively as the controller's JSON decoding does (`Type` = `type`). */
function field(o, name) {
    const key = Object.keys(o).find(k => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : o[key];
}
/** The services a weighted forward action sends to (targetGroupARN/Name entries name none). */
function forwardTargets(action) {
    const groups = (0,kubeObject/* arr */.QL)(field((0,kubeObject/* rec */.D9)(field(action, 'forwardConfig')), 'targetGroups')).map(kubeObject/* rec */.D9);
    return groups
        .filter(g => field(g, 'serviceName') !== undefined)
        .map(g => ({ service: String(field(g, 'serviceName')), port: (0,common/* portRef */.vW)(field(g, 'servicePort')) }));
}
function checkIngresses(objects, nsOf, out) {
    const services = objects.filter(o => o.kind === 'Service');
    const checkBackend = (ing, b, via) => {
        const svc = services.find(s => s.name === b.service && nsOf(s) === nsOf(ing));
        if (!svc) {
            out.add('error', 'ingress-backend', ing, `${ing.id} routes${via} to Service "${b.service}", which is not in the render`);
            return;
        }
        const ports = (0,kubeObject/* arr */.QL)((0,kubeObject/* rec */.D9)(svc.doc['spec'])['ports']).map(kubeObject/* rec */.D9);
        if (b.port.name === undefined && b.port.number === undefined) {
            out.add('error', 'ingress-backend', ing, `${ing.id} routes${via} to Service "${b.service}" without a port`);
            return;
        }
        const ok = b.port.name !== undefined
            ? ports.some(p => p['name'] === b.port.name)
            : ports.some(p => Number(p['port']) === b.port.number);
        if (!ok)
            out.add('error', 'ingress-backend', ing, `${ing.id} routes${via} to port ${(0,common/* describePort */.Rf)(b.port)} of Service "${b.service}", which has no such port`);
    };
    for (const ing of objects.filter(o => o.kind === 'Ingress')) {
        const annotations = (0,common/* annotationsOf */.Ih)(ing);
        for (const b of ingressBackends((0,kubeObject/* rec */.D9)(ing.doc['spec']))) {
            if (b.port.name !== ALB_USE_ANNOTATION) {
                checkBackend(ing, b, '');
                continue;
            }
            const key = ALB_ACTION_PREFIX + b.service;
            const raw = annotations[key];
            if (raw === undefined) {
                out.add('error', 'ingress-backend', ing, `${ing.id} routes "${b.service}" to port use-annotation, but has no ${key} annotation (the AWS Load Balancer Controller would reject the Ingress)`);
                continue;
            }
            let action;
            try {
                action = (0,kubeObject/* rec */.D9)(JSON.parse(raw));
            }
            catch (err) {
                out.add('error', 'ingress-backend', ing, `${ing.id}: ${key} is not JSON (${err.message})`);
                continue;
            }
            const type = String(field(action, 'type') ?? '');
            if (!ALB_ACTION_TYPES.has(type)) {
                out.add('error', 'ingress-backend', ing, `${ing.id}: ${key} has type "${type}" (the AWS Load Balancer Controller knows forward, redirect, fixed-response)`);
                continue;
            }
            if (type === 'forward')
                for (const t of forwardTargets(action))
                    checkBackend(ing, t, ` (action ${b.service})`);
        }
    }
}

// EXTERNAL MODULE: ./actions/package-and-verify-helm-chart/src/checks/workloads.ts
var workloads = __webpack_require__(7118);
;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/checks/policy.ts
/**
 * Workload policy, per pod template: no host access or privilege, Pod Security Standards
 * "restricted", an image pinned by version or digest, requests and a memory limit, and probes
 * on long-running pods. Test hook pods are relaxed where a short-lived pod needs no probes.
 * Istio's gateway injection: a pod labelled sidecar.istio.io/inject=true whose istio-proxy
 * container has the placeholder image `auto` gets that image (the proxy istiod is configured
 * with) and a readiness probe from the injection template, so neither is the chart's to pin;
 * everything else the chart writes for that container (resources, securityContext, liveness) is.
 */


/** Tags that are moved by design (the seed's `<image>-latest` included). */
const MUTABLE_TAGS = new Set([
    'latest',
    'main',
    'master',
    'stable',
    'edge',
    'nightly',
    'dev',
    'develop',
    'head'
]);
/** Splits `registry:5000/repo:tag@sha256:…` into its tag and digest ('' when absent). */
function parseImageRef(image) {
    let rest = image.trim();
    let digest = '';
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag = '';
    const colon = rest.lastIndexOf(':');
    // A colon after the last slash separates the tag; before it, it is a registry port.
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { name: rest, tag, digest };
}
function isMutableTag(tag) {
    const t = tag.toLowerCase();
    return t === '' || MUTABLE_TAGS.has(t) || t.endsWith('-latest');
}
/** Effective securityContext value: the container's setting wins over the pod's. */
function effective(pod, c, key) {
    const cv = (0,kubeObject/* rec */.D9)(c['securityContext'])[key];
    return cv !== undefined ? cv : (0,kubeObject/* rec */.D9)(pod['securityContext'])[key];
}
/** Whether Istio's injector fills this container in (the documented `image: auto` gateway pattern). */
function isIstioInjectedProxy(p, c) {
    return (p.labels['sidecar.istio.io/inject'] === 'true' &&
        !c.init &&
        c.name === 'istio-proxy' &&
        String(c.c['image'] ?? '') === 'auto');
}
function checkWorkloadPolicy(p, out) {
    const o = p.owner;
    const spec = p.spec;
    const where = (c) => `${o.id} ${c.init ? 'init container' : 'container'} "${c.name}"`;
    for (const key of ['hostNetwork', 'hostPID', 'hostIPC']) {
        if (spec[key] === true)
            out.add('error', 'host-access', o, `${o.id} sets ${key}: true`);
    }
    for (const v of (0,kubeObject/* arr */.QL)(spec['volumes'])) {
        if ((0,kubeObject/* rec */.D9)(v)['hostPath'] !== undefined)
            out.add('error', 'host-access', o, `${o.id} mounts hostPath volume "${String((0,kubeObject/* rec */.D9)(v)['name'] ?? '?')}"`);
    }
    const podSc = (0,kubeObject/* rec */.D9)(spec['securityContext']);
    const podSeccomp = (0,kubeObject/* rec */.D9)(podSc['seccompProfile'])['type'];
    for (const c of (0,workloads/* containersOf */.Mz)(spec)) {
        const sc = (0,kubeObject/* rec */.D9)(c.c['securityContext']);
        if (sc['privileged'] === true)
            out.add('error', 'privileged', o, `${where(c)} is privileged`);
        for (const port of (0,kubeObject/* arr */.QL)(c.c['ports'])) {
            if ((0,kubeObject/* rec */.D9)(port)['hostPort'] !== undefined)
                out.add('error', 'host-access', o, `${where(c)} binds hostPort ${String((0,kubeObject/* rec */.D9)(port)['hostPort'])}`);
        }
        // Pod Security Standards "restricted".
        if (effective(spec, c.c, 'runAsNonRoot') !== true)
            out.add('error', 'security-context', o, `${where(c)} does not set runAsNonRoot: true`);
        if (effective(spec, c.c, 'runAsUser') === 0)
            out.add('error', 'security-context', o, `${where(c)} runs as UID 0`);
        if (sc['allowPrivilegeEscalation'] !== false)
            out.add('error', 'security-context', o, `${where(c)} does not set allowPrivilegeEscalation: false`);
        const caps = (0,kubeObject/* rec */.D9)(sc['capabilities']);
        if (!(0,kubeObject/* arr */.QL)(caps['drop']).map(String).includes('ALL'))
            out.add('error', 'security-context', o, `${where(c)} does not drop ALL capabilities`);
        const added = (0,kubeObject/* arr */.QL)(caps['add'])
            .map(String)
            .filter(a => a !== 'NET_BIND_SERVICE');
        if (added.length)
            out.add('error', 'security-context', o, `${where(c)} adds capabilities ${added.join(', ')} (restricted allows only NET_BIND_SERVICE)`);
        const seccomp = (0,kubeObject/* rec */.D9)(sc['seccompProfile'])['type'] ?? podSeccomp;
        if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') {
            out.add('error', 'security-context', o, `${where(c)} has no seccompProfile RuntimeDefault or Localhost`);
        }
        if (sc['readOnlyRootFilesystem'] !== true && !p.testHook) {
            out.add('warning', 'read-only-root-filesystem', o, `${where(c)} does not set readOnlyRootFilesystem: true`);
        }
        const injected = isIstioInjectedProxy(p, c);
        const image = String(c.c['image'] ?? '');
        if (!image)
            out.add('error', 'image-tag', o, `${where(c)} has no image`);
        else if (!injected) {
            const ref = parseImageRef(image);
            if (!ref.digest && isMutableTag(ref.tag)) {
                out.add('error', 'image-tag', o, `${where(c)} uses image "${image}" with ${ref.tag ? `the mutable tag "${ref.tag}"` : 'no tag (means latest)'} and no digest; pin a version or @sha256 digest`);
            }
        }
        const resources = (0,kubeObject/* rec */.D9)(c.c['resources']);
        const requests = (0,kubeObject/* rec */.D9)(resources['requests']);
        const limits = (0,kubeObject/* rec */.D9)(resources['limits']);
        const missing = [
            requests['cpu'] === undefined && 'requests.cpu',
            requests['memory'] === undefined && 'requests.memory',
            limits['memory'] === undefined && 'limits.memory'
        ].filter(Boolean);
        // Test pods are short-lived; missing sizing there is worth a note, not a failed build.
        if (missing.length)
            out.add(p.testHook ? 'warning' : 'error', 'resources', o, `${where(c)} has no ${missing.join(', ')}`);
        if (p.longRunning && !c.init) {
            for (const probe of ['readinessProbe', 'livenessProbe']) {
                if (c.c[probe] === undefined && !(injected && probe === 'readinessProbe'))
                    out.add('error', 'probes', o, `${where(c)} has no ${probe}`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/checks/rollouts.ts


function strategyRefs(o) {
    const strategy = (0,kubeObject/* rec */.D9)((0,kubeObject/* rec */.D9)(o.doc['spec'])['strategy']);
    const canary = (0,kubeObject/* rec */.D9)(strategy['canary']);
    const blueGreen = (0,kubeObject/* rec */.D9)(strategy['blueGreen']);
    const routing = (0,kubeObject/* rec */.D9)(canary['trafficRouting']);
    const refs = [];
    const add = (field, kind, v) => {
        if (typeof v === 'string' && v)
            refs.push({ field, kind, name: v });
    };
    add('strategy.canary.canaryService', 'Service', canary['canaryService']);
    add('strategy.canary.stableService', 'Service', canary['stableService']);
    add('strategy.blueGreen.activeService', 'Service', blueGreen['activeService']);
    add('strategy.blueGreen.previewService', 'Service', blueGreen['previewService']);
    add('strategy.canary.trafficRouting.alb.rootService', 'Service', (0,kubeObject/* rec */.D9)(routing['alb'])['rootService']);
    add('strategy.canary.trafficRouting.alb.ingress', 'Ingress', (0,kubeObject/* rec */.D9)(routing['alb'])['ingress']);
    add('strategy.canary.trafficRouting.nginx.stableIngress', 'Ingress', (0,kubeObject/* rec */.D9)(routing['nginx'])['stableIngress']);
    for (const i of (0,kubeObject/* arr */.QL)((0,kubeObject/* rec */.D9)(routing['nginx'])['stableIngresses']))
        add('strategy.canary.trafficRouting.nginx.stableIngresses', 'Ingress', i);
    return refs;
}
function checkRollouts(objects, pods, nsOf, out) {
    for (const ro of objects.filter(workloads/* isRollout */.kA)) {
        const ref = (0,workloads/* workloadRefOf */.c3)(ro);
        if (ref && !objects.some(d => d.kind === ref.kind && d.name === ref.name && nsOf(d) === nsOf(ro))) {
            out.add('error', 'rollout-ref', ro, `${ro.id} takes its pod template from ${ref.kind || '<no kind>'}/${ref.name || '<no name>'} (spec.workloadRef), which is not in the render`);
        }
        const mine = pods.find(p => p.owner === ro);
        for (const r of strategyRefs(ro)) {
            const target = objects.find(o => o.kind === r.kind && o.name === r.name && nsOf(o) === nsOf(ro));
            if (!target) {
                out.add('error', 'rollout-ref', ro, `${ro.id} ${r.field} names ${r.kind} "${r.name}", which is not in the render`);
                continue;
            }
            if (r.kind !== 'Service' || !mine)
                continue;
            const selector = (0,kubeObject/* strMap */.qR)((0,kubeObject/* rec */.D9)(target.doc['spec'])['selector']);
            if (!Object.keys(selector).length || !mine.pods.some(l => (0,common/* selectorMatches */.de)(selector, l, true))) {
                out.add('error', 'rollout-ref', ro, `${ro.id} ${r.field} names Service "${r.name}", whose selector does not select the Rollout's pods`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/checks/rbac.ts

/** The ServiceAccount a pod template runs as ('default' when it names none). */
function accountOf(p) {
    return String(p.spec['serviceAccountName'] ?? p.spec['serviceAccount'] ?? 'default');
}
/** The rules of every Role and ClusterRole of the render bound to this ServiceAccount. */
function rulesFor(objects, account, namespace, nsOf) {
    const out = [];
    for (const b of objects.filter(o => o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding')) {
        const bound = (0,kubeObject/* arr */.QL)(b.doc['subjects'])
            .map(kubeObject/* rec */.D9)
            .some(s => s['kind'] === 'ServiceAccount' &&
            s['name'] === account &&
            String(s['namespace'] ?? nsOf(b)) === namespace);
        if (!bound)
            continue;
        const ref = (0,kubeObject/* rec */.D9)(b.doc['roleRef']);
        const role = objects.find(r => r.kind === ref['kind'] && r.name === ref['name']);
        if (role)
            out.push(...(0,kubeObject/* arr */.QL)(role.doc['rules']).map(kubeObject/* rec */.D9));
    }
    return out;
}
/** Rules on a core-group resource (`secrets`, `pods`) that grant one of the verbs. */
function grants(rules, resource, verbs) {
    return rules.filter(r => {
        const groups = (0,kubeObject/* arr */.QL)(r['apiGroups']).map(String);
        const resources = (0,kubeObject/* arr */.QL)(r['resources']).map(String);
        const vs = (0,kubeObject/* arr */.QL)(r['verbs']).map(String);
        return ((groups.includes('') || groups.includes('*')) &&
            (resources.includes(resource) || resources.includes('*')) &&
            vs.some(v => v === '*' || verbs.includes(v)));
    });
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/checks/secrets.ts




/** `--secret-name=x`, `--secret-name x`, `--tls-secret=x`: how secret-writing hook Jobs take the name. */
function secretNamesInArgs(args) {
    const out = [];
    args.forEach((a, i) => {
        const m = /^--[\w-]*secret[\w-]*(?:=(.+))?$/.exec(a);
        if (!m)
            return;
        const v = m[1] ?? args[i + 1];
        if (v)
            out.push(v);
    });
    return out;
}
/**
 * Secrets a workload of the render writes itself, so pods reading them wait for them (and then
 * start) instead of failing. A pre-install/pre-upgrade hook Job runs before the workloads: the
 * Secret it names in its arguments, or in the resourceNames of a Role that lets its
 * ServiceAccount create Secrets, is written. Any other workload (an operator writing its own
 * webhook certificates on start, as keda's does with --cert-secret-name) must have both: the
 * Secret named in its arguments and a Role of the render letting its ServiceAccount create
 * Secrets; a name in the arguments alone is a Secret it reads.
 */
function secretsWrittenBy(o, objects, nsOf) {
    const p = (0,workloads/* podTemplateOf */.D0)(o, nsOf(o));
    if (!p)
        return [];
    const hooks = ((0,common/* annotationsOf */.Ih)(o)['helm.sh/hook'] ?? '').split(',').map(h => h.trim());
    const preHook = o.kind === 'Job' && hooks.some(h => h === 'pre-install' || h === 'pre-upgrade');
    if (!preHook && hooks.some(Boolean))
        return [];
    const rules = rulesFor(objects, accountOf(p), nsOf(o), nsOf);
    // create cannot be limited by resourceNames (the object has no name yet when it is authorised):
    // the names are those of the account's other rules on Secrets (get, update).
    const mayCreate = grants(rules, 'secrets', ['create']).length > 0;
    const named = (0,workloads/* containersOf */.Mz)(p.spec).flatMap(c => secretNamesInArgs([...(0,kubeObject/* arr */.QL)(c.c['command']), ...(0,kubeObject/* arr */.QL)(c.c['args'])].map(String)));
    if (!preHook)
        return mayCreate ? named : [];
    const listed = mayCreate ? grants(rules, 'secrets', ['get', 'update', 'patch', 'create']) : [];
    return [...named, ...listed.flatMap(r => (0,kubeObject/* arr */.QL)(r['resourceNames']).map(String))];
}
/**
 * The Secrets CloudNativePG's operator makes for a Cluster: its CA, server and replication
 * certificates, the application user's credentials (`<name>-app`, unless bootstrap.initdb.secret
 * names the user's own) and, with enableSuperuserAccess, `<name>-superuser`.
 */
function cnpgClusterSecrets(name, spec) {
    const out = [`${name}-ca`, `${name}-server`, `${name}-replication`];
    const own = (0,kubeObject/* rec */.D9)((0,kubeObject/* rec */.D9)((0,kubeObject/* rec */.D9)(spec['bootstrap'])['initdb'])['secret'])['name'];
    if (!own)
        out.push(`${name}-app`);
    if (spec['enableSuperuserAccess'] === true)
        out.push(`${name}-superuser`);
    return out;
}
/** The Secret names the render creates or makes a controller create, per namespace. */
function producedSecrets(objects, nsOf) {
    const out = new Map();
    const add = (o, name, how) => {
        if (typeof name === 'string' && name)
            out.set(`${nsOf(o)}/${name}`, how);
    };
    for (const o of objects) {
        const spec = (0,kubeObject/* rec */.D9)(o.doc['spec']);
        const group = o.apiVersion.split('/')[0] ?? '';
        if (o.kind === 'Secret' && o.apiVersion === 'v1')
            add(o, o.name, o.id);
        else if (o.kind === 'ExternalSecret' && group === 'external-secrets.io')
            add(o, (0,kubeObject/* rec */.D9)(spec['target'])['name'] || o.name, o.id);
        else if (o.kind === 'SealedSecret' && group === 'bitnami.com')
            add(o, (0,kubeObject/* rec */.D9)((0,kubeObject/* rec */.D9)(spec['template'])['metadata'])['name'] || o.name, o.id);
        else if (o.kind === 'Certificate' && group === 'cert-manager.io')
            add(o, spec['secretName'], o.id);
        else if (o.kind === 'Cluster' && group === 'postgresql.cnpg.io')
            for (const name of cnpgClusterSecrets(o.name, spec))
                add(o, name, o.id);
        for (const name of secretsWrittenBy(o, objects, nsOf))
            add(o, name, o.id);
    }
    return out;
}
function secretRefs(p) {
    const refs = [];
    const add = (name, optional, where) => {
        if (optional === true || typeof name !== 'string' || !name)
            return;
        refs.push({ name, where });
    };
    for (const c of (0,workloads/* containersOf */.Mz)(p.spec)) {
        const who = `${c.init ? 'init container' : 'container'} "${c.name}"`;
        for (const e of (0,kubeObject/* arr */.QL)(c.c['env'])) {
            const ref = (0,kubeObject/* rec */.D9)((0,kubeObject/* rec */.D9)((0,kubeObject/* rec */.D9)(e)['valueFrom'])['secretKeyRef']);
            if (Object.keys(ref).length)
                add(ref['name'], ref['optional'], `${who} env ${String((0,kubeObject/* rec */.D9)(e)['name'] ?? '?')}`);
        }
        for (const e of (0,kubeObject/* arr */.QL)(c.c['envFrom'])) {
            const ref = (0,kubeObject/* rec */.D9)((0,kubeObject/* rec */.D9)(e)['secretRef']);
            if (Object.keys(ref).length)
                add(ref['name'], ref['optional'], `${who} envFrom`);
        }
    }
    for (const v of (0,kubeObject/* arr */.QL)(p.spec['volumes'])) {
        const vol = (0,kubeObject/* rec */.D9)(v);
        const name = String(vol['name'] ?? '?');
        const secret = (0,kubeObject/* rec */.D9)(vol['secret']);
        if (Object.keys(secret).length)
            add(secret['secretName'], secret['optional'], `volume "${name}"`);
        for (const s of (0,kubeObject/* arr */.QL)((0,kubeObject/* rec */.D9)(vol['projected'])['sources'])) {
            const ps = (0,kubeObject/* rec */.D9)((0,kubeObject/* rec */.D9)(s)['secret']);
            if (Object.keys(ps).length)
                add(ps['name'], ps['optional'], `projected volume "${name}"`);
        }
    }
    return refs;
}
function checkSecretRefs(objects, pods, external, nsOf, out) {
    const produced = producedSecrets(objects, nsOf);
    for (const p of pods) {
        if (!p.policy)
            continue;
        const seen = new Set();
        for (const r of secretRefs(p)) {
            if (produced.has(`${p.namespace}/${r.name}`) || external.includes(r.name) || seen.has(r.name))
                continue;
            seen.add(r.name);
            out.add('error', 'secret-ref', p.owner, `${p.owner.id} ${r.where} reads Secret "${r.name}", which neither the render nor an ExternalSecret of it creates (declare it in external-secrets if it exists outside the chart, or mark the reference optional)`);
        }
    }
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/checks/selectors.ts



function checkWorkloadSelectors(pods, out) {
    for (const p of pods) {
        const kind = p.owner.kind;
        if (kind === 'Pod' || kind === 'Job' || kind === 'CronJob' || !p.containersKnown)
            continue;
        const sel = (0,kubeObject/* rec */.D9)((0,kubeObject/* rec */.D9)(p.owner.doc['spec'])['selector']);
        // A Rollout with a workloadRef may leave the selector to the referenced Deployment.
        if ((0,workloads/* isRollout */.kA)(p.owner) && (0,workloads/* workloadRefOf */.c3)(p.owner) && (0,common/* isEmptySelector */.xh)(sel))
            continue;
        if ((0,common/* isEmptySelector */.xh)(sel)) {
            out.add('error', 'workload-selector', p.owner, `${p.owner.id} has no spec.selector`);
        }
        else if (!(0,common/* selectorMatches */.de)(sel, p.labels)) {
            out.add('error', 'workload-selector', p.owner, `${p.owner.id}: spec.selector does not match its pod template labels`);
        }
    }
}
/** The pod templates whose pods a plain-map or LabelSelector selects. */
function selectedBy(selector, pods, namespace, plainMap) {
    return pods.filter(p => p.namespace === namespace && p.pods.some(l => (0,common/* selectorMatches */.de)(selector, l, plainMap)));
}
/** The release's namespace is its own even when only custom resources (an operator's pods) live there. */
function releaseScope(objects, allPods, nsOf, releaseNamespace) {
    return { objects, nsOf, namespaces: new Set([releaseNamespace, ...allPods.map(p => p.namespace)]) };
}
/**
 * The reason a selector confined to these namespaces aims outside the release, when none is the
 * release namespace and the render makes no pods in any of them; undefined otherwise.
 */
function outsideRelease(scope, namespaces) {
    if (!namespaces.length || namespaces.some(n => scope.namespaces.has(n)))
        return undefined;
    const list = namespaces.join(', ');
    return `inferred: namespace ${list} is not the release's and the render makes no pods there, so the selector aims at pods outside the release`;
}
/** Whether the pods' ServiceAccount may change pods (and so their own labels). */
function mayRelabel(p, scope) {
    const rules = rulesFor(scope.objects, accountOf(p), p.namespace, scope.nsOf);
    return grants(rules, 'pods', ['patch', 'update']).length > 0;
}
/**
 * Pods that will carry what a Service asks for once they label themselves: every selector key
 * their template sets matches (at least one), the others are keys the template leaves unset,
 * and their ServiceAccount may patch pods.
 */
function selfLabelled(selector, pods, namespace, scope) {
    return pods.filter(p => p.namespace === namespace &&
        p.pods.some(l => {
            const known = Object.entries(selector).filter(([k]) => k in l);
            return known.length > 0 && known.every(([k, v]) => l[k] === v || l[k] === common/* ANY */.x4);
        }) &&
        mayRelabel(p, scope));
}
/** A hint when release pods of another namespace match (a Service selects only its own namespace's). */
function namespaceHint(matching) {
    if (!matching.length)
        return '';
    const where = [...new Set(matching.map(p => `${p.owner.id} in namespace ${p.namespace}`))].join(', ');
    return `; the pods of ${where} match, but a selector reaches only pods of its own namespace`;
}
/** A hint when the selector asks for a StatefulSet pod the StatefulSet cannot have. */
function perPodHint(selector, pods) {
    const podName = selector['statefulset.kubernetes.io/pod-name'] ?? selector['apps.kubernetes.io/pod-index'];
    if (podName === undefined)
        return '';
    const sets = pods.filter(p => p.owner.kind === 'StatefulSet').map(p => p.describe);
    return sets.length ? `; the StatefulSets make ${sets.join(', ')}` : '';
}
/** Whether some container of the selected pods exposes the port (by name or number). */
function exposesPort(selected, target) {
    return selected.some(pod => (0,workloads/* containersOf */.Mz)(pod.spec)
        .filter(c => !c.init)
        .some(c => (0,kubeObject/* arr */.QL)(c.c['ports']).some(cp => {
        const q = (0,kubeObject/* rec */.D9)(cp);
        return target.name !== undefined
            ? q['name'] === target.name
            : Number(q['containerPort']) === target.number;
    })));
}
function checkServices(objects, pods, scope, out) {
    const nsOf = scope.nsOf;
    for (const svc of objects.filter(o => o.kind === 'Service')) {
        const spec = (0,kubeObject/* rec */.D9)(svc.doc['spec']);
        if (spec['type'] === 'ExternalName')
            continue;
        const selector = (0,kubeObject/* strMap */.qR)(spec['selector']);
        // No selector means endpoints are managed elsewhere (a deliberate pattern), not a mistake.
        if (Object.keys(selector).length === 0)
            continue;
        const ns = nsOf(svc);
        let selected = selectedBy(selector, pods, ns, true);
        if (selected.length === 0)
            selected = selfLabelled(selector, pods, ns, scope);
        if (selected.length === 0) {
            const elsewhere = pods.filter(p => p.namespace !== ns && p.pods.some(l => (0,common/* selectorMatches */.de)(selector, l, true)));
            const message = `${svc.id} selects no pods of any workload in the render (selector ${(0,common/* describeSelector */.r5)(selector)})${perPodHint(selector, pods)}${namespaceHint(elsewhere)}`;
            const outside = elsewhere.length ? undefined : outsideRelease(scope, [ns]);
            if (outside)
                out.inferred('error', 'service-selector', svc, message, outside);
            else
                out.add('error', 'service-selector', svc, message);
            continue;
        }
        // Pods an operator makes have containers the render does not show: their ports cannot be judged.
        if (selected.some(p => !p.containersKnown))
            continue;
        for (const port of (0,kubeObject/* arr */.QL)(spec['ports'])) {
            const p = (0,kubeObject/* rec */.D9)(port);
            const target = (0,common/* portRef */.vW)(p['targetPort'] ?? p['port']);
            if (target.number === undefined && target.name === undefined)
                continue;
            if (!exposesPort(selected, target)) {
                const owners = [...new Set(selected.map(s => s.owner.id))].join(', ');
                // A named targetPort must be a declared container port; a number reaches the pod whether or
                // not a container declares it (declaring is informational), so that is only worth a warning.
                const named = target.name !== undefined;
                out.add(named ? 'error' : 'warning', 'service-target-port', svc, `${svc.id} port ${String(p['name'] ?? p['port'])} targets ${(0,common/* describePort */.Rf)(target)}, which no container of ${owners} ${named ? 'exposes' : 'declares (traffic still reaches it if the app listens there)'}`);
            }
        }
    }
}
function checkPdbs(objects, pods, scope, out) {
    for (const pdb of objects.filter(o => o.kind === 'PodDisruptionBudget')) {
        const sel = (0,kubeObject/* rec */.D9)((0,kubeObject/* rec */.D9)(pdb.doc['spec'])['selector']);
        if ((0,common/* isEmptySelector */.xh)(sel)) {
            out.add('error', 'pdb-target', pdb, `${pdb.id} has an empty selector (it would cover every pod in the namespace)`);
            continue;
        }
        const ns = scope.nsOf(pdb);
        if (selectedBy(sel, pods, ns, false).length === 0) {
            const elsewhere = pods.filter(p => p.namespace !== ns && p.pods.some(l => (0,common/* selectorMatches */.de)(sel, l)));
            const message = `${pdb.id} selects no pods of any workload in the render${namespaceHint(elsewhere)}`;
            const outside = elsewhere.length ? undefined : outsideRelease(scope, [ns]);
            if (outside)
                out.inferred('error', 'pdb-target', pdb, message, outside);
            else
                out.add('error', 'pdb-target', pdb, message);
        }
    }
}
function checkHpas(objects, nsOf, out) {
    for (const hpa of objects.filter(o => o.kind === 'HorizontalPodAutoscaler')) {
        const ref = (0,kubeObject/* rec */.D9)((0,kubeObject/* rec */.D9)(hpa.doc['spec'])['scaleTargetRef']);
        const kind = String(ref['kind'] ?? '');
        const name = String(ref['name'] ?? '');
        if (!objects.some(o => o.kind === kind && o.name === name && nsOf(o) === nsOf(hpa))) {
            out.add('error', 'hpa-target', hpa, `${hpa.id} scales ${kind || '<no kind>'}/${name || '<no name>'}, which is not in the render`);
        }
    }
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/checks/serviceMonitor.ts
/**
 * A prometheus-operator ServiceMonitor scrapes the endpoints of the Services it selects: it must
 * select a Service of the release (in the namespaces its namespaceSelector allows) and each
 * endpoint must name a port of such a Service (endpoints[].port is a Service port name;
 * the deprecated targetPort a port of the pods behind it). Otherwise Prometheus scrapes nothing
 * and nobody notices until an alert stays silent. Every cluster has the API server's Service
 * (`kubernetes` in `default`), so a ServiceMonitor may select it; one confined to namespaces
 * (namespaceSelector.matchNames) in which the release makes no pods (kube-system's kubelet
 * Service, which prometheus-operator maintains) aims outside the release: listed as exempted with
 * that reason, not failed.
 */



function isServiceMonitor(o) {
    return o.kind === 'ServiceMonitor' && o.apiVersion.startsWith('monitoring.coreos.com/');
}
/** The Service the API server's endpoints are published under, in every cluster. */
const API_SERVER_SERVICE = (0,manifest/* toObject */.vw)({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: { component: 'apiserver', provider: 'kubernetes' }
    },
    spec: { ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] }
}, '(every cluster)', -1);
function checkServiceMonitors(objects, pods, scope, out) {
    const nsOf = scope.nsOf;
    const own = objects.filter(o => o.kind === 'Service');
    const services = own.some(s => s.name === 'kubernetes' && nsOf(s) === 'default')
        ? own
        : [...own, API_SERVER_SERVICE];
    for (const sm of objects.filter(isServiceMonitor)) {
        const spec = (0,kubeObject/* rec */.D9)(sm.doc['spec']);
        const sel = (0,kubeObject/* rec */.D9)(spec['selector']);
        const nsSel = (0,kubeObject/* rec */.D9)(spec['namespaceSelector']);
        const names = (0,kubeObject/* arr */.QL)(nsSel['matchNames']).map(String);
        const inNamespace = (svc) => nsSel['any'] === true ? true : names.length ? names.includes(nsOf(svc)) : nsOf(svc) === nsOf(sm);
        // An empty selector selects every Service in the allowed namespaces.
        const selected = services.filter(s => inNamespace(s) &&
            ((0,common/* isEmptySelector */.xh)(sel) || (0,common/* selectorMatches */.de)(sel, (0,kubeObject/* strMap */.qR)((0,kubeObject/* rec */.D9)(s.doc['metadata'])['labels']))));
        if (!selected.length) {
            const allowed = nsSel['any'] === true ? [] : names.length ? names : [nsOf(sm)];
            const where = nsSel['any'] === true ? 'any namespace' : `namespace ${allowed.join(', ')}`;
            const message = `${sm.id} selects no Service of the render (in ${where})`;
            // Only namespaces named on purpose (matchNames) say where it aims; a ServiceMonitor without
            // them selects in its own namespace, wherever it was put, and that placement can be a mistake.
            const outside = names.length && nsSel['any'] !== true ? outsideRelease(scope, names) : undefined;
            if (outside)
                out.inferred('error', 'servicemonitor-selector', sm, message, outside);
            else
                out.add('error', 'servicemonitor-selector', sm, message);
            continue;
        }
        for (const [i, e] of (0,kubeObject/* arr */.QL)(spec['endpoints']).map(kubeObject/* rec */.D9).entries()) {
            const ports = selected.flatMap(s => (0,kubeObject/* arr */.QL)((0,kubeObject/* rec */.D9)(s.doc['spec'])['ports']).map(kubeObject/* rec */.D9));
            if (e['port'] !== undefined) {
                const name = String(e['port']);
                if (!ports.some(p => p['name'] === name))
                    out.add('error', 'servicemonitor-port', sm, `${sm.id} endpoints[${i}] scrapes port "${name}", which no selected Service (${selected.map(s => s.id).join(', ')}) names`);
            }
            else if (e['targetPort'] !== undefined) {
                const target = (0,common/* portRef */.vW)(e['targetPort']);
                const viaService = ports.some(p => {
                    const t = (0,common/* portRef */.vW)(p['targetPort'] ?? p['port']);
                    return target.name !== undefined ? t.name === target.name : t.number === target.number;
                });
                const backing = selected.flatMap(s => selectedBy((0,kubeObject/* strMap */.qR)((0,kubeObject/* rec */.D9)(s.doc['spec'])['selector']), pods, nsOf(s), true));
                const opaque = backing.some(p => !p.containersKnown);
                if (!viaService && !opaque && !exposesPort(backing, target))
                    out.add('error', 'servicemonitor-port', sm, `${sm.id} endpoints[${i}] scrapes targetPort ${(0,common/* describePort */.Rf)(target)}, which no pod behind the selected Services exposes`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/checks/structure.ts

function checkStructure(objects, requiredKinds, out) {
    const kinds = new Set(objects.map(o => o.kind));
    if (objects.some(workloads/* isRollout */.kA))
        kinds.add('Deployment');
    for (const k of requiredKinds) {
        if (!kinds.has(k))
            out.add('error', 'required-kinds', undefined, `the render has no ${k} (required-kinds: ${requiredKinds.join(',')})`);
    }
    const seen = new Map();
    for (const o of objects) {
        const missing = [!o.apiVersion && 'apiVersion', !o.kind && 'kind', !o.name && 'metadata.name'].filter(Boolean);
        if (missing.length)
            out.add('error', 'object-fields', o, `document ${o.index + 1} has no ${missing.join(', ')}`);
        if (!o.kind || !o.name)
            continue;
        const key = `${o.kind}/${o.namespace}/${o.name}`;
        const first = seen.get(key);
        if (first) {
            out.add('error', 'duplicate', o, `${o.id} is defined twice (also in ${first.source || `document ${first.index + 1}`})`);
        }
        else
            seen.set(key, o);
    }
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/verify.ts















function verifyManifest(objects, options) {
    const out = new common/* Collector */.gR();
    const ns = options.namespace ?? 'default';
    const nsOf = (o) => o.namespace || ns;
    checkStructure(objects, options.requiredKinds, out);
    const pods = (0,workloads/* podTemplates */.R7)(objects, ns, options.customWorkloads ?? []);
    // Services, PDBs and Ingresses route to long-running pods; hook pods are not traffic targets.
    const servedPods = pods.filter(p => !p.testHook && !(0,workloads/* hasHook */.AN)(p.owner));
    const scope = releaseScope(objects, pods, nsOf, ns);
    checkWorkloadSelectors(pods, out);
    checkServices(objects, servedPods, scope, out);
    checkIngresses(objects, nsOf, out);
    checkRollouts(objects, servedPods, nsOf, out);
    checkServiceMonitors(objects, servedPods, scope, out);
    checkServiceAccounts(objects, pods, options.externalServiceAccounts ?? [], out);
    checkIrsa(objects, out);
    checkSecretRefs(objects, pods, options.externalSecrets ?? [], nsOf, out);
    checkPdbs(objects, servedPods, scope, out);
    checkHpas(objects, nsOf, out);
    if (options.workloadPolicy !== false)
        for (const p of pods)
            if (p.policy)
                checkWorkloadPolicy(p, out);
    const exemptions = [...(0,checks_exemptions/* exemptionsFromAnnotations */.vL)(objects, out), ...(options.exemptions ?? [])];
    return (0,checks_exemptions/* applyExemptions */.rY)([...(options.earlier ?? []), ...out.findings], exemptions);
}

// EXTERNAL MODULE: ./src/lib/digest.ts
var digest = __webpack_require__(8899);
;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/analyze.ts
/**
 * Everything heavy, in one lazily loaded chunk: the YAML parser, node:zlib (the archive),
 * node:crypto (the digest) and the checks. run.ts starts helm first and loads this while helm
 * works, so none of it sits before the first helm process or on the validation-failure path.
 */










/***/ }),

/***/ 9232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ emitAnnotations),
/* harmony export */   TemplateLocator: () => (/* binding */ TemplateLocator),
/* harmony export */   eH: () => (/* binding */ summaryMarkdown),
/* harmony export */   failureSummaryMarkdown: () => (/* binding */ failureSummaryMarkdown)
/* harmony export */ });
/* unused harmony exports MAX_ANNOTATIONS, annotationLevel, bySeverity, MAX_SUMMARY_ROWS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _src_lib_manifest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5634);
/* harmony import */ var _src_lib_summary__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1119);
/**
 * Findings → GitHub annotations on the template that produced them, and the job summary.
 * Rendered output has no line numbers of its own; the annotation points at the line a check
 * found (a duplicate key's line in the template), else at the template's `kind:` line when the
 * template states the kind literally, else at line 1. GitHub shows 10 error and 10 warning
 * annotations per step: the most severe go first, one notice says how many more the summary
 * holds. Exempted findings are not annotations; the summary lists them with their reason.
 */




class TemplateLocator {
    chartDir;
    workspace;
    cache = new Map();
    constructor(chartDir, workspace) {
        this.chartDir = chartDir;
        this.workspace = workspace;
    }
    read(abs) {
        if (!this.cache.has(abs))
            this.cache.set(abs, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8') : undefined);
        return this.cache.get(abs);
    }
    /** `inChart` is a path inside the chart (`templates/service.yaml`); '' means Chart.yaml. */
    locate(inChart, kind = '') {
        const rel = inChart && !inChart.endsWith('/') ? inChart : 'Chart.yaml';
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.chartDir, rel);
        const text = this.read(abs);
        // A template of a packaged subchart is not on disk: annotate without a file.
        if (text === undefined)
            return {};
        let line = 1;
        if (kind) {
            const idx = text.split('\n').findIndex(l => new RegExp(`^\\s*kind:\\s*["']?${kind}["']?\\s*$`).test(l));
            if (idx >= 0)
                line = idx + 1;
        }
        return { file: node_path__WEBPACK_IMPORTED_MODULE_1__.relative(this.workspace, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'), line };
    }
    /**
     * The template line of the `occurrence`-th `key:` line of a rendered document: the same
     * ordinal among the template's `key:` lines (the last one when the template has fewer, as
     * when a loop renders it), undefined when the template does not spell the key.
     */
    lineOfKey(source, key, occurrence) {
        const rel = (0,_src_lib_manifest__WEBPACK_IMPORTED_MODULE_2__/* .templatePathInChart */ .tg)(source);
        const text = rel ? this.read(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.chartDir, rel)) : undefined;
        if (text === undefined)
            return undefined;
        const pattern = (0,_src_lib_manifest__WEBPACK_IMPORTED_MODULE_2__/* .keyLinePattern */ .UH)(key);
        const lines = text
            .split('\n')
            .map((l, i) => (pattern.test(l) ? i + 1 : 0))
            .filter(n => n > 0);
        return lines.length ? lines[Math.min(occurrence, lines.length) - 1] : undefined;
    }
    forFinding(f) {
        if (f.check === 'lint')
            return this.locate(f.source);
        const kind = f.object.split('/')[0] ?? '';
        const loc = this.locate(f.source ? (0,_src_lib_manifest__WEBPACK_IMPORTED_MODULE_2__/* .templatePathInChart */ .tg)(f.source) : '', kind);
        return loc.file && f.line ? { ...loc, line: f.line } : loc;
    }
}
/** GitHub shows at most this many error and this many warning annotations per step. */
const MAX_ANNOTATIONS = { error: 10, warning: 10 };
/**
 * strict: findings keep their level. warn: everything becomes a warning (nothing fails).
 * off: the workload policy was not run; what is left is reported as warnings.
 */
function annotationLevel(f, policy) {
    return policy === 'strict' ? f.level : 'warning';
}
/** Most severe first (errors, then warnings, then exempted), stable within a level. */
function bySeverity(findings, policy) {
    // Effective level first, then the finding's own (under warn, former errors lead the warnings).
    const rank = (f) => f.exempted !== undefined
        ? 4
        : (annotationLevel(f, policy) === 'error' ? 0 : 2) + (f.level === 'error' ? 0 : 1);
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
        .map(x => x.f);
}
function emitAnnotations(sink, findings, locator, policy) {
    const shown = { error: 0, warning: 0 };
    let more = 0;
    for (const f of bySeverity(findings, policy)) {
        if (f.exempted !== undefined)
            continue;
        const level = annotationLevel(f, policy);
        if (shown[level] >= MAX_ANNOTATIONS[level]) {
            more++;
            continue;
        }
        shown[level]++;
        const loc = locator.forFinding(f);
        const props = { title: `${f.check}${f.object ? ` (${f.object})` : ''}` };
        if (loc.file) {
            props.file = loc.file;
            props.startLine = loc.line ?? 1;
        }
        if (level === 'error')
            sink.error(f.message, props);
        else
            sink.warning(f.message, props);
    }
    const exempted = findings.filter(f => f.exempted !== undefined).length;
    if (more || exempted) {
        const parts = [
            more && `${more} more finding${more === 1 ? '' : 's'}`,
            exempted && `${exempted} exempted`
        ];
        sink.notice(`${parts.filter(Boolean).join(' and ')} in the job summary`, { title: 'package-and-verify' });
    }
}
const MAX_SUMMARY_ROWS = 200;
function summaryMarkdown(facts, findings, locator) {
    const active = findings.filter(f => f.exempted === undefined);
    const errors = active.filter(f => f.level === 'error').length;
    const warnings = active.length - errors;
    const exempted = findings.length - active.length;
    const s = new _src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .SummaryBuilder */ .CF().heading(`Helm chart ${facts.chartName} ${facts.chartVersion}: ${facts.result}`);
    s.facts([
        ['Result', facts.result],
        [
            'Findings',
            `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}` +
                (exempted ? `, ${exempted} exempted` : '') +
                ` (policy ${facts.policy})`
        ],
        ['Chart', `${facts.chartName} ${facts.chartVersion} (app ${facts.appVersion || '-'})`],
        ['Package', (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(facts.packagePath)],
        ['Digest', (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(facts.digest) + (facts.reproducible ? ' (reproducible)' : '')],
        ['Values', facts.valuesFiles.map(_src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY).join(' ')],
        [
            'Kinds',
            Object.entries(facts.kinds)
                .map(([k, n]) => `${k} ${n}`)
                .join(', ')
        ],
        ['Rendered manifest', (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(facts.manifestPath)],
        ['Helm', facts.helm]
    ]);
    findingsTable(s, findings, locator, facts.policy);
    return s.toString();
}
function findingsTable(s, findings, locator, policy) {
    if (!findings.length)
        return;
    const rows = bySeverity(findings, policy)
        .slice(0, MAX_SUMMARY_ROWS)
        .map(f => {
        const loc = locator.forFinding(f);
        return [
            f.exempted !== undefined ? 'exempted' : f.level,
            f.check,
            f.object,
            loc.file ? `${loc.file}:${loc.line ?? 1}` : f.source,
            f.exempted !== undefined ? `${f.message} — exempted: ${f.exempted}` : f.message
        ];
    });
    s.table(['Level', 'Check', 'Object', 'Template', 'Message'], rows);
    if (findings.length > MAX_SUMMARY_ROWS)
        s.add(`… and ${findings.length - MAX_SUMMARY_ROWS} more (see the log).`);
}
/** The summary of a run that stopped before its verdict: which step failed, why, what was known. */
function failureSummaryMarkdown(facts, findings, locator) {
    const s = new _src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .SummaryBuilder */ .CF().heading(`Helm chart ${facts.chart}: failed at ${facts.step}`);
    s.facts([
        ['Result', `failed at ${facts.step}`],
        ['Step', facts.step]
    ]);
    s.details(`Output of ${facts.step}`, '```\n' + facts.detail.replace(/```/g, "'''") + '\n```');
    findingsTable(s, findings, locator, facts.policy);
    return s.toString();
}


/***/ }),

/***/ 8899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/**
 * Content digests in the form registries and charts are addressed by (`sha256:<hex>`).
 * node:crypto is loaded on first use: an action failing input validation never needs it.
 */
function sha256Digest(body) {
    const { createHash } = process.getBuiltinModule('node:crypto');
    return 'sha256:' + createHash('sha256').update(body).digest('hex');
}


/***/ }),

/***/ 5634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ parseYamlDocument),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   UH: () => (/* binding */ keyLinePattern),
/* harmony export */   tg: () => (/* binding */ templatePathInChart),
/* harmony export */   vw: () => (/* binding */ toObject),
/* harmony export */   xb: () => (/* binding */ countKinds)
/* harmony export */ });
/* unused harmony exports parseYamlLikeHelm, splitDocuments */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _kubeObject__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1005);
/**
 * Parses a multi-document render (`helm template`, a release's manifest) into Kubernetes objects,
 * each with the `# Source:` template path Helm writes above it, so findings and diffs can point
 * at the template that produced an object. Documents are split on column-0 `---` lines (inside
 * a block scalar such a line would be indented), so one broken document does not hide the rest.
 * js-yaml with the YAML 1.2 core schema: several times faster than the `yaml` package on renders
 * (this sits on the action's critical path), no timestamp or merge-key magic. Duplicate mapping
 * keys are parsed as Helm does (its YAML-to-JSON path keeps the last value, and the API server
 * receives valid JSON), and reported beside the object so a verifier can warn about them.
 */


/** Parses one YAML document strictly; throws on syntax errors and duplicate keys. */
function parseYamlDocument(text) {
    return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU });
}
const MAX_DUPLICATES = 100;
function keyAt(text, position) {
    const m = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\n:{},[\]]*?)\s*:(?:\s|$)/.exec(text.slice(position));
    if (!m || !m[1])
        return undefined;
    const k = m[1];
    if (k.startsWith('"'))
        return JSON.parse(k);
    if (k.startsWith("'"))
        return k.slice(1, -1).replace(/''/g, "'");
    return k;
}
/** Lines of `text` whose content starts with `key:` (block mappings, list items included). */
function keyLinePattern(key) {
    const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^\\s*(?:-\\s+)?(?:${esc}|"${esc}"|'${esc}')\\s*:(?:\\s|$)`);
}
/**
 * Parses one document as Helm does: duplicate keys keep the last value. js-yaml stops at the
 * first duplicate, so each one found is renamed in a scratch copy and the parse repeated, which
 * finds them all without a second YAML library; the value is then parsed from the original.
 */
function parseYamlLikeHelm(text) {
    const duplicates = [];
    let scratch = text;
    for (let i = 0; i <= MAX_DUPLICATES; i++) {
        try {
            const value = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(scratch, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU });
            if (!duplicates.length)
                return { value, duplicates };
            break;
        }
        catch (err) {
            const e = err;
            if (e.reason !== 'duplicated mapping key' || !e.mark || i === MAX_DUPLICATES)
                throw err;
            const key = keyAt(scratch, e.mark.position);
            if (key === undefined)
                throw err;
            const lines = text.split('\n');
            const pattern = keyLinePattern(key);
            const occurrence = lines.slice(0, e.mark.line + 1).filter(l => pattern.test(l)).length;
            duplicates.push({ key, line: e.mark.line + 1, occurrence: Math.max(occurrence, 1) });
            // The renamed key has the same line, so later marks keep pointing into the original text.
            scratch = `${scratch.slice(0, e.mark.position)}flygtaxi-dup-${i}-${scratch.slice(e.mark.position)}`;
        }
    }
    return { value: (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU, json: true }), duplicates };
}
const SOURCE_RE = /^#\s*Source:\s*(\S.*?)\s*$/m;
/** Splits the render into documents with their `# Source:` path; empty documents are dropped. */
function splitDocuments(text) {
    const docs = [];
    let current = [];
    let index = 0;
    const flush = () => {
        const body = current.join('\n');
        current = [];
        const meaningful = body.split('\n').some(l => l.trim() !== '' && !l.trimStart().startsWith('#'));
        if (meaningful)
            docs.push({ source: SOURCE_RE.exec(body)?.[1] ?? '', index: index++, text: body });
    };
    for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
        if (/^---(\s|$)/.test(line)) {
            flush();
            // `--- # Source: x` and `--- {inline: doc}` keep what follows the marker.
            const rest = line.slice(3).trim();
            if (rest)
                current.push(rest);
        }
        else if (/^\.\.\.\s*$/.test(line)) {
            flush();
        }
        else {
            current.push(line);
        }
    }
    flush();
    return docs;
}
function toObject(doc, source, index) {
    const meta = (0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(doc['metadata']) ? doc['metadata'] : {};
    const kind = (0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(doc['kind']);
    const name = (0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(meta['name']);
    return {
        apiVersion: (0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(doc['apiVersion']),
        kind,
        name,
        namespace: (0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(meta['namespace']),
        source,
        index,
        id: `${kind || '<no kind>'}/${name || '<no name>'}`,
        doc
    };
}
/** Every document parsed; a document that is not YAML or not a mapping becomes an error entry. */
function parseManifest(text) {
    const objects = [];
    const errors = [];
    const duplicates = [];
    for (const raw of splitDocuments(text)) {
        let value;
        let dups;
        try {
            ({ value, duplicates: dups } = parseYamlLikeHelm(raw.text));
        }
        catch (err) {
            errors.push({ source: raw.source, index: raw.index, message: firstLine(err.message) });
            continue;
        }
        if (value === null || value === undefined)
            continue;
        if (!(0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value)) {
            errors.push({
                source: raw.source,
                index: raw.index,
                message: `document is a ${Array.isArray(value) ? 'list' : typeof value}, not a Kubernetes object`
            });
            continue;
        }
        // A `kind: List` (kubectl style) carries its objects in items.
        if (value['kind'] === 'List' && Array.isArray(value['items'])) {
            for (const item of value['items']) {
                if ((0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(item))
                    objects.push(toObject(item, raw.source, raw.index));
                else
                    errors.push({ source: raw.source, index: raw.index, message: 'a List item is not an object' });
            }
            continue;
        }
        const o = toObject(value, raw.source, raw.index);
        for (const d of dups)
            duplicates.push({ ...d, source: raw.source, index: raw.index, object: o.id });
        objects.push(o);
    }
    return { objects, errors, duplicates };
}
function firstLine(s) {
    return s.split('\n')[0] ?? s;
}
/** Kind → count, sorted by kind, for the `kinds` output. */
function countKinds(objects) {
    const counts = {};
    for (const o of [...objects].sort((a, b) => a.kind.localeCompare(b.kind)))
        counts[o.kind] = (counts[o.kind] ?? 0) + 1;
    return counts;
}
/** `frontdoor/templates/x.yaml` → `templates/x.yaml` (path inside the chart), '' when unknown. */
function templatePathInChart(source) {
    const i = source.indexOf('/');
    return i > 0 ? source.slice(i + 1) : '';
}


/***/ })

};
;