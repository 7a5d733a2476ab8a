/** "content/pages/decline.mdx:23": where a node of a compiled page is, for error messages. */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Position = { start?: { line?: number } } | undefined;

export function where(fileURL: URL | undefined, position: Position): string {
  const file = fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : 'an MDX page';
  const line = position?.start?.line;
  return line ? `${file}:${line}` : file;
}
