/**
 * The rest of the review page (its items by kind, who acts next), validation errors at
 * their field, Volto's History view for the review team only, and the interface in Welsh.
 */
import path from 'node:path';
import { ARTIFACTS, IMAGES, check, context, text, token } from '../lib.mjs';

const REVIEW = '/safeguarding-reviews/child-a';

async function getJson(backendUrl, user, pathname) {
  const response = await fetch(`${backendUrl}${pathname}`, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${await token(backendUrl, user)}` },
  });
  return { status: response.status, body: response.ok ? await response.json() : null };
}

export const journeys = {
  async "the review's items by kind link to their pages; who acts next"({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    await page.goto(`${voltoUrl}${REVIEW}`);
    await page.locator('.scrqm-items .scrqm-items-kind').first().waitFor();
    const kinds = await page.locator('.scrqm-items-kind h3').allInnerTexts();
    const expected = (await getJson(backendUrl, 'demo-manager', `${REVIEW}/@scr-items`)).body.kinds;
    check(kinds.length === expected.length && kinds.length >= 2, `kinds ${JSON.stringify(kinds)}`);
    check(kinds[0] === `${expected[0].title} (${expected[0].total})`, `first kind ${kinds[0]}`);
    const link = page.locator('.scrqm-items-kind a').first();
    const title = await link.innerText();
    const href = await link.getAttribute('href');
    check(href.startsWith(`${REVIEW}/`), `a Volto link, not a classic one: ${href}`);
    check(!href.includes('@@'), `no classic page: ${href}`);
    await page.screenshot({ path: path.join(IMAGES, 'volto-review-more-items.png'), fullPage: true });
    await link.click();
    await page.waitForURL(`${voltoUrl}${href}`);
    const heading = page.locator('h1', { hasText: title }).first();
    await heading.waitFor({ timeout: 20000 }).catch(async () => {
      throw new Error(`the item's page has no heading "${title}": ${(await text(page)).slice(0, 300)}`);
    });
    await ctx.close();

    // The board member may not move the review on: the page says who may.
    const board = await context(browser, voltoUrl, backendUrl, 'demo-board');
    const boardPage = await board.newPage();
    await boardPage.goto(`${voltoUrl}${REVIEW}`);
    await boardPage.locator('.scrqm-who-next li').first().waitFor();
    const who = await boardPage.locator('.scrqm-who-next li').allInnerTexts();
    check(who.some((line) => line.includes('the review manager') || line.includes('the lead reviewer')),
      `who acts next: ${JSON.stringify(who)}`);
    const boardKinds = await boardPage.locator('.scrqm-items-kind').evaluateAll((nodes) =>
      nodes.map((node) => node.className));
    check(!boardKinds.some((name) => name.includes('FamilyMember')), 'no family records for the board');
    await board.close();
    return `manager: ${kinds.length} kinds ${JSON.stringify(kinds)}, "${title}" opened at ${href}; board: who acts next ${JSON.stringify(who)}, ${boardKinds.length} kinds`;
  },

  async 'a validation error shows at its field, in its fieldset; nothing is saved'({ browser, voltoUrl, backendUrl }) {
    const before = (await getJson(backendUrl, 'demo-manager', REVIEW)).body.decided_by;
    check(before, 'the demo review records who decided');
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    await page.goto(`${voltoUrl}${REVIEW}/edit`);
    // A type with blocks edits its fields in the sidebar, in folded fieldsets; one without
    // blocks in tabs. Either way: fill the field, leave its fieldset, save.
    const decision = page.locator('#metadataform-fieldset-decision');
    const tabs = page.locator('.formtabs .item', { hasText: 'Decision' });
    await Promise.race([decision.waitFor(), tabs.first().waitFor()]);
    const sidebar = (await decision.count()) > 0;
    const title = sidebar ? decision.locator('.title').first() : tabs.first();
    await title.click();
    await page.locator('#field-decided_by').fill('');
    if (sidebar) await title.click(); // fold it again: the form must unfold it
    else await page.locator('.formtabs .item').first().click();
    check(!(await page.locator('#field-decided_by').isVisible()), 'the field is out of sight before saving');
    await page.locator('#toolbar-save').click();
    const label = page.locator('.field-wrapper-decided_by .form-error-label');
    await label.waitFor({ timeout: 20000 }).catch(async () => {
      await page.screenshot({ path: path.join(ARTIFACTS, 'field-error-failed.png'), fullPage: true });
      throw new Error(`no error at the field: ${(await text(page)).slice(0, 400)}`);
    });
    const message = await label.innerText();
    check(message.includes('who made it'), `message at the field: ${message}`);
    check(await page.locator('#field-decided_by').isVisible(), 'the field with the error is in sight');
    const shown = sidebar
      ? `fieldset "${await title.innerText()}" unfolded`
      : `tab "${await page.locator('.formtabs .active.item').innerText()}" open`;
    const labels = await page.locator('.form-error-label').count();
    await page.screenshot({ path: path.join(IMAGES, 'volto-review-more-field-error.png'), fullPage: false });
    const toasts = await page.locator('.Toastify').innerText().catch(() => '');
    await ctx.close();
    const after = (await getJson(backendUrl, 'demo-manager', REVIEW)).body.decided_by;
    check(after === before, `nothing saved: ${after}`);
    return `${sidebar ? 'sidebar' : 'tabs'}: ${shown}, "${message}" at decided_by (${labels} error label(s)), pop-up ${JSON.stringify(toasts.trim())}, decided_by still "${after}"`;
  },

  async 'history for a review manager, not for a board member'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    const response = await page.goto(`${voltoUrl}${REVIEW}/historyview`);
    await page.locator('#page-history tbody tr').first().waitFor({ timeout: 20000 }).catch(async () => {
      await page.screenshot({ path: path.join(ARTIFACTS, 'history-failed.png'), fullPage: true });
      throw new Error(`no history rows (status ${response.status()}, ${page.url()}): ${(await text(page)).slice(0, 400)}`);
    });
    const rows = await page.locator('#page-history tbody tr').allInnerTexts();
    const expected = (await getJson(backendUrl, 'demo-manager', `${REVIEW}/@history`)).body;
    check(rows.length === expected.length && rows.length > 0, `rows ${rows.length} of ${expected.length}`);
    await page.screenshot({ path: path.join(IMAGES, 'volto-review-more-history.png'), fullPage: false });
    await ctx.close();

    const board = await context(browser, voltoUrl, backendUrl, 'demo-board');
    const boardPage = await board.newPage();
    await boardPage.goto(`${voltoUrl}${REVIEW}/historyview`);
    await boardPage.locator('h1').first().waitFor();
    const heading = await boardPage.locator('h1').first().innerText();
    const tables = await boardPage.locator('#page-history').count();
    check(tables === 0, 'no history for a board member');
    check(/forbidden|unauthori[sz]ed/i.test(heading), `refused: ${heading}`);
    const rest = await getJson(backendUrl, 'demo-board', `${REVIEW}/@history`);
    check([401, 403].includes(rest.status), `@history as board: ${rest.status}`);
    await board.close();
    return `manager: status ${response.status()}, ${rows.length} entries (${rows.slice(0, 2).map((r) => JSON.stringify(r.replace(/\s+/g, ' ').trim()))}); board: "${heading}", @history ${rest.status}`;
  },

  async 'the interface in Welsh'({ browser, voltoUrl, backendUrl }) {
    // Volto shows a page of content in the content's language when the site offers it (the
    // demo's reviews are English); elsewhere the language chosen (cookie I18N_LANGUAGE).
    const ctx = await context(browser, voltoUrl, backendUrl, null);
    await ctx.addCookies([{ name: 'I18N_LANGUAGE', value: 'cy', url: voltoUrl }]);
    const page = await ctx.newPage();
    await page.goto(`${voltoUrl}/published-reviews`);
    const heading = page.locator('h1', { hasText: 'Adolygiadau cyhoeddedig' });
    await heading.waitFor({ timeout: 20000 }).catch(async () => {
      throw new Error(`not in Welsh: ${(await text(page)).slice(0, 300)}`);
    });
    const lang = await page.locator('html').getAttribute('lang');
    const body = await text(page);
    check(!body.includes('Published reviews'), 'no English heading left');
    await page.locator('.scrqm-total').waitFor();
    const total = await page.locator('.scrqm-total').innerText();
    check(/adolygiad/.test(total), `the count in Welsh: ${total}`);
    check(lang === 'cy', `the page's language: html lang="${lang}"`);
    const listing = await page.locator('.scrqm-published-list').innerText();
    const welshDate = listing.match(/\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}/);
    check(welshDate, `a publication date in Welsh: ${listing.slice(0, 300)}`);
    check(!/\d (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/.test(listing),
      'no date in English');
    await page.screenshot({ path: path.join(IMAGES, 'volto-review-more-welsh.png'), fullPage: false });
    await ctx.close();
    return `html lang="${lang}", heading "Adolygiadau cyhoeddedig", "${total}", date "${welshDate[0]}"`;
  },
};
