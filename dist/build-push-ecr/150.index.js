"use strict";
exports.id = 150;
exports.ids = [150];
exports.modules = {

/***/ 4150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qo: () => (/* binding */ linkDockerState),
/* harmony export */   Yt: () => (/* binding */ writeAuthFile),
/* harmony export */   b4: () => (/* binding */ createPrivateDir),
/* harmony export */   removePrivateDir: () => (/* binding */ removePrivateDir)
/* harmony export */ });
/* unused harmony exports PRIVATE_DIR_PREFIX, authFileContent */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The one place credentials touch the disk: a 0700 directory under RUNNER_TEMP holding a 0600
 * auth file in the format buildah, podman and docker all read (`{"auths":{host:{auth}}}`).
 * buildah/podman get `--authfile <dir>/config.json`; docker gets DOCKER_CONFIG=<dir>, so
 * ~/.docker is never written. The directory is removed in `finally` by run(), and again by the
 * post step (found by its path, saved in state: no secret is ever saved).
 */



const PRIVATE_DIR_PREFIX = 'flygtaxi-build-push-';
function createPrivateDir(runnerTemp) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(runnerTemp, { recursive: true });
    const dir = node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(runnerTemp, PRIVATE_DIR_PREFIX));
    node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync(dir, 0o700);
    return { dir };
}
/** The auth file body: one registry, `auth` = base64(user:password). */
function authFileContent(registry, username, password) {
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    return JSON.stringify({ auths: { [registry]: { auth } } });
}
function writeAuthFile(p, registry, username, password) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(p.dir, 'config.json');
    // Created with 0600 from the start (no window in which it is world-readable).
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(file, authFileContent(registry, username, password), { mode: 0o600, flag: 'w' });
    node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync(file, 0o600);
    p.authFile = file;
    return file;
}
/**
 * docker with DOCKER_CONFIG=<dir> would lose the user's buildx builders and CLI plugins (set up
 * by docker/setup-buildx-action under ~/.docker): link them into the private directory.
 */
function linkDockerState(p, env) {
    const original = env['DOCKER_CONFIG'] || node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.homedir(), '.docker');
    for (const name of ['buildx', 'cli-plugins', 'contexts']) {
        const src = node_path__WEBPACK_IMPORTED_MODULE_2__.join(original, name);
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(src))
            node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync(src, node_path__WEBPACK_IMPORTED_MODULE_2__.join(p.dir, name));
    }
}
/** Removes the directory and everything in it; never throws (cleanup must not mask the real error). */
function removePrivateDir(dir) {
    try {
        if (!node_path__WEBPACK_IMPORTED_MODULE_2__.basename(dir).startsWith(PRIVATE_DIR_PREFIX))
            return false;
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(dir, { recursive: true, force: true });
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
;