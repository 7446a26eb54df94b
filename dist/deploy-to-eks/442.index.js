"use strict";
exports.id = 442;
exports.ids = [442];
exports.modules = {

/***/ 7442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeCluster: () => (/* binding */ describeCluster)
/* harmony export */ });
/* harmony import */ var _src_lib_aws__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2986);
/* harmony import */ var _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/**
 * EKS cluster access without the aws CLI: DescribeCluster through @aws-sdk/client-eks (loaded
 * lazily, after validation) for the endpoint and CA, and a kubeconfig whose user is this action's
 * own token command (eksTokenCli.ts) run with node. The SDK's standard retry strategy is the one
 * retry layer (at most 5 attempts, each retry logged; src/lib/aws.ts).
 */


async function describeCluster(name, region, log) {
    const { EKSClient, DescribeClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(85), __webpack_require__.e(422), __webpack_require__.e(609), __webpack_require__.e(152), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(524)]).then(__webpack_require__.t.bind(__webpack_require__, 4524, 19));
    const client = new EKSClient(await (0,_src_lib_aws__WEBPACK_IMPORTED_MODULE_0__/* .awsClientOptions */ .BE)(region, `EKS DescribeCluster ${name}`, log));
    try {
        const res = await client.send(new DescribeClusterCommand({ name }));
        const c = res.cluster;
        if (!c?.endpoint || !c.certificateAuthority?.data) {
            throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`EKS cluster ${name} in ${region} has no endpoint or CA yet (status ${c?.status ?? 'unknown'})`);
        }
        if (c.status && c.status !== 'ACTIVE' && c.status !== 'UPDATING') {
            throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`EKS cluster ${name} in ${region} is ${c.status}, not ACTIVE`);
        }
        return {
            name,
            endpoint: c.endpoint,
            caData: c.certificateAuthority.data,
            status: c.status ?? '',
            version: c.version ?? ''
        };
    }
    catch (err) {
        if (err instanceof _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw err;
        const e = err;
        if (e.name === 'ResourceNotFoundException') {
            throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`EKS cluster "${name}" was not found in ${region}: check cluster-name and aws-region`);
        }
        throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo((0,_src_lib_aws__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(`DescribeCluster ${name} (${region})`, err));
    }
    finally {
        client.destroy();
    }
}


/***/ })

};
;