/**
 * Browser journeys of volto-scrqm: a real backend (a fresh instance with the Volto-ready
 * demo site, plone.volto installed) and the production build of Volto, both started here on
 * free ports, driven with Debian's chromium through playwright-core. axe-core checks the
 * public pages (no serious or critical violation). Screenshots go to docs/images/.
 *
 *   PYTHON_BIN=../.venv/bin node tests/run-journeys.mjs
 *
 * The journeys are in tests/journeys/*.mjs (each exports `journeys`), run in file-name
 * order; tests/lib.mjs has what they share.
 *
 * Environment: PYTHON_BIN (the backend's bin folder, default ../.venv/bin), SCRQM_CHROMIUM
 * (default /usr/bin/chromium), SCRQM_JOURNEYS (comma-separated words: run only the journeys
 * whose name contains one of them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import {
  ARTIFACTS,
  CHROMIUM,
  FRONTEND,
  IMAGES,
  ONLY,
  backend,
  check,
  openContexts,
  stopAll,
  volto,
} from './lib.mjs';

const JOURNEYS = path.join(FRONTEND, 'tests/journeys');

async function loadJourneys() {
  const all = [];
  for (const file of fs.readdirSync(JOURNEYS).filter((f) => f.endsWith('.mjs')).sort()) {
    const module = await import(pathToFileURL(path.join(JOURNEYS, file)).href);
    for (const [name, journey] of Object.entries(module.journeys)) all.push([name, journey]);
  }
  return all;
}

const results = [];

async function main() {
  const journeys = await loadJourneys();
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
    for (const [name, journey] of journeys) {
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
