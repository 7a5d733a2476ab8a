/**
 * Writes the hosting part of the README (the cache rules and the CloudFront policy) from
 * src/hosting/policy.ts. Run it after changing the policy: `npm run hosting:docs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withReadmeBlock } from '../src/hosting/readme-block.ts';

const readme = readFileSync('README.md', 'utf8');
const updated = withReadmeBlock(readme);
if (updated === readme) console.log('README.md: the hosting section is up to date.');
else {
  writeFileSync('README.md', updated);
  console.log('README.md: hosting section rewritten from src/hosting/policy.ts.');
}
