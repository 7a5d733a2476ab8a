/**
 * A page is prose, not a program. The MDX pages in content/pages may hold Markdown, the site's
 * own components with literal props, and a short allow-list of HTML elements; the build stops,
 * naming file and line, on anything that would run code, load from another host or escape the
 * site's styles and structure:
 *
 * - `import` and `export` statements (every component a page may use is provided by
 *   src/components/mdx.ts);
 * - `{…}` expressions, except comments `{/* … *\/}`; props that are not literals; spread props;
 * - components not provided to every page (src/components/mdx.ts);
 * - HTML elements outside HTML_ALLOWED (<script>, <style>, <iframe>, <object>, <embed>, media,
 *   raw headings…), `style=` and `on*=` attributes, attributes outside HTML_ATTRIBUTES;
 * - links to any scheme but http(s) and mailto (javascript:, data:, file:, vbscript:…), and
 *   images from other hosts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseExpressionAt, type Expression, type Node as EsNode } from 'acorn';
import type { HastPluginDefinition } from 'satteri';
import ts from 'typescript';
import { ContentError } from '../data/load';
import { where, type Position } from './where';

/** HTML elements a page may write as such: inline semantics and a few blocks Markdown lacks. */
export const HTML_ALLOWED = new Set([
  'abbr',
  'br',
  'cite',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'q',
  'small',
  'span',
  'sub',
  'summary',
  'sup',
]);

/** Attributes those elements may carry. */
export const HTML_ATTRIBUTES = new Set(['id', 'class', 'className', 'title', 'lang', 'dir', 'open']);

/** Why a well-known element is refused, in the words an author needs. */
const REFUSED: Record<string, string> = {
  script: 'pages hold no code; the site’s scripts live in src/scripts',
  style: 'styles live in src/styles (and the CSP blocks inline styles)',
  iframe: 'it would load another page into this one; link to it instead',
  object: 'it would load a plugin or another document; link to it instead',
  embed: 'it would load a plugin or another document; link to it instead',
  a: 'write links in Markdown, [words](address), so they are checked and marked as external',
  img: 'write images in Markdown, ![description](/file.png), with a file of this site',
};
const MEDIA = new Set(['img', 'video', 'audio', 'source', 'track', 'picture']);
const HEADING = /^h[1-6]$/;

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:…) is refused. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The scheme of an address as a browser reads it: browsers drop tabs, line breaks and control
 * characters first, so "java\tscript:" is javascript:.
 */
export function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const clean = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(clean)?.[1]?.toLowerCase();
}

/** Why a link address is refused, or undefined. */
export function linkProblem(href: string): string | undefined {
  const scheme = schemeOf(href);
  if (scheme !== undefined && !LINK_SCHEMES.has(scheme))
    return `link to "${href}": a ${scheme}: address is not allowed (only http(s), mailto and the site's own pages)`;
  if (href.trim().startsWith('//')) return `link to "${href}": write the scheme, https://…`;
  return undefined;
}

/** Why an image or media address is refused: it must be a file of this site. */
export function mediaProblem(src: string): string | undefined {
  const scheme = schemeOf(src);
  if (scheme !== undefined || src.trim().startsWith('//'))
    return `image "${src}" is not a file of this site: images and media from other hosts are not allowed (they track readers)`;
  return undefined;
}

/** A prop value a page may give: a string, number, boolean or null, or a list or object of those. */
export function isLiteral(node: EsNode): boolean {
  const n = node as Expression;
  switch (n.type) {
    case 'Literal':
      return !('regex' in n && n.regex);
    case 'TemplateLiteral':
      return n.expressions.length === 0;
    case 'UnaryExpression':
      return (n.operator === '-' || n.operator === '+') && n.argument.type === 'Literal' && typeof n.argument.value === 'number';
    case 'ArrayExpression':
      return n.elements.every((e) => e !== null && e.type !== 'SpreadElement' && isLiteral(e));
    case 'ObjectExpression':
      return n.properties.every(
        (p) => p.type === 'Property' && !p.computed && !p.method && !p.shorthand && p.kind === 'init' && isLiteral(p.value),
      );
    default:
      return false;
  }
}

/** Whether the text of a `{…}` prop is one literal value and nothing else. */
export function isLiteralSource(source: string): boolean {
  try {
    const node = parseExpressionAt(source, 0, { ecmaVersion: 'latest' });
    return source.slice(node.end).trim() === '' && isLiteral(node);
  } catch {
    return false;
  }
}

/** An expression holding only a comment: MDX's way of writing one. */
const COMMENT_ONLY = /^\s*(?:\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n?\s*)*$/;

const MDX_COMPONENTS = fileURLToPath(new URL('../components/mdx.ts', import.meta.url));
let provided: string[] | undefined;

/**
 * The names of the components every page gets: the keys of `mdxComponents` in
 * src/components/mdx.ts, read from its source (the config cannot import .astro files).
 * tests/unit/mdx-rules.test.ts checks that they are the keys the site really provides.
 */
export function providedComponents(file = MDX_COMPONENTS): string[] {
  if (file === MDX_COMPONENTS && provided) return provided;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || d.name.text !== 'mdxComponents') continue;
      let init = d.initializer;
      while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init) || ts.isParenthesizedExpression(init)))
        init = init.expression;
      if (!init || !ts.isObjectLiteralExpression(init)) break;
      const names = init.properties.map((p) =>
        (ts.isShorthandPropertyAssignment(p) || ts.isPropertyAssignment(p)) &&
        (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))
          ? p.name.text
          : undefined,
      );
      if (names.some((n) => n === undefined)) break;
      const out = names as string[];
      if (file === MDX_COMPONENTS) provided = out;
      return out;
    }
  }
  throw new ContentError([
    `${file}: cannot read the components pages may use: keep "export const mdxComponents = { Fig, … }" with plain keys`,
  ]);
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  name: string | null;
  attributes: JsxAttribute[];
  position?: unknown;
}

