/**
 * Declarative input tables. Each action's inputs.ts lists its inputs once, keyed by the name
 * action.yml gives them, each with the parser that reads and checks it; the typed `Inputs` is
 * derived from the table (kebab-case names become camelCase keys), so adding a plain input is one
 * line here plus its action.yml entry. Fields marked `hidden` are read and validated with the rest
 * but only feed a derived value (e.g. `image` + `image-tag` → one `image` object), so they are
 * left out of the derived type. Reading goes through InputReader, which collects every problem.
 */
import { InputReader, type KeyValue } from './inputs';

export interface Field<T, Exposed extends boolean = boolean> {
  read(r: InputReader, name: string): T;
  /** The default the code applies to an empty input; a test checks it equals action.yml's. */
  readonly default?: string;
  readonly exposed: Exposed;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type InputTable = Record<string, Field<any>>;

/** `release-name` → `releaseName` (the runner's names are kebab-case, TypeScript's camelCase). */
export type CamelCase<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<CamelCase<T>>}`
  : S;

type ValueOf<F> = F extends Field<infer V> ? V : never;

/** Every value the table reads, hidden ones included (what `readTable` returns). */
export type TableValues<T extends InputTable> = {
  [K in keyof T & string as CamelCase<K>]: ValueOf<T[K]>;
};

/** The values that become part of the action's `Inputs` (hidden fields left out). */
export type ExposedValues<T extends InputTable> = {
  [K in keyof T & string as T[K] extends Field<unknown, true> ? CamelCase<K> : never]: ValueOf<T[K]>;
};

export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Reads every field in table order (so problems are reported in the order action.yml lists them). */
export function readTable<T extends InputTable>(table: T, r: InputReader): TableValues<T> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(table)) out[camelCase(name)] = field.read(r, name);
  return out as TableValues<T>;
}

/** The exposed part of what `readTable` returned. */
export function exposedValues<T extends InputTable>(table: T, values: TableValues<T>): ExposedValues<T> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(table)) {
    const key = camelCase(name);
    if (field.exposed) out[key] = (values as Record<string, unknown>)[key];
  }
  return out as ExposedValues<T>;
}

/** Defaults the code applies, by input name (compared against action.yml by a test). */
export function tableDefaults(table: InputTable): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, field] of Object.entries(table))
    if (field.default !== undefined) out[name] = field.default;
  return out;
}

function field<T>(read: (r: InputReader, name: string) => T, def?: string): Field<T, true> {
  return def === undefined ? { read, exposed: true } : { read, default: def, exposed: true };
}

/** Reads and validates like `f`, but leaves the value out of the derived `Inputs` type. */
export function hidden<T>(f: Field<T>): Field<T, false> {
  return { ...f, exposed: false };
}

interface TextOptions {
  required?: boolean;
  default?: string;
  pattern?: RegExp;
  hint?: string;
  /** A problem with a non-empty value, or undefined when it is fine. */
  check?: (value: string) => string | undefined;
}

/** The field parsers, one per shape an input can have (InputReader does the work). */
export const input = {
  /** A trimmed string; optional pattern (with a hint in the message) and extra check. */
  text(opts: TextOptions = {}): Field<string, true> {
    const { check, ...stringOpts } = opts;
    return field((r, name) => {
      const v = r.string(name, stringOpts);
      const problem = v && check ? check(v) : undefined;
      if (problem) r.problem(name, problem);
      return v;
    }, opts.default);
  },
  flag(def: boolean): Field<boolean, true> {
    return field((r, name) => r.bool(name, def), String(def));
  },
  integer(def: number, range: { min?: number; max?: number } = {}): Field<number, true> {
    return field((r, name) => r.int(name, def, range), String(def));
  },
  /** A Go-style duration, in seconds. */
  duration(def: string, opts: { minSeconds?: number } = {}): Field<number, true> {
    return field((r, name) => r.duration(name, def, opts), def);
  },
  oneOf<T extends string>(allowed: readonly T[], def: T): Field<T, true> {
    return field((r, name) => r.enumOf(name, allowed, def), def);
  },
  /** One entry per line (or comma, with `commas`), trimmed, '#' lines dropped. */
  list(opts: { commas?: boolean } = {}): Field<string[], true> {
    return field((r, name) => r.list(name, opts));
  },
  /** KEY=VALUE lines. */
  pairs(keyPattern?: RegExp): Field<KeyValue[], true> {
    return field((r, name) => r.keyValues(name, keyPattern));
  },
  /** Anything else: the reader gets the InputReader and the input's name. */
  custom<T>(read: (r: InputReader, name: string) => T, def?: string): Field<T, true> {
    return field(read, def);
  }
};
