/**
 * Requests to the production server as they go over the wire: no decompression, no redirects
 * followed, so the tests see exactly the status, headers and bytes nginx sends.
 */
import { request } from 'node:http';

export const PROD_ORIGIN = `http://127.0.0.1:${process.env['PROD_PORT'] ?? 4322}`;

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export function fetchRaw(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${PROD_ORIGIN}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}
