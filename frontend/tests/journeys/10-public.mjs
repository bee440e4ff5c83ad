/** What the public reads: the published report and response, and the listing. */
import path from 'node:path';
import { IMAGES, REPORT, RESPONSE, REVIEW_PATH, axe, check, context, text } from '../lib.mjs';

export const journeys = {
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
};
