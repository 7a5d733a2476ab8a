/**
 * Compression as readers get it: brotli for browsers that ask for it, gzip for the others, the
 * plain file otherwise, always the same content. Pagefind's own files, gzipped by Pagefind, go as
 * their brotli copy (the same content unzipped, which Pagefind reads as it is) to browsers that
 * take brotli, and as they are to the others (labelled gzip to those that take it); never
 * compressed twice.
 */
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PAGEFIND_SIGNATURE } from '../../src/hosting/pagefind-brotli';
import { expect, test } from '@playwright/test';
import { downloads, hashed, pages, unhashed } from './files';
import { fetchRaw } from './server';

const onDisk = (path: string) => readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`);

const text = [
  pages[0] ?? '/',
  hashed.script,
  hashed.stylesheet,
  unhashed.sitemap,
  unhashed.searchScript,
  unhashed.searchEntry,
  unhashed.searchPages,
  hashed.searchText,
  ...downloads.filter((d) => !d.endsWith('.png')),
];

test('text files are sent with brotli to browsers that accept it, and the bytes are the file', async () => {
  for (const path of text) {
    const res = await fetchRaw(path, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(res.headers['content-encoding'], path).toBe('br');
    expect(res.headers['vary'], path).toContain('Accept-Encoding');
    expect(brotliDecompressSync(res.body).equals(onDisk(path)), path).toBe(true);
    expect(res.body.length, path).toBeLessThan(onDisk(path).length);
  }
});

test('browsers that accept only gzip get gzip, and the others the plain file', async () => {
  for (const path of text) {
    const gz = await fetchRaw(path, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding'], path).toBe('gzip');
    expect(gunzipSync(gz.body).equals(onDisk(path)), path).toBe(true);
    const plain = await fetchRaw(path);
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    expect(plain.body.equals(onDisk(path)), path).toBe(true);
  }
});

const pagefindFiles = [hashed.searchIndex, hashed.searchFragment, hashed.searchFilter, hashed.searchMeta, unhashed.searchEngine];

test('Pagefind’s files go with brotli, unzipped inside, to browsers that accept it', async () => {
  for (const path of pagefindFiles) {
    const res = await fetchRaw(path, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(res.headers['content-encoding'], path).toBe('br');
    expect(res.headers['vary'], path).toContain('Accept-Encoding');
    const plain = brotliDecompressSync(res.body);
    expect(plain.subarray(0, PAGEFIND_SIGNATURE.length).toString(), path).toBe(PAGEFIND_SIGNATURE);
    expect(plain.equals(gunzipSync(onDisk(path))), path).toBe(true);
    expect(res.body.length, path).toBeLessThan(onDisk(path).length);
  }
});

test('Pagefind’s files otherwise are sent as they are, never compressed twice, and vary by encoding', async () => {
  for (const path of pagefindFiles) {
    for (const [accept, encoding] of [
      [{ 'Accept-Encoding': 'gzip' }, 'gzip'],
      [{}, undefined],
    ] as const) {
      const res = await fetchRaw(path, accept);
      // Pagefind's own gzip, labelled as such to a client that takes gzip: the browser unzips it.
      expect(res.headers['content-encoding'], path).toBe(encoding);
      expect(res.body.equals(onDisk(path)), path).toBe(true);
      // So that a cache in between never hands this copy to a browser that asked for brotli.
      expect(res.headers['vary'], path).toContain('Accept-Encoding');
    }
  }
});

test('images are sent as they are', async () => {
  for (const path of downloads.filter((d) => d.endsWith('.png'))) {
    const res = await fetchRaw(path, { 'Accept-Encoding': 'br, gzip' });
    expect(res.headers['content-encoding'], path).toBeUndefined();
    expect(res.body.equals(onDisk(path)), path).toBe(true);
  }
});
