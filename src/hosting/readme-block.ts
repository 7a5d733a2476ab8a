/**
 * The part of the README written from the policy: the CloudFront response headers policy and the
 * cache rules, between two markers. `npm run hosting:docs` rewrites it; a test fails when the
 * README and the policy disagree (as it will after any change to the inline CSS, whose hash the
 * policy carries). Prettier leaves it alone, so it stays byte for byte what this writes.
 */
import { cloudFrontPolicy } from './cloudfront.ts';
import { CACHE_RULES } from './policy.ts';

export const BEGIN = '<!-- hosting:begin (written by npm run hosting:docs from src/hosting/policy.ts) -->';
export const END = '<!-- hosting:end -->';

export function readmeBlock(): string {
  return [
    BEGIN,
    '<!-- prettier-ignore-start -->',
    '',
    '| path | Cache-Control | why |',
    '| --- | --- | --- |',
    ...CACHE_RULES.map((r) => `| \`${r.path}\` | \`${r.cacheControl}\` | ${r.why} |`),
    '',
    'CloudFront response headers policy (`policy.json`):',
    '',
    '```json',
    JSON.stringify(cloudFrontPolicy(), null, 2),
    '```',
    '',
    '<!-- prettier-ignore-end -->',
    END,
  ].join('\n');
}

/** The README with its block replaced by the current one; an error when the markers are missing. */
export function withReadmeBlock(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${BEGIN} … ${END} are missing`);
  return readme.slice(0, start) + readmeBlock() + readme.slice(end + END.length);
}
