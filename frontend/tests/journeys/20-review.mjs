/** The review page for the review team. */
import path from 'node:path';
import { IMAGES, check, context, text } from '../lib.mjs';

export const journeys = {
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
};
