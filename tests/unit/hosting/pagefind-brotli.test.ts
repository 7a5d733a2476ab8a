import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGEFIND_SIGNATURE, pagefindBrotli } from '../../../src/hosting/pagefind-brotli';
import { filesUnder } from '../../../src/hosting/precompress';

describe("brotli copies of Pagefind's files", () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const signed = (body: string) => Buffer.from(`${PAGEFIND_SIGNATURE}${body}`);

  it('hold the unzipped file, signature first, which Pagefind reads as it is, beside a .gz that is the file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-br-'));
    mkdirSync(join(dir, 'pagefind', 'index'), { recursive: true });
    const chunk = signed('word '.repeat(400));
    const wasm = signed('\0asm'.repeat(300));
    writeFileSync(join(dir, 'pagefind', 'index', 'en_1.pf_index'), gzipSync(chunk));
    writeFileSync(join(dir, 'pagefind', 'wasm.en.pagefind'), gzipSync(wasm));
    writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'export {}');
    const done = await pagefindBrotli(await filesUnder(dir));
    expect(done.map((d) => d.file.slice(dir.length)).sort()).toEqual([
      '/pagefind/index/en_1.pf_index',
      '/pagefind/wasm.en.pagefind',
    ]);
    expect(brotliDecompressSync(readFileSync(join(dir, 'pagefind', 'index', 'en_1.pf_index.br'))).equals(chunk)).toBe(true);
    expect(brotliDecompressSync(readFileSync(join(dir, 'pagefind', 'wasm.en.pagefind.br'))).equals(wasm)).toBe(true);
    expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual([
      'index',
      'pagefind.js',
      'wasm.en.pagefind',
      'wasm.en.pagefind.br',
      'wasm.en.pagefind.gz',
    ]);
    // The .gz is Pagefind's file itself: gzip, unzipping to the signed content.
    expect(gunzipSync(readFileSync(join(dir, 'pagefind', 'wasm.en.pagefind.gz'))).equals(wasm)).toBe(true);
    // Written again (a second build into the same folder), the copies are replaced.
    await expect(pagefindBrotli(await filesUnder(dir))).resolves.toHaveLength(2);
  });

  it('stop the build, naming the file, when Pagefind has changed its format', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-br-'));
    writeFileSync(join(dir, 'en_2.pf_filter'), gzipSync('{"no":"signature"}'));
    await expect(pagefindBrotli(await filesUnder(dir))).rejects.toThrow(
      /en_2\.pf_filter: does not start with Pagefind's signature/,
    );
    writeFileSync(join(dir, 'en_2.pf_filter'), signed('not gzipped'));
    await expect(pagefindBrotli(await filesUnder(dir))).rejects.toThrow(/en_2\.pf_filter: not gzipped/);
  });
});
