/**
 * Accepts reviewed chart snapshots: moves each tests/unit/charts/__snapshots__/*-changed.svg
 * over the snapshot it was compared with (see tests/unit/charts/snapshot.ts).
 *   npm run snapshots:accept
 */
import { readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'tests/unit/charts/__snapshots__';
const changed = readdirSync(dir).filter((f) => f.endsWith('-changed.svg'));
for (const file of changed) renameSync(join(dir, file), join(dir, file.replace(/-changed\.svg$/, '.svg')));
console.log(changed.length > 0 ? `Accepted: ${changed.join(', ')}` : 'No changed snapshots.');
