/**
 * Vite wraps every dynamic import in its module-preload helper, even with preloading turned off
 * (vitejs/vite#18551); the helper is then a request of its own on every page. This site's lazy
 * modules have no dependencies to preload, so each wrapped call `helper(load, __VITE_PRELOAD__)`
 * is rewritten to `(load)()`, the helper's import is dropped, and its chunk is left unwritten.
 * It runs before Vite fills in the `__VITE_PRELOAD__` markers, which identify the calls exactly.
 */
import type { Plugin } from 'vite';

const MARKER = '__VITE_PRELOAD__';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Every node of an ESTree tree, depth first. */
function* walk(node: unknown): Generator<Node> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
    return;
  }
  const n = node as Node;
  if (typeof n.type === 'string') yield n;
  for (const [key, value] of Object.entries(n)) if (key !== 'type' && typeof value === 'object') yield* walk(value);
}

/**
 * Rewrites one chunk's code; returns the rewritten code, or null if it calls no helper.
 * `parse` is the bundler's own parser.
 */
export function unwrapPreloads(code: string, parse: (code: string) => unknown): string | null {
  if (!code.includes(MARKER)) return null;
  const edits: { start: number; end: number; text: string }[] = [];
  let helper: string | undefined;
  for (const node of walk(parse(code))) {
    if (node.type !== 'CallExpression') continue;
    const args = node['arguments'] as Node[];
    const callee = node['callee'] as Node & { name?: string };
    const last = args.at(-1) as (Node & { name?: string }) | undefined;
    if (args.length !== 2 || last?.type !== 'Identifier' || last.name !== MARKER || callee.type !== 'Identifier') continue;
    const load = args[0] as Node;
    helper = callee.name;
    edits.push({ start: node.start, end: node.end, text: `(${code.slice(load.start, load.end)})()` });
  }
  if (edits.length !== code.split(MARKER).length - 1) throw new Error('no-preload-helper: a preload call was not recognised');
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  // The helper's import: `import{t as e}from"./preload-helper.X.js";`
  const declaration = new RegExp(
    `import\\s*\\{\\s*\\w+\\s+as\\s+${helper}\\s*\\}\\s*from\\s*["'\`]\\./(preload-helper[^"'\`]*)["'\`];?`,
  );
  if (!declaration.test(out)) throw new Error(`no-preload-helper: the import of ${helper ?? 'the helper'} was not found`);
  return out.replace(declaration, '');
}

export default function noPreloadHelper(): Plugin {
  return {
    name: 'site:no-preload-helper',
    applyToEnvironment: (environment) => environment.name === 'client',
    // File names are hashed before the rewrite: this gives rewritten chunks names of their own, so
    // a browser holding an older copy under the same name (cached as immutable) is never served it.
    augmentChunkHash: (chunk) => (chunk.dynamicImports.length > 0 ? 'no-preload-helper' : undefined),
    generateBundle(_, bundle) {
      let helperFile: string | undefined;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const code = unwrapPreloads(chunk.code, (c) => this.parse(c));
        if (code === null) continue;
        chunk.code = code;
        helperFile = chunk.imports.find((f) => f.includes('preload-helper'));
        chunk.imports = chunk.imports.filter((f) => f !== helperFile);
      }
      const stillUsed = Object.values(bundle).some((c) => c.type === 'chunk' && helperFile && c.imports.includes(helperFile));
      if (helperFile && !stillUsed) delete bundle[helperFile];
    },
  };
}
