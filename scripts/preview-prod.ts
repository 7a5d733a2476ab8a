/**
 * Serves the built site (dist/) through nginx with the production configuration written from
 * src/hosting/policy.ts: the headers, cache rules, precompressed files and 404 page a real
 * deployment has. In the foreground until stopped (Ctrl+C); the configuration and nginx's
 * working files live in a temporary folder that is removed on exit.
 *
 *   npm run preview:prod [-- --port 4322] [-- --dir dist]
 *
 * Needs Debian's nginx and its brotli module: apt-get install -y nginx libnginx-mod-http-brotli-static
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BROTLI_MODULE, nginxConfig } from '../src/hosting/nginx.ts';

const { values: args } = parseArgs({
  options: { port: { type: 'string', default: process.env['PROD_PORT'] ?? '4322' }, dir: { type: 'string', default: 'dist' } },
});
const port = Number(args.port);
const root = resolve(args.dir);

const fail = (message: string): never => {
  console.error(`preview:prod: ${message}`);
  process.exit(1);
};
if (!existsSync(join(root, 'index.html'))) fail(`no built site in ${root}: run \`npm run build\` first`);
if (!existsSync(join(root, 'index.html.br'))) fail(`${root} has no precompressed files: build it again with \`npm run build\``);
const nginx = ['/usr/sbin/nginx', 'nginx'].find((bin) => spawnSync(bin, ['-v']).status === 0);
if (!nginx) fail('nginx is not installed: apt-get install -y nginx libnginx-mod-http-brotli-static');
if (!existsSync(BROTLI_MODULE))
  fail(`nginx's brotli module is missing (${BROTLI_MODULE}): apt-get install -y libnginx-mod-http-brotli-static`);

const runDir = mkdtempSync(join(tmpdir(), 'site-nginx-'));
const conf = join(runDir, 'nginx.conf');
// Started as root, nginx would run its workers as "nobody", who may not read the checkout.
const user = process.getuid?.() === 0 ? userInfo().username : undefined;
writeFileSync(conf, nginxConfig({ root, runDir, port, brotliModule: BROTLI_MODULE, user }));

const server = spawn(nginx as string, ['-p', runDir, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'], { stdio: 'inherit' });
console.log(`Serving ${root} through nginx at http://127.0.0.1:${port}/ (config: ${conf}); Ctrl+C stops it.`);

const cleanUp = () => rmSync(runDir, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill('SIGQUIT'));
server.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
