/**
 * What the browser journeys share: the backend and Volto they start, signed-in browser
 * contexts, axe-core, and small checks. Each file in tests/journeys/ exports `journeys`, an
 * object of named async functions taking { browser, voltoUrl, backendUrl }; the runner
 * (tests/run-journeys.mjs) runs the files in name order, so a journey that changes the demo
 * (a withdrawal, say) goes in a file named to run after those that read it.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const FRONTEND = path.resolve(HERE, '..');
export const ROOT = path.resolve(FRONTEND, '..');
export const BIN = path.resolve(process.env.PYTHON_BIN || path.join(ROOT, '.venv/bin'));
export const CHROMIUM = process.env.SCRQM_CHROMIUM || '/usr/bin/chromium';
export const IMAGES = path.join(ROOT, 'docs/images');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts/volto');
export const DEMO_PASSWORD = 'safeguarding-demo';
export const ONLY = (process.env.SCRQM_JOURNEYS || '').split(',').filter(Boolean);

const started = [];
export const openContexts = new Set();

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function waitFor(url, what, child, timeoutMs = 240000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} stopped (exit ${child.exitCode})`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch (error) {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

export function run(command, args, options) {
  const done = spawnSync(command, args, { encoding: 'utf-8', ...options });
  if (done.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${done.stdout}\n${done.stderr}`);
  }
  return done;
}

export function start(command, args, options, logName) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const log = fs.openSync(path.join(ARTIFACTS, logName), 'w');
  const child = spawn(command, args, { stdio: ['ignore', log, log], detached: true, ...options });
  started.push(child);
  return child;
}

export function stopAll() {
  for (const child of started.reverse()) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch (error) {
      // already gone
    }
  }
}

export async function backend() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'scrqm-volto-'));
  const instance = path.join(folder, 'instance');
  const port = await freePort();
  const env = { ...process.env, zope_i18n_compile_mo_files: 'true' };
  const t0 = Date.now();
  run(path.join(BIN, 'python'), [
    path.join(ROOT, 'scripts/make_instance.py'),
    '--instance', instance, '--host', 'localhost', '--port', String(port),
  ], { cwd: folder, env });
  run(path.join(BIN, 'zconsole'), [
    'run', path.join(instance, 'etc/zope.conf'), path.join(ROOT, 'scripts/create_demo_site.py'),
  ], { cwd: folder, env: { ...env, SCRQM_DEMO_FRONTEND: 'volto' } });
  const server = start(path.join(BIN, 'runwsgi'), [path.join(instance, 'etc/zope.ini')],
    { cwd: folder, env }, 'backend.log');
  const url = `http://localhost:${port}/Plone`;
  await waitFor(url, 'the backend', server);
  console.log(`backend ready in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${url}`);
  return url;
}

export async function volto(backendUrl) {
  const port = await freePort();
  const t0 = Date.now();
  const url = `http://localhost:${port}`;
  const server = start('node', ['build/server.js'], {
    cwd: FRONTEND,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      RAZZLE_BIND_ADDRESS: '127.0.0.1',
      RAZZLE_API_PATH: url,
      RAZZLE_DEV_PROXY_API_PATH: backendUrl,
    },
  }, 'volto.log');
  await waitFor(`${url}/ok`, 'Volto', server);
  console.log(`Volto ready in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${url}`);
  return url;
}

export async function token(backendUrl, user) {
  const response = await fetch(`${backendUrl}/@login`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: user, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login of ${user}: ${response.status}`);
  return (await response.json()).token;
}

/** A browser context, signed in as `user` (Volto reads the auth_token cookie) or not. */
export async function context(browser, voltoUrl, backendUrl, user) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  openContexts.add(ctx);
  ctx.on('close', () => openContexts.delete(ctx));
  if (user) {
    await ctx.addCookies([
      { name: 'auth_token', value: await token(backendUrl, user), url: voltoUrl },
    ]);
  }
  return ctx;
}

export async function axe(page, name) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const report = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }),
  );
  const serious = report.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, `axe-${name}.json`), JSON.stringify(report.violations, null, 2));
  return serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

export async function text(page) {
  return page.locator('#page-document, main, body').first().innerText();
}


export const REPORT = '/safeguarding-reviews/child-e/report';
export const RESPONSE = '/safeguarding-reviews/child-e/response';
export const REVIEW_PATH = '/safeguarding-reviews/child-e';

