import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder, precompress } from '../../../src/hosting/precompress';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress', () => {
  it('writes a brotli and a gzip copy of each text file, leaving Pagefind’s compressed files and images alone', async () => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
    const page = '<!doctype html><p>' + 'The flow fell. '.repeat(200);
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'export const x = 1;'.repeat(50));
    writeFileSync(join(dir, 'pagefind', 'fragment', 'en_1.pf_fragment'), Buffer.from([0x1f, 0x8b, 1, 2]));
    writeFileSync(join(dir, 'og.png'), Buffer.from([0x89, 0x50]));
    const done = await precompress(await filesUnder(dir));
    expect(done.map((d) => d.file.slice(dir.length))).toEqual(['/index.html', '/pagefind/pagefind.js']);
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(page);
    expect(done[0]?.br).toBeLessThan(page.length / 10);
    expect(readdirSync(join(dir, 'pagefind', 'fragment'))).toEqual(['en_1.pf_fragment']);
    expect(readdirSync(dir).filter((f) => f.startsWith('og'))).toEqual(['og.png']);
  });
});
