/**
 * The self-assessment in Volto: the overview by cluster, a marker page with its rounds,
 * the comparison of rounds, the report downloads (PDF, CSV) and the one-form-per-marker
 * editor with a refusal shown at its field. Each page is checked against what the
 * backend's services say (read here with the same user's token).
 */
import fs from 'node:fs';
import path from 'node:path';
import { IMAGES, axe, check, context, token } from '../lib.mjs';

const REVIEW = '/safeguarding-reviews/child-a';

async function api(backendUrl, user, pathAndQuery, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (user) headers.Authorization = `Bearer ${await token(backendUrl, user)}`;
  return fetch(`${backendUrl}${pathAndQuery}`, { ...options, headers });
}

/** The first of `users` who may edit `assessment` (from `@scr-assess`). */
async function editorOf(backendUrl, assessment, users) {
  for (const user of users) {
    const response = await api(backendUrl, user, `${assessment}/@scr-assess`).catch(() => null);
    if (response?.ok) return user;
  }
  throw new Error(`none of ${users} may edit ${assessment}`);
}

export const journeys = {
  async 'assessment: the overview by cluster and a marker page with its rounds'({ browser, voltoUrl, backendUrl }) {
    const expected = await (await api(backendUrl, 'demo-manager', `${REVIEW}/@scr-assessment-overview`)).json();
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    // From the review page, as a user finds it.
    await page.goto(`${voltoUrl}${REVIEW}`);
    await page.getByRole('link', { name: 'Self-assessment against the quality markers' }).click();
    await page.locator('.scrqm-cluster').first().waitFor();
    check(page.url().endsWith(`${REVIEW}/assessment-overview`), `at ${page.url()}`);
    const clusters = await page.locator('.scrqm-cluster h2').allInnerTexts();
    check(clusters.length === 3, `clusters: ${clusters}`);
    const rows = await page.locator('.scrqm-marker-row').count();
    check(rows === 18, `${rows} markers`);
    const shown = await page.locator('.scrqm-marker-row td:nth-child(2)').allInnerTexts();
    const wanted = expected.clusters.flatMap((c) => c.markers.map((m) => m.judgement.title));
    check(
      JSON.stringify(shown.map((s) => s.replace(/^\S+\s/, ''))) === JSON.stringify(wanted),
      `judgements ${JSON.stringify(shown)} != ${JSON.stringify(wanted)}`,
    );
    const judged = wanted.filter((t) => t !== 'Not assessed').length;
    check(judged > 0, 'the demo review has judged markers');
    await page.screenshot({ path: path.join(IMAGES, 'volto-assessment-overview.png'), fullPage: false });
    const axeOverview = await axe(page, 'assessment-overview');
    check(axeOverview.length === 0, `axe: ${axeOverview.join('; ')}`);
    // A marker's page, from its link: its assessment in each round, latest first.
    await page.getByRole('link', { name: /^QM 4: / }).click();
    await page.locator('.scrqm-marker-round').first().waitFor();
    const marker = await (await api(backendUrl, 'demo-manager', `${REVIEW}/@scr-assessment-marker?marker=4`)).json();
    const heading = await page.locator('h1.documentFirstHeading').innerText();
    check(heading === `QM 4: ${marker.marker.title}`, `heading ${heading}`);
    const rounds = await page.locator('.scrqm-marker-round h3').allInnerTexts();
    check(rounds.length === marker.history.length && rounds.length >= 1, `rounds ${rounds}`);
    const evidence = marker.history.flatMap((h) => h.answers.map((a) => a.evidence)).filter(Boolean);
    const body = await page.locator('#page-document').innerText();
    check(evidence.every((e) => body.includes(e)), 'every evidence note is shown');
    await page.screenshot({ path: path.join(IMAGES, 'volto-assessment-marker.png'), fullPage: false });
    const axeMarker = await axe(page, 'assessment-marker');
    check(axeMarker.length === 0, `axe: ${axeMarker.join('; ')}`);
    // A marker that does not exist: the backend's refusal, said.
    await page.goto(`${voltoUrl}${REVIEW}/marker-assessment?marker=19`);
    const refusal = await page.locator('.scrqm-error').innerText();
    check(refusal.includes('There is no quality marker 19'), `refusal: ${refusal}`);
    await ctx.close();
    return `${clusters.length} clusters ${JSON.stringify(clusters)}, ${rows} markers (${judged} judged, as the backend), QM 4 in ${rounds.length} rounds ${JSON.stringify(rounds)}, ${evidence.length} evidence notes shown; marker 19 refused; axe 0 serious on both pages`;
  },

  async 'assessment: compare rounds'({ browser, voltoUrl, backendUrl }) {
    const expected = await (await api(backendUrl, 'demo-manager', `${REVIEW}/@scr-assessment-compare`)).json();
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    await page.goto(`${voltoUrl}${REVIEW}/assessment-overview`);
    await page.getByRole('link', { name: 'Compare the rounds' }).click();
    await page.locator('.scrqm-compare tbody tr').first().waitFor();
    const columns = (await page.locator('.scrqm-compare thead th').count()) - 2;
    check(columns === expected.columns.length && columns >= 2, `${columns} round columns`);
    const rows = await page.locator('.scrqm-compare tbody tr').count();
    check(rows === expected.rows.length, `${rows} rows`);
    const changed = await page.locator('.scrqm-compare tr.scrqm-changed').count();
    check(changed === expected.rows.filter((r) => r.changed).length, `${changed} changed rows`);
    await page.screenshot({ path: path.join(IMAGES, 'volto-assessment-compare.png'), fullPage: false });
    const axeCompare = await axe(page, 'assessment-compare');
    check(axeCompare.length === 0, `axe: ${axeCompare.join('; ')}`);
    // One round only: uncheck the first, compare.
    await page.getByLabel(expected.all_rounds[0].title).uncheck();
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/rounds=/);
    await page.waitForFunction(() => document.querySelectorAll('.scrqm-compare thead th').length === 3);
    // An unknown round: the refusal.
    await page.goto(`${voltoUrl}${REVIEW}/assessment-compare?rounds=nope`);
    const refusal = await page.locator('.scrqm-error').innerText();
    check(refusal.includes("no assessment round 'nope'"), `refusal: ${refusal}`);
    await ctx.close();
    return `${columns} rounds side by side, ${rows} markers, ${changed} changed (as the backend); one round chosen gives one column; unknown round refused; axe 0 serious`;
  },

  async 'assessment: report PDF and CSV downloads through REST'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    await page.goto(`${voltoUrl}${REVIEW}/assessment-overview`);
    await page.locator('.scrqm-assessment-downloads').waitFor();
    const href = await page.locator('a.scrqm-download-csv').getAttribute('href');
    check(href.includes('/++api++/') && !href.includes('@@'), `csv link ${href}`);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('a.scrqm-download-csv').click()]);
    const csvName = csv.suggestedFilename();
    const csvText = fs.readFileSync(await csv.path(), 'utf-8');
    check(csvName === 'child-a-assessment.csv', `csv name ${csvName}`);
    check(csvText.startsWith('review,round,stage,round_date,marker'), `csv head ${csvText.slice(0, 60)}`);
    const csvLines = csvText.trim().split('\n').length;
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.locator('a.scrqm-download-pdf').click()]);
    const pdfName = pdf.suggestedFilename();
    const pdfHead = fs.readFileSync(await pdf.path()).subarray(0, 5).toString();
    check(/^child-a-.+-assessment\.pdf$/.test(pdfName), `pdf name ${pdfName}`);
    check(pdfHead === '%PDF-', `pdf starts ${pdfHead}`);
    await page.locator('.scrqm-downloaded').waitFor();
    await ctx.close();
    // The same addresses without a token: refused.
    const anonymous = await fetch(href.startsWith('http') ? href : `${voltoUrl}${href}`);
    check(anonymous.status === 401, `anonymous csv: ${anonymous.status}`);
    return `${csvName} (${csvLines} lines), ${pdfName} (a PDF), both through ++api++; Anonymous gets ${anonymous.status}`;
  },

  async 'assessment: answer the questions of a marker, a refusal shown at its field'({ browser, voltoUrl, backendUrl }) {
    const overview = await (await api(backendUrl, 'demo-manager', `${REVIEW}/@scr-assessment-overview`)).json();
    const round = overview.rounds[0];
    const assessment = `${REVIEW}/${round.id}/qm-04`;
    const editor = await editorOf(backendUrl, assessment, ['demo-lead', 'demo-manager']);
    const before = await (await api(backendUrl, editor, `${assessment}/@scr-assess`)).json();
    const ctx = await context(browser, voltoUrl, backendUrl, editor);
    const page = await ctx.newPage();
    // From the marker page's link to the editor of that round.
    await page.goto(`${voltoUrl}${REVIEW}/marker-assessment?marker=4`);
    await page.locator(`#${round.id} a.scrqm-assess-link`).click();
    await page.locator('fieldset.scrqm-question').first().waitFor();
    check(page.url().endsWith(`${assessment}/assess`), `at ${page.url()}`);
    const legends = await page.locator('fieldset.scrqm-question legend').allInnerTexts();
    check(legends.length === before.questions.length, `${legends.length} questions`);
    check(legends[0].includes(before.questions[0].question), `first question ${legends[0]}`);
    check((await page.locator('[name="marker_number"]').count()) === 0, 'the marker is not a field');
    // A date out of range: refused at its field, what was typed kept, nothing saved.
    const note = `Checked in Volto ${Date.now()}`;
    await page.locator('#answer-1-not-yet').check();
    await page.locator('#evidence-1').fill(note);
    await page.locator('#assessed_on').fill('1850-01-01');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('#assessed_on-error').waitFor();
    const fieldError = await page.locator('#assessed_on-error').innerText();
    check(fieldError.includes('between 1900-01-01 and 2099-12-31'), `field error: ${fieldError}`);
    check((await page.locator('#evidence-1').inputValue()) === note, 'the evidence typed is kept');
    check(await page.locator('#answer-1-not-yet').isChecked(), 'the answer chosen is kept');
    const unchanged = await (await api(backendUrl, editor, `${assessment}/@scr-assess`)).json();
    check(unchanged.questions[0].evidence === before.questions[0].evidence, 'nothing saved');
    await page.screenshot({ path: path.join(IMAGES, 'volto-assessment-editor-error.png'), fullPage: false });
    const axeEditor = await axe(page, 'assessment-editor');
    check(axeEditor.length === 0, `axe: ${axeEditor.join('; ')}`);
    // Corrected: saved, and the marker page shows it.
    await page.locator('#assessed_on').fill('2026-03-04');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/marker-assessment\?marker=4/);
    await page.locator(`#${round.id}`).getByText(note).waitFor();
    const after = await (await api(backendUrl, editor, `${assessment}/@scr-assess`)).json();
    check(after.questions[0].answer === 'not-yet' && after.questions[0].evidence === note, 'saved');
    check(after.assessed_on === '2026-03-04', `date ${after.assessed_on}`);
    await ctx.close();
    // The board reads the marker page but has no editor.
    const board = await context(browser, voltoUrl, backendUrl, 'demo-board');
    const boardPage = await board.newPage();
    await boardPage.goto(`${voltoUrl}${REVIEW}/marker-assessment?marker=4`);
    await boardPage.locator('.scrqm-marker-round').first().waitFor();
    const links = await boardPage.locator('a.scrqm-assess-link').count();
    check(links === 0, `${links} editor links for the board`);
    const refused = await api(backendUrl, 'demo-board', `${assessment}/@scr-assess`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ judgement: 'met' }),
    });
    check([401, 403].includes(refused.status), `board PATCH: ${refused.status}`);
    await board.close();
    return `${editor} answered QM 4 of "${round.title}" (${legends.length} questions): 1850-01-01 refused at its field with the answer and evidence kept and nothing saved, then saved and shown on the marker page (axe 0 serious on the form with its error); the board has no editor link and its PATCH gets ${refused.status}`;
  },
};
