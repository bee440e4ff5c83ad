/**
 * Browser journeys of volto-scrqm: a real backend (a fresh instance with the Volto-ready
 * demo site, plone.volto installed) and the production build of Volto, both started here on
 * free ports, driven with Debian's chromium through playwright-core. axe-core checks the
 * public pages (no serious or critical violation). Screenshots go to docs/images/.
 *
 *   PYTHON_BIN=../.venv/bin node tests/run-journeys.mjs
 *
 * Environment: PYTHON_BIN (the backend's bin folder, default ../.venv/bin), SCRQM_CHROMIUM
 * (default /usr/bin/chromium), SCRQM_JOURNEYS (comma-separated names to run only some).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const FRONTEND = path.resolve(HERE, '..');
const ROOT = path.resolve(FRONTEND, '..');
const BIN = path.resolve(process.env.PYTHON_BIN || path.join(ROOT, '.venv/bin'));
const CHROMIUM = process.env.SCRQM_CHROMIUM || '/usr/bin/chromium';
const IMAGES = path.join(ROOT, 'docs/images');
const ARTIFACTS = path.join(ROOT, 'test-artifacts/volto');
const DEMO_PASSWORD = 'safeguarding-demo';
const ONLY = (process.env.SCRQM_JOURNEYS || '').split(',').filter(Boolean);

const results = [];
const started = [];
const openContexts = new Set();

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url, what, child, timeoutMs = 240000) {
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

function run(command, args, options) {
  const done = spawnSync(command, args, { encoding: 'utf-8', ...options });
  if (done.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${done.stdout}\n${done.stderr}`);
  }
  return done;
}

function start(command, args, options, logName) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const log = fs.openSync(path.join(ARTIFACTS, logName), 'w');
  const child = spawn(command, args, { stdio: ['ignore', log, log], detached: true, ...options });
  started.push(child);
  return child;
}

function stopAll() {
  for (const child of started.reverse()) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch (error) {
      // already gone
    }
  }
}

async function backend() {
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

async function volto(backendUrl) {
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

async function token(backendUrl, user) {
  const response = await fetch(`${backendUrl}/@login`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: user, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login of ${user}: ${response.status}`);
  return (await response.json()).token;
}

/** A browser context, signed in as `user` (Volto reads the auth_token cookie) or not. */
async function context(browser, voltoUrl, backendUrl, user) {
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

async function axe(page, name) {
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

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function text(page) {
  return page.locator('#page-document, main, body').first().innerText();
}

const REPORT = '/safeguarding-reviews/child-e/report';
const RESPONSE = '/safeguarding-reviews/child-e/response';
const REVIEW_PATH = '/safeguarding-reviews/child-e';

const journeys = {
  async 'anonymous reads a published report'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl);
    const page = await ctx.newPage();
    const response = await page.goto(`${voltoUrl}${REPORT}`);
    check(response.status() === 200, `status ${response.status()}`);
    const heading = await page.locator('h1.documentFirstHeading').innerText();
    check(heading.includes('local child safeguarding practice review'), `heading: ${heading}`);
    const body = await text(page);
    check(body.includes('recognised and responded to neglect'), 'the public summary is shown');
    check(body.includes('What the review found'), 'the report text is shown');
    check(!body.includes('Phase and next steps'), 'no phase panel for a visitor');
    check(!body.includes('advocate'), 'no internal record (support offered to the family)');
    const themes = await page.locator('.scrqm-facts ul li').allInnerTexts();
    check(themes.includes('Neglect') && themes.length >= 2, `themes as a list: ${themes}`);
    const crumbs = await page.locator('.breadcrumbs a, nav[aria-label="Breadcrumbs"] a').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href')),
    );
    check(!crumbs.some((href) => href && href.replace(/\/$/, '').endsWith(REVIEW_PATH)),
      `breadcrumbs link to the private review: ${crumbs}`);
    await page.screenshot({ path: path.join(IMAGES, 'volto-published-report.png'), fullPage: false });
    const serious = await axe(page, 'published-report');
    check(serious.length === 0, `axe: ${serious.join('; ')}`);
    await ctx.close();
    return `heading, summary, text, themes as a list; breadcrumbs ${JSON.stringify(crumbs)}; axe 0 serious`;
  },

  async 'anonymous reads the board response'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl);
    const page = await ctx.newPage();
    const response = await page.goto(`${voltoUrl}${RESPONSE}`);
    check(response.status() === 200, `status ${response.status()}`);
    const heading = await page.locator('h1.documentFirstHeading').innerText();
    check(heading.length > 0, 'a heading');
    const sections = await page.locator('.scrqm-field h2').allInnerTexts();
    check(sections.length > 0, 'the response sections');
    const serious = await axe(page, 'board-response');
    check(serious.length === 0, `axe: ${serious.join('; ')}`);
    await ctx.close();
    return `"${heading}", sections ${JSON.stringify(sections)}; axe 0 serious`;
  },

  async 'anonymous lists and filters the published reviews'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl);
    const page = await ctx.newPage();
    const response = await page.goto(`${voltoUrl}/published-reviews`);
    check(response.status() === 200, `status ${response.status()}`);
    await page.locator('.scrqm-published-item').first().waitFor();
    const names = await page.locator('.scrqm-published-item h2').allInnerTexts();
    check(names.some((n) => n.includes('Child E')), `listed: ${names}`);
    const options = await page.locator('.scrqm-theme-option label').allInnerTexts();
    check(options.includes('Neglect'), `theme options: ${options}`);
    await page.screenshot({ path: path.join(IMAGES, 'volto-published-reviews.png'), fullPage: false });
    const serious = await axe(page, 'published-reviews');
    // A theme none of the reviews has: nothing matches
    const unused = [];
    for (const option of options) {
      await page.goto(`${voltoUrl}/published-reviews`);
      await page.locator('.scrqm-published-item').first().waitFor();
      await page.getByLabel(option, { exact: true }).check();
      await page.getByRole('button', { name: 'Show these themes' }).click();
      await page.locator('.scrqm-total').waitFor();
      await page.waitForFunction(() => !document.querySelector('.scrqm-published-list') ||
        document.location.search.includes('theme='));
      await page.waitForTimeout(300);
      const count = await page.locator('.scrqm-published-item').count();
      if (count === 0) {
        unused.push(option);
        check((await text(page)).includes('No published review matches.'), 'says nothing matches');
        break;
      }
    }
    await page.goto(`${voltoUrl}/published-reviews?theme=neglect`);
    await page.locator('.scrqm-published-item').first().waitFor();
    check(page.url().includes('theme=neglect'), 'the filter is in the address');
    check(await page.getByLabel('Neglect', { exact: true }).isChecked(), 'the chosen theme stays ticked');
    await page.goto(`${voltoUrl}/published-reviews?theme=not-a-theme`);
    await page.locator('.scrqm-error[role="alert"]').waitFor();
    const refusal = await page.locator('.scrqm-error[role="alert"]').innerText();
    check(serious.length === 0, `axe: ${serious.join('; ')}`);
    await ctx.close();
    return `listed ${JSON.stringify(names)}; ${options.length} theme options; empty theme: ${unused[0] || 'none found'}; unknown theme: "${refusal}"; axe 0 serious`;
  },

  async 'the review manager opens a review: fieldsets and phase panel'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    const response = await page.goto(`${voltoUrl}/safeguarding-reviews/child-a`);
    check(response.status() === 200, `status ${response.status()}`);
    await page.locator('.scrqm-phase-panel').waitFor();
    await page.locator('.scrqm-record .scrqm-fieldset').first().waitFor();
    const state = await page.locator('.scrqm-phase-state strong').innerText();
    const fieldsets = await page.locator('.scrqm-record .scrqm-fieldset h2').allInnerTexts();
    check(fieldsets.length >= 2, `fieldsets: ${fieldsets}`);
    const steps = await page.locator('.scrqm-step button').allInnerTexts();
    const blocked = await page.locator('.scrqm-step button[disabled]').count();
    const needs = await page.locator('.scrqm-missing li').allInnerTexts();
    check(blocked === 0 || needs.length > 0, 'a blocked move says what it still needs');
    const lists = await page.locator('.scrqm-record ul.scrqm-list').count();
    await page.locator('.scrqm-clocks tbody tr').first().waitFor();
    const clocks = await page.locator('.scrqm-clocks tbody th').allInnerTexts();
    const overdue = await page.locator('.scrqm-overdue li').allInnerTexts();
    const body = await text(page);
    await page.screenshot({ path: path.join(IMAGES, 'volto-review-page.png'), fullPage: false });
    await ctx.close();
    return `state "${state}", ${fieldsets.length} fieldsets ${JSON.stringify(fieldsets)}, moves ${JSON.stringify(steps)} (${blocked} blocked, needs ${needs.length}), ${lists} lists as lists, clocks ${JSON.stringify(clocks)}, overdue requests ${JSON.stringify(overdue)}, ${body.length} chars`;
  },

  async 'the chair withdraws a published report: the reason is asked for'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-chair');
    const page = await ctx.newPage();
    await page.goto(`${voltoUrl}${REPORT}`);
    await page.locator('.scrqm-phase-panel').waitFor();
    const withdraw = page.getByRole('button', { name: /^Withdraw/ });
    await withdraw.waitFor();
    await withdraw.click();
    const asked = await page.locator('.scrqm-phase-panel [role="alert"]').innerText();
    check(asked.includes('needs its reason'), `asked for the reason: ${asked}`);
    await page.getByLabel('Reason (required to withdraw)').fill('A detail that could identify the family was found in section 2.');
    await withdraw.click();
    await page.locator('.scrqm-phase-panel [role="status"]').waitFor();
    const done = await page.locator('.scrqm-phase-panel [role="status"]').innerText();
    check(done.includes('Withdraw'), `done: ${done}`);
    // The panel asks for the moves again: the document is no longer published
    await page.waitForFunction(
      () => document.querySelector('.scrqm-phase-state strong')?.textContent !== 'Published',
    );
    const state = await page.locator('.scrqm-phase-state strong').innerText();
    await ctx.close();
    // The public no longer reads it
    const anonymous = await fetch(`${backendUrl}${REPORT}`, { headers: { Accept: 'application/json' } });
    check(anonymous.status === 401, `anonymous after withdrawal: ${anonymous.status}`);
    return `asked: "${asked}"; then "${done}", state "${state}"; Anonymous gets ${anonymous.status}`;
  },
};

