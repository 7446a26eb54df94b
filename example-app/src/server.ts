import { createFrontdoor } from './app';
import { parseConfig } from './config';
import { createLogger } from './logger';

/** Entry point: `node example-app/dist/server.js`. Configuration comes from the environment only. */
async function main(): Promise<void> {
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    process.stderr.write(`frontdoor: invalid configuration: ${parsed.errors.join('; ')}\n`);
    process.exit(1);
  }
  const { config } = parsed;
  const logger = createLogger(config.logLevel, line => process.stdout.write(line));
  const app = createFrontdoor(config, logger);

  logger.log('info', 'Flygtaxi Frontdoor Service - Starting Up', {
    logLevel: config.logLevel,
    node: process.version
  });
  let shuttingDown = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    // Kubernetes sends one SIGTERM; a repeated Ctrl-C must not restart the drain.
    if (shuttingDown) return;
    shuttingDown = true;
    void app.shutdown(signal).then(outcome => {
      logger.log('info', 'Shutdown complete', { outcome });
      process.exit(0);
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  if (config.kubernetes.inCluster) {
    logger.log('info', 'Running in Kubernetes cluster', {
      podName: config.kubernetes.podName,
      namespace: config.kubernetes.namespace
    });
  } else {
    logger.log('warning', 'Not running in a Kubernetes cluster (KUBERNETES_SERVICE_HOST unset)');
  }

  // Last startup line: once it is written, the server accepts requests.
  try {
    const port = await app.listen();
    logger.log('info', `Listening on ${config.host}:${port}`, { host: config.host, port });
  } catch (err) {
    process.stderr.write(`frontdoor: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`frontdoor: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
