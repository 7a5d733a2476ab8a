/**
 * Front matter of the pages in content/pages. Astro's collection reads it with js-yaml, which
 * turns `updated: 2016-02-30` into 1 March before any schema sees it; so the front matter is
 * also checked as written (checkFrontMatter, run by the content-checks integration before the
 * build compiles a page), where a date is still text.
 */
import { LineCounter, isMap, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { afterLastUpdated, partialDateSchema, textSchema } from './fields';

const shared = {
  /** The page's h1 and title. */
  title: textSchema(3),
  /** One or two sentences for search results and link previews (50–170 characters). */
  description: textSchema(50).max(170, 'must be at most 170 characters (it is cut off in search results)'),
};

/** As the content collection sees it (src/content.config.ts): `updated` already a Date. */
export const pageSchema = z.strictObject({
  ...shared,
  /** Day of the page's last revision, YYYY-MM-DD; not after SITE.lastUpdated. */
  updated: z.coerce.date(),
});

/** As written in the file. */
const writtenSchema = z.strictObject({
  ...shared,
  updated: z.preprocess(
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
    partialDateSchema.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD')).superRefine((d, ctx) => {
      const late = afterLastUpdated(d);
      if (late) ctx.addIssue({ code: 'custom', message: late });
    }),
  ),
});

/** Problems with a page's front matter, each with file, line and field. */
export function frontMatterProblems(source: string, file: string): string[] {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) return [`${file}:1: no front matter; start the page with "---", title, description and updated, then "---"`];
  const lines = new LineCounter();
  const doc = parseDocument(match[1] ?? '', { lineCounter: lines, uniqueKeys: true });
  // Lines inside the front matter start after the opening "---".
  const line = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line + 1 : 2);
  if (doc.errors.length > 0)
    return doc.errors.map(
      (e) => `${file}:${(e.linePos?.[0]?.line ?? 0) + 1}: front matter is not valid YAML: ${e.message.split('\n')[0]}`,
    );
  const root = doc.contents;
  const result = writtenSchema.safeParse(doc.toJSON());
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const node = isMap(root) ? (root.get(key, true) as Node | undefined) : undefined;
    return `${file}:${line(node ?? root)}: front matter, field "${key}": ${issue.message}`;
  });
}
