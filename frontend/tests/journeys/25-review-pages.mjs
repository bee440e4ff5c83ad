/**
 * Users arrive without addresses: from the site's front page, through the toolbar's
 * dashboard, to a review, and from the review page to its own pages (privacy check,
 * chronology, family), by clicking only. The links are those the backend says the reader
 * may open: the review team gets them all, a board member only what the board reads.
 */
import { check, context } from '../lib.mjs';

async function reviewFromDashboard(page, voltoUrl, name) {
  await page.goto(`${voltoUrl}/`);
  const toolbar = page.locator('a[aria-label="Case reviews: dashboard"]').first();
  await toolbar.waitFor();
  await toolbar.click();
  const link = page.locator('.scrqm-dashboard-table tbody th a', { hasText: name }).first();
  await link.waitFor();
  await link.click();
  await page.locator('.scrqm-review-pages').waitFor();
  return page.locator('.scrqm-review-pages a').allInnerTexts();
}

export const journeys = {
  async "review pages: the review team clicks from the front page to the review's private pages"({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    const links = await reviewFromDashboard(page, voltoUrl, 'Child A');
    check(JSON.stringify(links) === JSON.stringify(
      ['Information register', 'History', 'Privacy check', 'Chronology', 'Family and letters']),
    `links: ${JSON.stringify(links)}`);
    const review = new URL(page.url()).pathname;
    await page.getByRole('link', { name: 'Privacy check', exact: true }).click();
    await page.locator('.scrqm-privacy-gate').waitFor();
    check(new URL(page.url()).pathname === `${review}/privacy-check`, `at ${page.url()}`);
    await page.goBack();
    await page.getByRole('link', { name: 'Chronology', exact: true }).click();
    await page.locator('.scrqm-timeline tbody tr').first().waitFor();
    const entries = await page.locator('.scrqm-timeline tbody tr').count();
    await page.goBack();
    await page.getByRole('link', { name: 'Family and letters', exact: true }).click();
    await page.locator('.scrqm-family-members tbody tr').first().waitFor();
    const members = await page.locator('.scrqm-family-members tbody th').count();
    await ctx.close();
    return `review ${review}: links ${JSON.stringify(links)}; privacy check shown; ${entries} chronology entries; ${members} family members; no address typed after the front page`;
  },

  async 'review pages: a board member is offered only what the board reads'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-board');
    const page = await ctx.newPage();
    const links = await reviewFromDashboard(page, voltoUrl, 'Child A');
    check(JSON.stringify(links) === JSON.stringify(['Information register', 'History']),
      `links: ${JSON.stringify(links)}`);
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.waitForURL(/\/review-history$/);
    await ctx.close();
    return `links ${JSON.stringify(links)}; history opened by clicking`;
  },
};
