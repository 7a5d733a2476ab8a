/**
 * Parses and validates the hand-written YAML datasets. Every problem is reported with the file,
 * the line, the entry's id and the field, and all problems of a file are reported at once, so a
 * broken edit stops the build with a message that says exactly what to fix.
 */
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { figureFileSchema } from './schema';

/** A problem in a content file. The build prints `message` and stops. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content error${problems.length > 1 ? 's' : ''}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
  }
}

interface Located {
  value: unknown;
  line: number;
}

function parseYaml(text: string, file: string): { root: Node | null; lines: LineCounter } {
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

function validate<S extends z.ZodType>(items: Located[], schema: S, file: string, kind: string): z.output<S>[] {
  const problems: string[] = [];
  const out: z.output<S>[] = [];
  items.forEach((item, i) => {
    const result = schema.safeParse(item.value);
    if (result.success) {
      out.push(result.data);
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
export function parseList<S extends z.ZodType>(text: string, file: string, schema: S, kind: string): z.output<S>[] {
  const { root, lines } = parseYaml(text, file);
  return validate(itemsOf(root, file, 'the top level', lines), schema, file, kind);
}

/** Parses a figures file: `defaults:` merged under each entry of `figures:`. */
export function parseFigureFile<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S>[] {
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

/** Fails when two entries share an id, naming both places. */
export function assertUniqueIds(entries: { id: string; file: string }[], kind: string): void {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { id, file } of entries) {
    const first = seen.get(id);
    if (first) problems.push(`${file}: ${kind} id "${id}" is used twice (also in ${first})`);
    else seen.set(id, file);
  }
  if (problems.length > 0) throw new ContentError(problems);
}
