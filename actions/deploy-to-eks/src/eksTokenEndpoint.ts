/**
 * The STS endpoint an EKS token is presigned for, resolved by the AWS SDK itself rather than a
 * hand-written host table: the STS client's own endpoint ruleset (`@aws-sdk/client-sts`'s
 * `endpoint/endpointResolver`, the file STSClient uses as its endpointProvider) fed by the same
 * config steps STSClient's constructor runs (resolveClientEndpointParameters, resolveRegionConfig,
 * resolveEndpointConfig) and the endpoint middleware's own getEndpointFromInstructions with
 * GetCallerIdentity's parameter instructions (commonParams). That is every partition (aws, aws-cn,
 * aws-us-gov, aws-iso `c2s.ic.gov`, aws-iso-b `sc2s.sgov.gov`, and the ones added after this was
 * written), AWS_USE_FIPS_ENDPOINT and `fips-` regions, AWS_USE_DUALSTACK_ENDPOINT, and
 * AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL / the shared config file's `endpoint_url` (and
 * AWS_IGNORE_CONFIGURED_ENDPOINT_URLS), read exactly as every other SDK client of the action does.
 *
 * Why not `new STSClient()` + a captured request (what this did before): the client's entry module
 * eagerly loads the whole node credential chain, HTTP handler, SigV4a and protocol stack (a 926 KB
 * chunk), which tripled the plugin's start-up; helm/kubectl run it once per process. Only the
 * ruleset and config modules are loaded here (the ESM `dist-es` files, which the bundler
 * tree-shakes; `dist-cjs` is one file with everything). A test checks the result equals the full
 * client's for every case.
 */
import type { StsEndpoint } from './eksToken';

type Resolver = typeof import('@aws-sdk/client-sts/dist-types/endpoint/endpointResolver');
type Params = typeof import('@aws-sdk/client-sts/dist-types/endpoint/EndpointParameters');

export async function resolveStsEndpoint(region: string): Promise<StsEndpoint> {
  const [{ defaultEndpointResolver }, { commonParams, resolveClientEndpointParameters }, config, endpoints] =
    await Promise.all([
      import('@aws-sdk/client-sts/dist-es/endpoint/endpointResolver.js') as Promise<Resolver>,
      import('@aws-sdk/client-sts/dist-es/endpoint/EndpointParameters.js') as Promise<Params>,
      import('@smithy/core/config'),
      import('@smithy/core/endpoints')
    ]);
  const { loadConfig, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS } =
    config;
  // The same steps, in the same order, as STSClient's constructor and runtimeConfig (the SDK's
  // types want a whole client config; these steps read only the fields given here).
  const input = resolveClientEndpointParameters({
    region,
    // What getEndpointFromConfig reads AWS_ENDPOINT_URL_STS and `[services] sts =` by.
    serviceId: 'STS',
    endpointProvider: defaultEndpointResolver,
    useDualstackEndpoint: loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, {}),
    useFipsEndpoint: loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, {})
  } as Parameters<typeof resolveClientEndpointParameters>[0]);
  const clientConfig = endpoints.resolveEndpointConfig(config.resolveRegionConfig(input as never) as never);
  const endpoint = await endpoints.getEndpointFromInstructions(
    {},
    { getEndpointParameterInstructions: () => commonParams },
    clientConfig as never
  );
  const url = endpoint.url;
  if (!url?.hostname) throw new Error(`the AWS SDK resolved no STS endpoint for region ${region}`);
  return {
    protocol: url.protocol === 'http:' ? 'http:' : 'https:',
    host: url.host,
    // The request path: the endpoint's base path joined with the operation's `/`, as the client
    // serializes a query-protocol request.
    path: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
  };
}