/** The rules, as a Sätteri plugin for the MDX pages. All of a page's problems are reported at once. */
export function mdxRulesPlugin(): HastPluginDefinition {
  const problems: { at: string; line: number; message: string }[] = [];
  let fileURL: URL | undefined;
  const report = (position: unknown, message: string) => {
    const pos = position as Position;
    problems.push({ at: where(fileURL, pos), line: pos?.start?.line ?? 0, message });
  };

  const checkAttributes = (node: JsxNode, element: string, isComponent: boolean) => {
    for (const a of node.attributes) {
      if (a.type === 'mdxJsxExpressionAttribute') {
        report(node.position, `<${element}> spreads code into its props ({${String(a.value)}}); give each prop a literal value`);
        continue;
      }
      const name = a.name ?? '';
      // onclick= on HTML, onClick= on a component (a prop such as "only" is no handler).
      const handler = isComponent ? /^on[A-Z]/.test(name) : /^on/i.test(name);
      if (handler) report(node.position, `<${element}> has an event handler, ${name}=; pages hold no code`);
      else if (name === 'style')
        report(node.position, `<${element}> has a style= attribute; the CSP blocks inline styles: use a class from src/styles`);
      else if (!isComponent && !HTML_ATTRIBUTES.has(name) && !name.startsWith('aria-'))
        report(
          node.position,
          `<${element}> has the attribute ${name}=, which pages may not use (allowed: ${[...HTML_ATTRIBUTES].join(', ')}, aria-*)`,
        );
      const value = a.value as { type?: string; value?: string } | string | null | undefined;
      if (value && typeof value === 'object') {
        const source = value.value ?? '';
        if (!isComponent) report(node.position, `<${element} ${name}={${source}}>: write the value in quotes, ${name}="…"`);
        else if (!isLiteralSource(source))
          report(
            node.position,
            `<${element} ${name}={${source}}>: a prop takes a literal value (text, number, true/false, a list), not code`,
          );
      }
    }
  };

  const checkJsx = (node: JsxNode) => {
    const name = node.name;
    if (name === null) {
      report(node.position, 'a fragment <>…</> is not needed in prose; remove it');
      return;
    }
    if (/^[A-Z]/.test(name) && !name.includes('.')) {
      const allowed = providedComponents();
      if (!allowed.includes(name))
        report(node.position, `<${name}> is not a component pages may use (they may use: ${allowed.sort().join(', ')})`);
      checkAttributes(node, name, true);
      return;
    }
    if (name.includes('.') || name.includes(':')) {
      report(node.position, `<${name}> is not a component pages may use`);
      return;
    }
    if (HEADING.test(name)) {
      report(
        node.position,
        `<${name}> written as HTML: write headings in Markdown ("${'#'.repeat(Number(name[1]))} Title {#stable-id}") so they get an id, an anchor and a place in the contents`,
      );
      return;
    }
    // A refused element is reported once, for what it is; its attributes do not matter.
    const src = node.attributes.find((a) => a.name === 'src')?.value;
    const media = MEDIA.has(name) && typeof src === 'string' ? mediaProblem(src) : undefined;
    if (media) report(node.position, `<${name}>: ${media}`);
    else if (REFUSED[name]) report(node.position, `<${name}> is not allowed: ${REFUSED[name]}`);
    else if (!HTML_ALLOWED.has(name))
      report(
        node.position,
        `<${name}> is not an HTML element pages may use (allowed: ${[...HTML_ALLOWED].join(', ')}; or Markdown)`,
      );
    else checkAttributes(node, name, false);
  };

  return {
    name: 'mdx-rules',
    options: { position: true },
    before(_root, ctx) {
      fileURL = ctx.fileURL;
      problems.length = 0;
    },
    mdxjsEsm(node) {
      const program = node.parseExpression();
      const start = (node.position as Position)?.start?.line ?? 0;
      for (const statement of program?.body ?? []) {
        const offset = (statement as { start?: number }).start ?? 0;
        const line = start + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0);
        const at = { start: { line } };
        if (statement.type === 'ImportDeclaration') {
          const from = String(statement.source.value);
          report(
            at,
            `import from "${from}": pages import nothing; every component they may use is provided by src/components/mdx.ts`,
          );
        } else if (statement.type.startsWith('Export'))
          report(at, 'an export statement runs code when the site is built; a page holds prose, not code');
        else report(at, 'code outside the front matter is not allowed; a page holds prose, not code');
      }
    },
    mdxFlowExpression(node) {
      if (!COMMENT_ONLY.test(node.value))
        report(node.position, `{${node.value.trim()}} is code; a page holds prose (to write a brace, escape it: \\{)`);
    },
    mdxTextExpression(node) {
      if (!COMMENT_ONLY.test(node.value))
        report(node.position, `{${node.value.trim()}} is code; a page holds prose (to write a brace, escape it: \\{)`);
    },
    mdxJsxFlowElement: { filter: [], visit: (node) => checkJsx(node) },
    mdxJsxTextElement: { filter: [], visit: (node) => checkJsx(node) },
    element: {
      filter: ['a', 'img'],
      visit(node) {
        const props = node.properties ?? {};
        const problem =
          node.tagName === 'a' ? linkProblem(String(props['href'] ?? '')) : mediaProblem(String(props['src'] ?? ''));
        if (problem) report(node.position, problem);
      },
    },
    after() {
      if (problems.length === 0) return;
      const first = problems[0];
      throw new ContentError(
        problems.map((p) => `${p.at}: ${p.message}`),
        first && first.line > 0 ? { line: first.line } : undefined,
      );
    },
  };
}
