"use strict";
exports.id = 264;
exports.ids = [264];
exports.modules = {

/***/ 4264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveStsEndpoint: () => (/* binding */ resolveStsEndpoint)
/* harmony export */ });
async function resolveStsEndpoint(region) {
    const [{ defaultEndpointResolver }, { commonParams, resolveClientEndpointParameters }, config, endpoints] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(85), __webpack_require__.e(422), __webpack_require__.e(609), __webpack_require__.e(152), __webpack_require__.e(655)]).then(__webpack_require__.bind(__webpack_require__, 3655)),
        __webpack_require__.e(/* import() */ 228).then(__webpack_require__.bind(__webpack_require__, 8228)),
        __webpack_require__.e(/* import() */ 291).then(__webpack_require__.t.bind(__webpack_require__, 7291, 19)),
        Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(85)]).then(__webpack_require__.t.bind(__webpack_require__, 2085, 19))
    ]);
    const { loadConfig, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS } = config;
    // The same steps, in the same order, as STSClient's constructor and runtimeConfig (the SDK's
    // types want a whole client config; these steps read only the fields given here).
    const input = resolveClientEndpointParameters({
        region,
        // What getEndpointFromConfig reads AWS_ENDPOINT_URL_STS and `[services] sts =` by.
        serviceId: 'STS',
        endpointProvider: defaultEndpointResolver,
        useDualstackEndpoint: loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, {}),
        useFipsEndpoint: loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, {})
    });
    const clientConfig = endpoints.resolveEndpointConfig(config.resolveRegionConfig(input));
    const endpoint = await endpoints.getEndpointFromInstructions({}, { getEndpointParameterInstructions: () => commonParams }, clientConfig);
    const url = endpoint.url;
    if (!url?.hostname)
        throw new Error(`the AWS SDK resolved no STS endpoint for region ${region}`);
    return {
        protocol: url.protocol === 'http:' ? 'http:' : 'https:',
        host: url.host,
        // The request path: the endpoint's base path joined with the operation's `/`, as the client
        // serializes a query-protocol request.
        path: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
    };
}


/***/ })

};
;