async function main() {
  const t0 = Date.now();
  fs.mkdirSync(IMAGES, { recursive: true });
  check(fs.existsSync(path.join(FRONTEND, 'build/server.js')), 'build Volto first: make frontend-build');
  check(fs.existsSync(CHROMIUM), `no chromium at ${CHROMIUM}`);
  const backendUrl = await backend();
  const voltoUrl = await volto(backendUrl);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const [name, journey] of Object.entries(journeys)) {
      if (ONLY.length && !ONLY.some((word) => name.includes(word))) continue;
      const j0 = Date.now();
      try {
        const detail = await journey({ browser, voltoUrl, backendUrl });
        results.push({ name, ok: true, detail, seconds: (Date.now() - j0) / 1000 });
      } catch (error) {
        results.push({ name, ok: false, detail: error.message, seconds: (Date.now() - j0) / 1000 });
        // What the browser showed, to see why
        const slug = name.replace(/[^a-z]+/gi, '-');
        let n = 0;
        for (const ctx of [...openContexts]) {
          for (const page of ctx.pages()) {
            n += 1;
            await page.screenshot({ path: path.join(ARTIFACTS, `failed-${slug}-${n}.png`) }).catch(() => {});
            fs.writeFileSync(path.join(ARTIFACTS, `failed-${slug}-${n}.html`), await page.content().catch(() => ''));
          }
          await ctx.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  for (const r of results) {
    console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)} s): ${r.detail}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return failed ? 1 : 0;
}

main()
  .then((code) => {
    stopAll();
    process.exit(code);
  })
  .catch((error) => {
    console.error(error);
    stopAll();
    process.exit(1);
  });
