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
export function smokePathProblem(value: string): string | undefined {
  const hint = 'a plain absolute URL path such as /health';
  if (!value.startsWith('/')) return `must start with / (${hint})`;
  if (value.startsWith('//')) return `must not start with // (that names a host, not a path)`;
  // Control characters and whitespace are dropped or rewritten by URL parsers.
  if (/[\s\p{Cc}]/u.test(value)) return 'must not contain whitespace or control characters';
  if (value.includes('\\')) return 'must not contain a backslash';
  if (value.includes('#')) return 'must not contain # (a fragment is never sent)';
  const q = value.indexOf('?');
  const pathPart = q < 0 ? value : value.slice(0, q);
  const query = q < 0 ? '' : value.slice(q + 1);
  for (let i = 0; i < pathPart.length;) {
    const m = PATH_CHARS.exec(pathPart.slice(i));
    if (!m) return `character ${JSON.stringify(pathPart[i])} is not allowed in a URL path (${hint})`;
    i += m[0].length;
  }
  if (DANGEROUS_ESCAPE.test(value))
    return 'must not contain an encoded dot, slash, backslash or percent (%2e, %2f, %5c, %25)';
  if (pathPart.split('/').some(seg => seg === '.' || seg === '..'))
    return `must not contain . or .. segments (${hint})`;
  if (q >= 0 && query === '') return 'has an empty query (drop the ?)';
  if (!/^[A-Za-z0-9\-._~!$&()*+,;=:@/?%]*$/.test(query) || /%(?![0-9A-Fa-f]{2})/.test(query))
    return 'has a query with characters that are not allowed (use letters, digits and -._~=&)';
  return undefined;
}

/** The service proxy prefix of one Service port; everything a smoke request sends starts with it. */
export function serviceProxyPrefix(namespace: string, service: string, port: string): string {
  return `/api/v1/namespaces/${encodeURIComponent(namespace)}/services/${encodeURIComponent(service)}:${encodeURIComponent(port)}/proxy/`;
}

/**
 * The request path for `urlPath` through the proxy, after proving it is confined: the path is
 * already in the normal form a URL parser gives it (nothing for a client or server to rewrite)
 * and that form starts with the proxy prefix. Returns undefined when it is not.
 */
export function confinedProxyPath(
  namespace: string,
  service: string,
  port: string,
  urlPath: string
): string | undefined {
  if (smokePathProblem(urlPath)) return undefined;
  const prefix = serviceProxyPrefix(namespace, service, port);
  const p = `${prefix}${urlPath.slice(1)}`;
  const u = new URL(p, 'https://apiserver.invalid');
  if (u.host !== 'apiserver.invalid' || `${u.pathname}${u.search}` !== p) return undefined;
  return u.pathname.startsWith(prefix) ? p : undefined;
}
