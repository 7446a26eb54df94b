/**
 * Ingress backends must name a Service of the render and one of its ports. The AWS Load Balancer
 * Controller's actions are understood: a backend on port name `use-annotation` routes to the
 * action in `alb.ingress.kubernetes.io/actions.<service name>` (ssl-redirect, fixed-response,
 * weighted forward), so that annotation must exist and parse, and a forward action's services
 * must exist like any backend.
 */
import type { ManifestObject } from '../../../../src/lib/manifest';
import {
  annotationsOf,
  arr,
  describePort,
  portRef,
  rec,
  type Collector,
  type NsOf,
  type Obj,
  type PortRef
} from './common';

interface Backend {
  service: string;
  port: PortRef;
}

function ingressBackends(spec: Obj): Backend[] {
  const backends: Obj[] = [];
  const def = rec(spec['defaultBackend'] ?? spec['backend']);
  if (Object.keys(def).length) backends.push(def);
  for (const rule of arr(spec['rules']))
    for (const p of arr(rec(rec(rule)['http'])['paths'])) backends.push(rec(rec(p)['backend']));
  const out: Backend[] = [];
  for (const b of backends) {
    const svc = rec(b['service']);
    if (Object.keys(svc).length) {
      const port = rec(svc['port']);
      out.push({
        service: String(svc['name'] ?? ''),
        port: port['name'] !== undefined ? { name: String(port['name']) } : portRef(port['number'])
      });
    } else if (b['serviceName'] !== undefined) {
      // extensions/v1beta1 and networking.k8s.io/v1beta1 shape.
      out.push({ service: String(b['serviceName']), port: portRef(b['servicePort']) });
    }
  }
  return out;
}

export const ALB_USE_ANNOTATION = 'use-annotation';
export const ALB_ACTION_PREFIX = 'alb.ingress.kubernetes.io/actions.';
const ALB_ACTION_TYPES = new Set(['forward', 'redirect', 'fixed-response']);

/** A field of an action, matched case-insensitively as the controller's JSON decoding does (`Type` = `type`). */
function field(o: Obj, name: string): unknown {
  const key = Object.keys(o).find(k => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : o[key];
}

/** The services a weighted forward action sends to (targetGroupARN/Name entries name none). */
function forwardTargets(action: Obj): Backend[] {
  const groups = arr(field(rec(field(action, 'forwardConfig')), 'targetGroups')).map(rec);
  return groups
    .filter(g => field(g, 'serviceName') !== undefined)
    .map(g => ({ service: String(field(g, 'serviceName')), port: portRef(field(g, 'servicePort')) }));
}

export function checkIngresses(objects: ManifestObject[], nsOf: NsOf, out: Collector): void {
  const services = objects.filter(o => o.kind === 'Service');
  const checkBackend = (ing: ManifestObject, b: Backend, via: string) => {
    const svc = services.find(s => s.name === b.service && nsOf(s) === nsOf(ing));
    if (!svc) {
      out.add(
        'error',
        'ingress-backend',
        ing,
        `${ing.id} routes${via} to Service "${b.service}", which is not in the render`
      );
      return;
    }
    const ports = arr(rec(svc.doc['spec'])['ports']).map(rec);
    if (b.port.name === undefined && b.port.number === undefined) {
      out.add(
        'error',
        'ingress-backend',
        ing,
        `${ing.id} routes${via} to Service "${b.service}" without a port`
      );
      return;
    }
    const ok =
      b.port.name !== undefined
        ? ports.some(p => p['name'] === b.port.name)
        : ports.some(p => Number(p['port']) === b.port.number);
    if (!ok)
      out.add(
        'error',
        'ingress-backend',
        ing,
        `${ing.id} routes${via} to port ${describePort(b.port)} of Service "${b.service}", which has no such port`
      );
  };

  for (const ing of objects.filter(o => o.kind === 'Ingress')) {
    const annotations = annotationsOf(ing);
    for (const b of ingressBackends(rec(ing.doc['spec']))) {
      if (b.port.name !== ALB_USE_ANNOTATION) {
        checkBackend(ing, b, '');
        continue;
      }
      const key = ALB_ACTION_PREFIX + b.service;
      const raw = annotations[key];
      if (raw === undefined) {
        out.add(
          'error',
          'ingress-backend',
          ing,
          `${ing.id} routes "${b.service}" to port use-annotation, but has no ${key} annotation (the AWS Load Balancer Controller would reject the Ingress)`
        );
        continue;
      }
      let action: Obj;
      try {
        action = rec(JSON.parse(raw));
      } catch (err) {
        out.add('error', 'ingress-backend', ing, `${ing.id}: ${key} is not JSON (${(err as Error).message})`);
        continue;
      }
      const type = String(field(action, 'type') ?? '');
      if (!ALB_ACTION_TYPES.has(type)) {
        out.add(
          'error',
          'ingress-backend',
          ing,
          `${ing.id}: ${key} has type "${type}" (the AWS Load Balancer Controller knows forward, redirect, fixed-response)`
        );
        continue;
      }
      if (type === 'forward')
        for (const t of forwardTargets(action)) checkBackend(ing, t, ` (action ${b.service})`);
    }
  }
}
