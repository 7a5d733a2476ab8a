import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { htmlFiles, pathOfFile } from '../../src/integrations/html-files';
import { contentType, isInside, lookUp } from '../../src/integrations/static-files';

// Starting the server takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const ROOT = resolve(import.meta.dirname, '../..');
let tmp = '';
let dist = '';

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'static-files-'));
  dist = join(tmp, 'dist');
  mkdirSync(join(dist, 'decline'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'pagefind'));
  mkdirSync(join(tmp, 'dist-secret'));
  writeFileSync(join(dist, 'index.html'), 'home');
  writeFileSync(join(dist, '404.html'), 'not found');
  writeFileSync(join(dist, 'decline', 'index.html'), 'decline');
  writeFileSync(join(dist, '_astro', 'x.html'), 'bundled');
  writeFileSync(join(dist, 'pagefind', 'y.html'), 'index');
  writeFileSync(join(tmp, 'dist-secret', 'x.txt'), 'SECRET');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the path guard', () => {
  it('compares whole path segments: a sibling folder whose name starts with the root is outside', () => {
    expect(isInside('/srv/dist', '/srv/dist/a/b.html')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist-x/secret.txt')).toBe(false);
    expect(isInside('/srv/dist', '/srv/other')).toBe(false);
    expect(isInside('/srv/dist', '/srv/dist/..foo')).toBe(true);
  });

  it('finds pages and folder indexes, and refuses what leads outside', () => {
    expect(lookUp(dist, '/decline/')).toEqual({ status: 200, file: join(dist, 'decline', 'index.html') });
    expect(lookUp(dist, '/')).toEqual({ status: 200, file: join(dist, 'index.html') });
    expect(lookUp(dist, `/..%2f${'dist-secret'}/x.txt`)).toEqual({ status: 404 });
    expect(lookUp(dist, '/../dist-secret/x.txt')).toEqual({ status: 404 });
    expect(lookUp(dist, '/nothing/')).toEqual({ status: 404 });
  });

  it('answers a malformed percent-encoding or an encoded NUL as a bad request', () => {
    expect(lookUp(dist, '/%E0%A4%A')).toEqual({ status: 400 });
    expect(lookUp(dist, '/%')).toEqual({ status: 400 });
    expect(lookUp(dist, '/a%00b')).toEqual({ status: 400 });
  });

  it('names content types by extension', () => {
    expect(contentType('a/b.html')).toBe('text/html; charset=utf-8');
    expect(contentType('x.wasm')).toBe('application/wasm');
    expect(contentType('x.unknown')).toBe('application/octet-stream');
  });
});

describe('htmlFiles', () => {
  it('lists the pages of a build, sorted, leaving out the bundle and search-index folders', () => {
    expect(htmlFiles(dist).map((f) => pathOfFile(dist, f))).toEqual(['/404.html', '/decline/', '/']);
  });
});

describe('scripts/serve.ts', () => {
  it('answers 400 to a malformed address and keeps serving; never serves a sibling folder', async () => {
    const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.ts'), '--port', '0', '--dir', dist], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const base = await new Promise<string>((done, fail) => {
        server.stdout.on('data', (chunk: Buffer) => {
          const m = /http:\/\/localhost:\d+/.exec(String(chunk));
          if (m) done(m[0]);
        });
        server.on('exit', (code) => fail(new Error(`serve.ts exited with ${code}`)));
      });
      expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);
      const sibling = await fetch(`${base}/..%2fdist-secret/x.txt`);
      expect(sibling.status).toBe(404);
      expect(await sibling.text()).not.toContain('SECRET');
      const home = await fetch(`${base}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toBe('home');
    } finally {
      server.kill();
    }
  });
});
