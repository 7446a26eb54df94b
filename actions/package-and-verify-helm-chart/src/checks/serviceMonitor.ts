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
import { toObject, type ManifestObject } from '../../../../src/lib/manifest';
import {
  arr,
  describePort,
  isEmptySelector,
  portRef,
  rec,
  selectorMatches,
  strMap,
  type Collector,
  type NsOf
} from './common';
import { exposesPort, outsideRelease, selectedBy, type ReleaseScope } from './selectors';
import type { PodTemplate } from './workloads';

function isServiceMonitor(o: ManifestObject): boolean {
  return o.kind === 'ServiceMonitor' && o.apiVersion.startsWith('monitoring.coreos.com/');
}

/** The Service the API server's endpoints are published under, in every cluster. */
const API_SERVER_SERVICE = toObject(
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kubernetes',
      namespace: 'default',
      labels: { component: 'apiserver', provider: 'kubernetes' }
    },
    spec: { ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] }
  },
  '(every cluster)',
  -1
);

export function checkServiceMonitors(
  objects: ManifestObject[],
  pods: PodTemplate[],
  scope: ReleaseScope,
  out: Collector
): void {
  const nsOf: NsOf = scope.nsOf;
  const own = objects.filter(o => o.kind === 'Service');
  const services = own.some(s => s.name === 'kubernetes' && nsOf(s) === 'default')
    ? own
    : [...own, API_SERVER_SERVICE];
  for (const sm of objects.filter(isServiceMonitor)) {
    const spec = rec(sm.doc['spec']);
    const sel = rec(spec['selector']);
    const nsSel = rec(spec['namespaceSelector']);
    const names = arr(nsSel['matchNames']).map(String);
    const inNamespace = (svc: ManifestObject) =>
      nsSel['any'] === true ? true : names.length ? names.includes(nsOf(svc)) : nsOf(svc) === nsOf(sm);
    // An empty selector selects every Service in the allowed namespaces.
    const selected = services.filter(
      s =>
        inNamespace(s) &&
        (isEmptySelector(sel) || selectorMatches(sel, strMap(rec(s.doc['metadata'])['labels'])))
    );
    if (!selected.length) {
      const allowed = nsSel['any'] === true ? [] : names.length ? names : [nsOf(sm)];
      const where = nsSel['any'] === true ? 'any namespace' : `namespace ${allowed.join(', ')}`;
      const message = `${sm.id} selects no Service of the render (in ${where})`;
      // Only namespaces named on purpose (matchNames) say where it aims; a ServiceMonitor without
      // them selects in its own namespace, wherever it was put, and that placement can be a mistake.
      const outside = names.length && nsSel['any'] !== true ? outsideRelease(scope, names) : undefined;
      if (outside) out.inferred('error', 'servicemonitor-selector', sm, message, outside);
      else out.add('error', 'servicemonitor-selector', sm, message);
      continue;
    }
    for (const [i, e] of arr(spec['endpoints']).map(rec).entries()) {
      const ports = selected.flatMap(s => arr(rec(s.doc['spec'])['ports']).map(rec));
      if (e['port'] !== undefined) {
        const name = String(e['port']);
        if (!ports.some(p => p['name'] === name))
          out.add(
            'error',
            'servicemonitor-port',
            sm,
            `${sm.id} endpoints[${i}] scrapes port "${name}", which no selected Service (${selected.map(s => s.id).join(', ')}) names`
          );
      } else if (e['targetPort'] !== undefined) {
        const target = portRef(e['targetPort']);
        const viaService = ports.some(p => {
          const t = portRef(p['targetPort'] ?? p['port']);
          return target.name !== undefined ? t.name === target.name : t.number === target.number;
        });
        const backing = selected.flatMap(s =>
          selectedBy(strMap(rec(s.doc['spec'])['selector']), pods, nsOf(s), true)
        );
        const opaque = backing.some(p => !p.containersKnown);
        if (!viaService && !opaque && !exposesPort(backing, target))
          out.add(
            'error',
            'servicemonitor-port',
            sm,
            `${sm.id} endpoints[${i}] scrapes targetPort ${describePort(target)}, which no pod behind the selected Services exposes`
          );
      }
    }
  }
}
