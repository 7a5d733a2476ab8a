/**
 * The policy as a `_headers` file, the format Netlify and Cloudflare Pages read from the root of
 * the deployed folder. Both merge every rule that matches a path, so the security headers are
 * stated once for all paths and each cache rule only where its value differs from the hosts'
 * default (which is to revalidate: "public, max-age=0, must-revalidate"). Rules match paths, not
 * content types, so the document headers go with every file here (see DOCUMENT_HEADERS).
 */
import { CACHE, CACHE_RULES, HSTS, SECURITY_HEADERS } from './policy.ts';

export function headersFile(): string {
  const lines = [
    '# Written by the build from src/hosting/policy.ts; edit the policy there, not here.',
    '/*',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    // Both hosts serve only HTTPS.
    `  ${HSTS.name}: ${HSTS.value}`,
  ];
  for (const rule of CACHE_RULES.filter((r) => r.cacheControl !== CACHE.revalidate)) {
    lines.push('', `# ${rule.why}`, rule.path, `  Cache-Control: ${rule.cacheControl}`);
  }
  return `${lines.join('\n')}\n`;
}
