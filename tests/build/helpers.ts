/**
 * Broken copies of the site, for the tests that prove bad input stops the build. A copy shares
 * the one node_modules (linked package by package, so it gets caches of its own: a broken copy
 * never leaves anything behind for the real build to reuse).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ContentError } from '../../src/data/load';
import { PLACEHOLDER_SITE_URL } from '../../src/hosting/site-url';

export const ROOT = resolve(import.meta.dirname, '../..');
const SITE = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'tests/published-anchors.txt'];

/** Replaces text in a file of a copy; fails if the edit changed nothing (the test would test nothing). */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the test's edit did not change ${file}`);
  writeFileSync(path, after);
}

/** A temporary copy of the given paths of the site; the caller removes it. */
export function copyOf(paths: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
  for (const name of paths) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  return dir;
}

export interface BuildResult<T> {
  status: number | null;
  output: string;
  seen: T | undefined;
}

/** Builds a copy of the site after `mutate` edits it; returns the exit code, all output, and `inspect`'s result. */
export function buildWith<T = undefined>(
  mutate: (dir: string) => void,
  inspect?: (dir: string) => T,
  env: Record<string, string> = {},
): BuildResult<T> {
  const dir = copyOf(SITE);
  try {
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (!name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
    }
    symlinkSync(join(ROOT, 'node_modules', '.bin'), join(dir, 'node_modules', '.bin'));
    mutate(dir);
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: PLACEHOLDER_SITE_URL, ...env },
    });
    // CI may force colour (FORCE_COLOR): the checks read the words, not the terminal's styling.
    const output = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
    return { status: run.status, output, seen: inspect?.(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The problems a call reports as a ContentError (empty when it succeeds). */
export function problemsOf(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
}
