/**
 * The review team's private pages of a review (Child A of the demo): the privacy check, the
 * chronology timeline and its import with preview, the family and a letter (HTML and PDF).
 * A board member and Anonymous get the backend's refusal and nothing private.
 */
import path from 'node:path';
import { IMAGES, check, context, text, token } from '../lib.mjs';

const REVIEW = '/safeguarding-reviews/child-a';
// In the demo's chronology of Child A (demo/data/information.json)
const ENTRY = 'called to a domestic argument at the home';
// The demo's family member of Child A (demo/data/families.json): never shown as a name
const FULL_NAME = 'Parent A (fictional)';

async function rest(backendUrl, user, pathname, options = {}) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (user === 'admin') headers.Authorization = `Basic ${Buffer.from('admin:admin').toString('base64')}`;
  else if (user) headers.Authorization = `Bearer ${await token(backendUrl, user)}`;
  return fetch(`${backendUrl}${pathname}`, { ...options, headers: { ...headers, ...options.headers } });
}

async function timelineTotal(backendUrl) {
  const answer = await rest(backendUrl, 'demo-manager', `${REVIEW}/@scr-chronology`);
  check(answer.status === 200, `@scr-chronology as the review manager: ${answer.status}`);
  return (await answer.json()).items_total;
}

export const journeys = {
  async 'private: the privacy check shows what it found, where, and that publication waits'({ browser, voltoUrl, backendUrl }) {
    // A draft report of Child A naming the family's member and a postcode
    const added = await rest(backendUrl, 'admin', REVIEW, {
      method: 'POST',
      body: JSON.stringify({
        '@type': 'ReviewReport',
        id: 'draft-report',
        title: 'Child A (demo): draft report',
        summary: `A visit to ${FULL_NAME} at NS2 4QQ was cancelled.`,
      }),
    });
    check(added.status === 201, `draft report added: ${added.status} ${await added.text()}`);
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    const response = await page.goto(`${voltoUrl}${REVIEW}/privacy-check`);
    check(response.status() === 200, `status ${response.status()}`);
    await page.locator('.scrqm-privacy-gate').waitFor();
    const gate = await page.locator('.scrqm-privacy-gate').innerText();
    check(/unresolved match/.test(gate) && gate.includes('held back'), `gate: ${gate}`);
    const rows = await page.locator('.scrqm-privacy-matches tbody tr').allInnerTexts();
    check(rows.some((row) => row.includes('NS2 4QQ')), `the postcode found: ${rows}`);
    check(rows.some((row) => row.includes('draft report')), `where: ${rows}`);
    await page.screenshot({ path: path.join(IMAGES, 'volto-privacy-check.png'), fullPage: false });
    await ctx.close();
    // The chair sees the matches, but never the register entry they stand for
    const chair = await context(browser, voltoUrl, backendUrl, 'demo-chair');
    const chairPage = await chair.newPage();
    await chairPage.goto(`${voltoUrl}${REVIEW}/privacy-check`);
    await chairPage.locator('.scrqm-privacy-gate').waitFor();
    const chairRows = await chairPage.locator('.scrqm-privacy-matches tbody tr').count();
    const entries = await chairPage.locator('text=Register entry').count();
    check(chairRows === rows.length && entries === 0, `chair: ${chairRows} rows, ${entries} register entries`);
    // The chair accepts the postcode with a reason: one unresolved match fewer
    // The row whose match is the postcode (other rows may show it in their context)
    const postcode = chairPage
      .locator('.scrqm-privacy-matches tbody tr')
      .filter({ has: chairPage.locator('strong', { hasText: 'NS2 4QQ' }) });
    const reasonBox = postcode.getByLabel('Reason it may be published');
    check((await reasonBox.getAttribute('required')) !== null, 'the reason is required');
    await reasonBox.fill('The postcode of the partnership office, not the family.');
    await postcode.getByRole('button', { name: 'Accept' }).click();
    await postcode.locator('text=Accepted').waitFor();
    const after = await chairPage.locator('.scrqm-privacy-gate').innerText();
    check(after.startsWith(`${rows.length - 1} unresolved`), `after acceptance: ${after}`);
    await chairPage.screenshot({ path: path.join(IMAGES, 'volto-privacy-accepted.png'), fullPage: false });
    await chair.close();
    return `gate "${gate}"; ${rows.length} matches for the review manager (e.g. ${JSON.stringify(rows[0])}); the chair sees ${chairRows}, no register entry; the reason required; after accepting the postcode: "${after}"`;
  },

  async 'private: the chronology timeline, filtered by agency'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-lead');
    const page = await ctx.newPage();
    await page.goto(`${voltoUrl}${REVIEW}/chronology`);
    await page.locator('.scrqm-timeline tbody tr').first().waitFor();
    const all = await page.locator('.scrqm-timeline tbody tr').count();
    const body = await text(page);
    check(body.includes(ENTRY), 'the police entry is on the timeline');
    const agencies = await page.locator('.scrqm-timeline tbody tr td:nth-child(2)').allInnerTexts();
    check(new Set(agencies).size >= 3, `agencies: ${[...new Set(agencies)]}`);
    await page.screenshot({ path: path.join(IMAGES, 'volto-privacy-chronology.png'), fullPage: false });
    await page.getByLabel('Police', { exact: true }).check();
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/agency=Police/);
    await page.waitForFunction((count) => {
      const rows = document.querySelectorAll('.scrqm-timeline tbody tr').length;
      return rows > 0 && rows < count;
    }, all);
    const police = await page.locator('.scrqm-timeline tbody tr td:nth-child(2)').allInnerTexts();
    check(police.length > 0 && police.every((a) => a === 'Police'), `filtered: ${police}`);
    // A bad period is refused with the backend's reason
    await page.goto(`${voltoUrl}${REVIEW}/chronology?start=14/03/2023`);
    const refusal = await page.locator('.scrqm-chronology [role="alert"]').innerText();
    await ctx.close();
    return `${all} entries from ${new Set(agencies).size} agencies; Police only: ${police.length}; a bad period: "${refusal}"`;
  },

  async 'private: the chronology import shows its preview, refused rows by line, then imports'({ browser, voltoUrl, backendUrl }) {
    const before = await timelineTotal(backendUrl);
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    await page.goto(`${voltoUrl}${REVIEW}/chronology-import`);
    // A file without the required columns: refused, nothing written
    await page.setInputFiles('#chronology_file', {
      name: 'wrong.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Date,Agency\n2023-03-14,Police\n'),
    });
    await page.getByRole('button', { name: 'Preview the import' }).click();
    const alert = page.locator('.scrqm-chronology-import [role="alert"]').first();
    await alert.waitFor();
    const missing = await alert.innerText();
    check(missing.includes('What happened'), `missing column: ${missing}`);
    check((await timelineTotal(backendUrl)) === before, 'nothing written for a refused file');
    // A file with one good row and one impossible date
    await page.setInputFiles('#chronology_file', {
      name: 'health.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Date,Time,Agency,Practitioner role,What happened,Source record,Key practice episode,Decision point,Missed opportunity\n' +
          '2024-05-02,11:00,Police,Response officer,Fictional: a welfare check at the home (imported in a journey).,Log 9,,yes,\n' +
          '2024-02-30,,Police,Officer,Fictional: impossible date.,Log 10,,,\n',
      ),
    });
    await page.getByRole('button', { name: 'Preview the import' }).click();
    await page.locator('.scrqm-import-to-create tbody tr').first().waitFor();
    const toCreate = await page.locator('.scrqm-import-to-create tbody tr').allInnerTexts();
    const refused = await page.locator('.scrqm-import-rejected tbody tr').allInnerTexts();
    check(toCreate.length === 1 && toCreate[0].startsWith('2'), `to create: ${toCreate}`);
    check(refused.length === 1 && refused[0].startsWith('3'), `refused: ${refused}`);
    check((await timelineTotal(backendUrl)) === before, 'the preview writes nothing');
    await page.screenshot({ path: path.join(IMAGES, 'volto-privacy-import.png'), fullPage: true });
    await page.getByRole('button', { name: 'Import 1 entry' }).click();
    const status = page.locator('.scrqm-chronology-import [role="status"]');
    await status.waitFor();
    const done = await status.innerText();
    check(done === '1 entry imported.', `done: ${done}`);
    const after = await timelineTotal(backendUrl);
    check(after === before + 1, `entries ${before} -> ${after}`);
    await ctx.close();
    return `missing column: "${missing}"; preview ${JSON.stringify(toCreate)}, refused ${JSON.stringify(refused)}; "${done}"; entries ${before} -> ${after}`;
  },

  async 'private: the family and a letter in Urdu, as HTML and PDF'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    await page.goto(`${voltoUrl}${REVIEW}/family`);
    await page.locator('.scrqm-family-members tbody tr').first().waitFor();
    const members = await page.locator('.scrqm-family-members tbody th').allInnerTexts();
    check(members.some((m) => /^Family member \d+ \(mother\)$/.test(m)), `members: ${members}`);
    const body = await text(page);
    check(!body.includes(FULL_NAME), 'no full name on the family page');
    await page.screenshot({ path: path.join(IMAGES, 'volto-privacy-family.png'), fullPage: false });
    const mother = members.find((m) => m.includes('(mother)'));
    const language = page.getByLabel(`Language of the letter to ${mother}`, { exact: true });
    check((await language.inputValue()) === 'ur', 'the mother’s letters are in Urdu');
    await page.getByLabel(`Letter to ${mother}`, { exact: true }).selectOption('inform');
    await page.locator('.scrqm-family-members tbody tr', { hasText: mother })
      .getByRole('button', { name: 'Write' }).click();
    await page.waitForURL(/family-letter\?member=[0-9a-f]{32}&letter=inform&lang=ur$/);
    await page.locator('.scrqm-letters .letter').first().waitFor();
    const letters = await page.locator('.scrqm-letters .letter').evaluateAll((nodes) =>
      nodes.map((n) => `${n.getAttribute('lang')}/${n.getAttribute('dir')}`),
    );
    check(letters[0] === 'ur/rtl', `letters: ${letters}`);
    const letterText = await page.locator('.scrqm-letters').innerText();
    check(letterText.includes('Parent A'), 'the letter is addressed to the member');
    check(!page.url().includes('Parent'), 'no name in the address');
    await page.screenshot({ path: path.join(IMAGES, 'volto-privacy-letter.png'), fullPage: false });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as PDF' }).click(),
    ]);
    const file = await download.path();
    const fs = await import('node:fs');
    const head = fs.readFileSync(file).subarray(0, 5).toString();
    check(head === '%PDF-', `the PDF starts with ${head}`);
    const size = fs.statSync(file).size;
    const name = download.suggestedFilename();
    check(name.endsWith('-inform-ur.pdf') && !name.includes('Parent'), `file name ${name}`);
    await ctx.close();
    return `members ${JSON.stringify(members)}; letter sections ${letters}; PDF "${name}" (${size} bytes)`;
  },

  async 'private: a board member and Anonymous get the refusal and nothing private'({ browser, voltoUrl, backendUrl }) {
    const seen = [];
    for (const user of ['demo-board', null]) {
      const ctx = await context(browser, voltoUrl, backendUrl, user);
      const page = await ctx.newPage();
      for (const pagePath of ['privacy-check', 'chronology', 'family', 'family-letter?member=x&letter=inform&lang=en']) {
        await page.goto(`${voltoUrl}${REVIEW}/${pagePath}`);
        const alert = page.locator('#page-document [role="alert"]').first();
        await alert.waitFor();
        const body = await text(page);
        check(!body.includes(ENTRY) && !body.includes(FULL_NAME) && !body.includes('NS2 4QQ'),
          `${user || 'Anonymous'} ${pagePath}: something private shown`);
        check((await page.locator('#page-document table').count()) === 0, `${pagePath}: a table`);
        seen.push(`${user || 'Anonymous'} ${pagePath.split('?')[0]}: "${(await alert.innerText()).slice(0, 60)}"`);
      }
      await ctx.close();
      for (const service of ['@scr-privacy', '@scr-chronology', '@scr-family', '@scr-family-letter?letter=inform&lang=en&format=pdf']) {
        const answer = await rest(backendUrl, user, `${REVIEW}/${service}`);
        check([401, 403].includes(answer.status), `${user || 'Anonymous'} ${service}: ${answer.status}`);
        const content = await answer.text();
        check(!content.includes(ENTRY) && !content.includes('Parent A'), `${service} leaks`);
        seen.push(`${user || 'Anonymous'} ${service.split('?')[0]} ${answer.status}`);
      }
    }
    return seen.join('; ');
  },
};
