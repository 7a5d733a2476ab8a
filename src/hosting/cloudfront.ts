/**
 * The policy as an Amazon CloudFront response headers policy (for a site in S3 behind
 * CloudFront): `aws cloudfront create-response-headers-policy --response-headers-policy-config
 * file://policy.json`. Cache-Control is set per file when uploading (see the README), since
 * CloudFront applies one headers policy per cache behaviour.
 */
import { HSTS, SECURITY_HEADERS } from './policy.ts';

/** The SecurityHeadersConfig keys CloudFront has for some of the headers; the rest are custom. */
const OWN_FIELDS = new Set(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']);

export function cloudFrontPolicy(): object {
  const custom = Object.entries(SECURITY_HEADERS).filter(([header]) => !OWN_FIELDS.has(header));
  return {
    Name: 'foreign-fighters-explainer',
    Comment: 'Written from src/hosting/policy.ts (npm run hosting:docs)',
    SecurityHeadersConfig: {
      ContentSecurityPolicy: { ContentSecurityPolicy: SECURITY_HEADERS['Content-Security-Policy'], Override: true },
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { ReferrerPolicy: SECURITY_HEADERS['Referrer-Policy'], Override: true },
      StrictTransportSecurity: { AccessControlMaxAgeSec: HSTS.maxAge, IncludeSubdomains: true, Override: true },
    },
    CustomHeadersConfig: {
      Quantity: custom.length,
      Items: custom.map(([Header, Value]) => ({ Header, Value, Override: true })),
    },
  };
}
