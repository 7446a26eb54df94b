"use strict";
exports.id = 186;
exports.ids = [186];
exports.modules = {

/***/ 3186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PRIVATE_DIR_STATE: () => (/* binding */ PRIVATE_DIR_STATE),
  b4: () => (/* binding */ privateDir_createPrivateDir),
  Qo: () => (/* binding */ linkDockerState),
  removePrivateDir: () => (/* binding */ privateDir_removePrivateDir),
  Yt: () => (/* binding */ writeAuthFile)
});

// UNUSED EXPORTS: PRIVATE_DIR_PREFIX, authFileContent

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/lib/privateFiles.ts
/**
 * Where secrets touch the disk: a 0700 directory under RUNNER_TEMP holding 0600 files (registry
 * auth, kubeconfig). Both actions that write credentials use this one mechanism; each removes its
 * directory in `finally`, and removal never throws (cleanup must not mask the real error).
 */


/** A fresh directory `<runnerTemp>/<prefix>XXXXXX` only this user can enter. */
function createPrivateDir(runnerTemp, prefix) {
    (0,external_node_fs_.mkdirSync)(runnerTemp, { recursive: true });
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(runnerTemp, prefix));
    (0,external_node_fs_.chmodSync)(dir, 0o700);
    return dir;
}
/** Writes `text` with mode 0600 from the start (no moment in which it is readable by others). */
function writePrivateFile(file, text) {
    (0,external_node_fs_.writeFileSync)(file, text, { mode: 0o600, flag: 'w' });
    // The mode option is masked by umask and ignored for an existing file: set it explicitly.
    (0,external_node_fs_.chmodSync)(file, 0o600);
}
/** Removes a directory made by createPrivateDir, and only such a directory (checked by its prefix). */
function removePrivateDir(dir, prefix) {
    try {
        if (!external_node_path_.basename(dir).startsWith(prefix))
            return false;
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/privateDir.ts
/**
 * The one place credentials touch the disk: a 0700 directory under RUNNER_TEMP holding a 0600
 * auth file in the format buildah, podman and docker all read (`{"auths":{host:{auth}}}`).
 * buildah/podman get `--authfile <dir>/config.json`; docker gets DOCKER_CONFIG=<dir>, so
 * ~/.docker is never written. The directory is removed in `finally` by run(), and again by the
 * post step (found by its path, saved in state: no secret is ever saved).
 */




const PRIVATE_DIR_PREFIX = 'flygtaxi-build-push-';
/** The state entry the post step finds the directory by (its path; never a secret). */
const PRIVATE_DIR_STATE = 'private-dir';
function privateDir_createPrivateDir(runnerTemp) {
    return { dir: createPrivateDir(runnerTemp, PRIVATE_DIR_PREFIX) };
}
/** The auth file body: one registry, `auth` = base64(user:password). */
function authFileContent(registry, username, password) {
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    return JSON.stringify({ auths: { [registry]: { auth } } });
}
function writeAuthFile(p, registry, username, password) {
    const file = external_node_path_.join(p.dir, 'config.json');
    writePrivateFile(file, authFileContent(registry, username, password));
    p.authFile = file;
    return file;
}
/**
 * docker with DOCKER_CONFIG=<dir> would lose the user's buildx builders and CLI plugins (set up
 * by docker/setup-buildx-action under ~/.docker): link them into the private directory.
 */
function linkDockerState(p, env) {
    const original = env['DOCKER_CONFIG'] || external_node_path_.join(external_node_os_.homedir(), '.docker');
    for (const name of ['buildx', 'cli-plugins', 'contexts']) {
        const src = external_node_path_.join(original, name);
        if (external_node_fs_.existsSync(src))
            external_node_fs_.symlinkSync(src, external_node_path_.join(p.dir, name));
    }
}
/** Removes the directory and everything in it; never throws (cleanup must not mask the real error). */
function privateDir_removePrivateDir(dir) {
    return removePrivateDir(dir, PRIVATE_DIR_PREFIX);
}


/***/ })

};
;