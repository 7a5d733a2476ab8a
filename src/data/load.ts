/**
 * Parses and validates the hand-written YAML datasets. Every problem is reported with the file,
 * the line, the entry's id and the field, and all problems of a file are reported at once, so a
 * broken edit stops the build with a message that says exactly what to fix.
 */
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { figureFileSchema } from './schema';

/**
 * A problem in a content file. The build prints `message` and stops. `line` and `column`, when
 * given, are where the first problem is in the file being compiled: Astro's MDX plugin reads
 * them for its "Location", which otherwise says line 0.
 */
export class ContentError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** Where Astro's error report points ("Location"): the first problem's file and line, not this code. */
  readonly loc: { file: string; line: number; column: number } | undefined;
  constructor(
    readonly problems: string[],
    at?: { line: number; column?: number | undefined },
  ) {
    super(`Content error${problems.length > 1 ? 's' : ''}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
    this.line = at?.line;
    this.column = at ? (at.column ?? 1) : undefined;
    const first = /^([\w./@-]+\.[a-z]+):(\d+)/.exec(problems[0] ?? '');
    this.loc = first ? { file: first[1] ?? '', line: Number(first[2]), column: 1 } : undefined;
  }
}

interface Located {
  value: unknown;
  line: number;
}

/** Lines indented with a tab: YAML forbids them, and the parser's own message does not say so. */
function tabIndents(text: string, file: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      /^ *\t/.test(line) ? [`${file}:${i + 1}: indented with a tab; YAML indentation must use spaces`] : [],
    );
}

function parseYaml(text: string, file: string): { root: Node | null; lines: LineCounter } {
  const tabs = tabIndents(text, file);
  if (tabs.length > 0) throw new ContentError(tabs);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ContentError(
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        const message = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        return `${file}${pos ? `:${pos.line}` : ''}: not valid YAML: ${message}`;
      }),
    );
  }
  return { root: doc.contents, lines };
}

function itemsOf(seq: Node | null | undefined, file: string, where: string, lines: LineCounter): Located[] {
  if (!isSeq(seq)) throw new ContentError([`${file}: ${where} must be a list of entries`]);
  return seq.items.map((item) => {
    const node = item as Node;
    const offset = node.range?.[0] ?? 0;
    return { value: node.toJSON() as unknown, line: lines.linePos(offset).line };
  });
}

/** "notes[0].sources" from a zod issue path. */
function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function describeEntry(value: unknown, index: number, kind: string): string {
  const id = typeof value === 'object' && value !== null && 'id' in value ? value.id : undefined;
  return typeof id === 'string' ? `${kind} "${id}"` : `${kind} #${index + 1} (no id)`;
}

/** An entry as read, with the line it starts on. */
export type WithLine<T> = T & { line: number };

function validate<S extends z.ZodType>(items: Located[], schema: S, file: string, kind: string): WithLine<z.output<S>>[] {
  const problems: string[] = [];
  const out: WithLine<z.output<S>>[] = [];
  items.forEach((item, i) => {
    const result = schema.safeParse(item.value);
    if (result.success) {
      out.push({ ...(result.data as object), line: item.line } as WithLine<z.output<S>>);
      return;
    }
    for (const issue of result.error.issues) {
      const field = fieldName(issue.path);
      problems.push(
        `${file}:${item.line}: ${describeEntry(item.value, i, kind)}${field ? `, field "${field}"` : ''}: ${issue.message}`,
      );
    }
  });
  if (problems.length > 0) throw new ContentError(problems);
  return out;
}

/** Parses a YAML file whose top level is a list of entries (sources, people, countries, events). */
export function parseList<S extends z.ZodType>(text: string, file: string, schema: S, kind: string): WithLine<z.output<S>>[] {
  const { root, lines } = parseYaml(text, file);
  return validate(itemsOf(root, file, 'the top level', lines), schema, file, kind);
}

/**
 * Parses a YAML file of named lists (`places:`, `moves:`…), each checked with its own schema;
 * `kinds` names an entry of each list in messages. A list missing or unexpected is an error.
 */
export function parseLists<S extends Record<string, z.ZodType>>(
  text: string,
  file: string,
  schemas: S,
  kinds: Record<keyof S, string>,
): { [K in keyof S]: WithLine<z.output<S[K]>>[] } {
  const { root, lines } = parseYaml(text, file);
  if (!isMap(root)) throw new ContentError([`${file}: must be a mapping of ${Object.keys(schemas).join(', ')}`]);
  const extra = root.items
    .map((p) => String((p.key as Node & { value?: unknown })?.toJSON?.() ?? ''))
    .filter((k) => !(k in schemas));
  if (extra.length > 0)
    throw new ContentError(extra.map((k) => `${file}: unexpected list "${k}" (expected ${Object.keys(schemas).join(', ')})`));
  const out: Record<string, unknown[]> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    out[name] = validate(itemsOf(root.get(name, true) as Node, file, `"${name}"`, lines), schema, file, kinds[name] ?? name);
  }
  return out as { [K in keyof S]: WithLine<z.output<S[K]>>[] };
}

/** Parses a figures file: `defaults:` merged under each entry of `figures:`. */
export function parseFigureFile<S extends z.ZodType>(text: string, file: string, schema: S): WithLine<z.output<S>>[] {
  const { root, lines } = parseYaml(text, file);
  if (!isMap(root)) throw new ContentError([`${file}: must be a mapping with "figures:" (and optionally "defaults:")`]);
  const shape = figureFileSchema.safeParse(root.toJSON());
  if (!shape.success) {
    throw new ContentError(shape.error.issues.map((i) => `${file}: field "${fieldName(i.path)}": ${i.message}`));
  }
  const defaults = shape.data.defaults;
  const items = itemsOf(root.get('figures', true) as Node, file, '"figures"', lines).map((item) => ({
    ...item,
    value: typeof item.value === 'object' && item.value !== null ? { ...defaults, ...item.value } : item.value,
  }));
  return validate(items, schema, file, 'figure');
}

/** Fails when two entries share an id, naming both places by file and line. */
export function assertUniqueIds(entries: { id: string; file: string; line: number }[], kind: string): void {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { id, file, line } of entries) {
    const first = seen.get(id);
    if (first) problems.push(`${file}:${line}: ${kind} "${id}", field "id": used twice (first at ${first})`);
    else seen.set(id, `${file}:${line}`);
  }
  if (problems.length > 0) throw new ContentError(problems);
}
