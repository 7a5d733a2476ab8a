/**
 * Chart snapshots, one file per drawing in __snapshots__/<chart>.<layout>.svg. Numbers are
 * rounded to one decimal and there is one tag per line (as in Observable Plot's tests), so a
 * diff shows what moved, not floating-point noise.
 *
 * A drawing that differs from its snapshot is written beside it as <chart>.<layout>-changed.svg
 * and the test fails: review the difference (open both, or diff them), then accept it with
 * `npm run snapshots:accept`, which moves each -changed file over its snapshot. Nothing is ever
 * overwritten by re-running the tests (vitest -u does not touch these files).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SNAPSHOTS = join(import.meta.dirname, '__snapshots__');

export function normaliseSvg(svg: string): string {
  return `${svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<')}\n`;
}

/** Compares a drawing with its snapshot; returns a message when it differs (and writes the -changed file). */
export function compareSnapshot(name: string, svg: string): string | undefined {
  const expected = join(SNAPSHOTS, `${name}.svg`);
  const changed = join(SNAPSHOTS, `${name}-changed.svg`);
  const actual = normaliseSvg(svg);
  if (existsSync(expected) && readFileSync(expected, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return undefined;
  }
  writeFileSync(changed, actual);
  return existsSync(expected)
    ? `${name} differs from its snapshot: review tests/unit/charts/__snapshots__/${name}-changed.svg against ${name}.svg, then npm run snapshots:accept`
    : `${name} has no snapshot yet: review tests/unit/charts/__snapshots__/${name}-changed.svg, then npm run snapshots:accept`;
}
