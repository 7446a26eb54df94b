/**
 * A real forward proxy on 127.0.0.1 for the proxy tests: CONNECT tunnels (https targets) and
 * absolute-form requests (http targets), as squid or tinyproxy serve them. Like any forward
 * proxy it resolves the target name itself: names under `.proxy.test` resolve to 127.0.0.1 here,
 * which is how a test reaches the local stack by a name that is not loopback (Go, and so helm,
 * never proxies `localhost` or a loopback IP, and neither do the actions). Every other target is
 * refused, so no traffic leaves the machine. It records each target it was asked for.
 */
import * as http from 'node:http';
import * as net from 'node:net';

export const PROXY_TEST_DOMAIN = 'proxy.test';

export interface ForwardProxy {
  url: string;
  /** `CONNECT host:port` and `GET http://host:port/...` targets, in order. */
  seen: string[];
  close(): Promise<void>;
}

function resolveTarget(host: string): string | undefined {
  const h = host.toLowerCase();
  if (h === PROXY_TEST_DOMAIN || h.endsWith(`.${PROXY_TEST_DOMAIN}`)) return '127.0.0.1';
  return undefined;
}

export async function startForwardProxy(): Promise<ForwardProxy> {
  const seen: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    // Absolute-form request for an http target.
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute-form request expected');
      return;
    }
    seen.push(`${req.method} ${target.host}`);
    const ip = resolveTarget(target.hostname);
    if (!ip) {
      res.writeHead(403).end(`this test proxy only reaches *.${PROXY_TEST_DOMAIN}`);
      return;
    }
    const headers: http.OutgoingHttpHeaders = { ...req.headers, host: target.host };
    delete headers['proxy-connection'];
    delete headers['proxy-authorization'];
    const up = http.request(
      {
        host: ip,
        port: target.port || 80,
        method: req.method,
        path: target.pathname + target.search,
        headers
      },
      upRes => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      }
    );
    up.on('error', () => res.writeHead(502).end('upstream error'));
    req.pipe(up);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    seen.push(`CONNECT ${host}:${port}`);
    const ip = resolveTarget(host);
    if (!ip) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const up = net.connect(Number(port), ip, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    sockets.add(up);
    up.on('close', () => sockets.delete(up));
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
  });
  server.on('connection', s => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>(r => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      })
  };
}

/** The same URL with its host replaced by `<name>.proxy.test` (the port kept). */
export function viaProxyName(url: string, name: string): string {
  const u = new URL(url);
  u.hostname = `${name}.${PROXY_TEST_DOMAIN}`;
  return u.href.replace(/\/$/, '');
}
