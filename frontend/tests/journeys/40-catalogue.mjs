/**
 * The partnership's registers in Volto: the marker catalogue and a marker's page, the
 * dashboard, the action tracker, a review's information register and its history. Each is
 * reached through the toolbar links (no typed address) and checked for real content; the
 * pages that are not for everyone are also opened as a visitor, who is refused and sees
 * nothing of the review.
 */
import path from 'node:path';
import { IMAGES, REVIEW_PATH, check, context } from '../lib.mjs';

const INFORMATION_REVIEW = '/safeguarding-reviews/child-a';

async function viaToolbar(page, voltoUrl, from, label) {
  await page.goto(`${voltoUrl}${from}`);
  const link = page.locator(`a[aria-label="${label}"]`).first();
  await link.waitFor();
  await link.click();
}

async function refusedAsVisitor(browser, voltoUrl, backendUrl, address, secrets) {
  const ctx = await context(browser, voltoUrl, backendUrl);
  const page = await ctx.newPage();
  await page.goto(`${voltoUrl}${address}`);
  await page.locator('[role="alert"], .view-wrapper h1, #page-document').first().waitFor();
  await page.waitForTimeout(1500);
  const body = await page.locator('body').innerText();
  for (const secret of secrets) {
    check(!body.includes(secret), `a visitor sees "${secret}" at ${address}`);
  }
  const links = await page.locator('a[aria-label="Review history"], a[aria-label="Case reviews: dashboard"]').count();
  check(links === 0, 'no register links for a visitor');
  const alert = await page.locator('[role="alert"]').allInnerTexts();
  const heading = await page.locator('#view h1, .view-wrapper h1, main h1').allInnerTexts();
  await ctx.close();
  return alert.join(' ') || `page "${heading.join(' / ')}"`;
}

export const journeys = {
  async 'catalogue: the 18 markers by cluster and a marker page with its questions as a list'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-board');
    const page = await ctx.newPage();
    await viaToolbar(page, voltoUrl, '/', 'Quality markers');
    await page.locator('.scrqm-marker-item').first().waitFor();
    const clusters = await page.locator('.scrqm-cluster h2').allInnerTexts();
    const markers = await page.locator('.scrqm-marker-item h3').allInnerTexts();
    check(clusters.length === 3, `clusters: ${clusters}`);
    check(markers.length === 18, `${markers.length} markers`);
    check(markers[0].includes('Quality marker 1') && markers[0].includes('Referral'), `first: ${markers[0]}`);
    await page.screenshot({ path: path.join(IMAGES, 'volto-catalogue-markers.png'), fullPage: false });
    await page.locator('.scrqm-marker-item h3 a').first().click();
    await page.locator('.scrqm-question-list li').first().waitFor();
    const heading = await page.locator('h1.documentFirstHeading').innerText();
    const statement = await page.locator('.scrqm-statement blockquote').innerText();
    const questions = await page.locator('.scrqm-question-list li').allInnerTexts();
    const rationale = await page.locator('#scrqm-rationale').textContent();
    check(heading.includes('Referral'), `heading: ${heading}`);
    check(statement.startsWith('the case is referred'), `statement: ${statement}`);
    check(questions.length === 3 && questions[0].startsWith('Is the rationale for the referral clear'),
      `questions: ${JSON.stringify(questions)}`);
    check(rationale.includes('Rationale') && rationale.length > 100, 'the rationale');
    await page.screenshot({ path: path.join(IMAGES, 'volto-catalogue-marker.png'), fullPage: false });
    await ctx.close();
    const visitor = await refusedAsVisitor(browser, voltoUrl, backendUrl, '/quality-markers', [
      'Quality marker 1', 'Is the rationale for the referral clear',
    ]);
    return `clusters ${JSON.stringify(clusters)}, ${markers.length} markers; "${heading}": ${questions.length} questions as a list, rationale ${rationale.length} chars; visitor: ${visitor}`;
  },

  async 'dashboard: reached from the toolbar, filtered by phase'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    await viaToolbar(page, voltoUrl, '/safeguarding-reviews', 'Case reviews: dashboard');
    await page.locator('.scrqm-dashboard-table tbody tr').first().waitFor();
    const reviews = await page.locator('.scrqm-dashboard-table tbody th a').allInnerTexts();
    const phases = await page.locator('.scrqm-dashboard-table tbody tr td:nth-child(2)').allInnerTexts();
    const clocks = await page.locator('.scrqm-dashboard-table .scrqm-clock-list li').count();
    const byPhase = await page.locator('.scrqm-by-phase li').allInnerTexts();
    check(reviews.length >= 3, `reviews: ${reviews}`);
    check(clocks > 0, 'clocks listed');
    const staleReviewLinks = await page.locator('a[aria-label="Review history"]').count();
    check(staleReviewLinks === 0, 'no review links on the dashboard');
    await page.screenshot({ path: path.join(IMAGES, 'volto-catalogue-dashboard.png'), fullPage: false });
    const phase = phases[0];
    const value = await page.locator('#scrqm-filter-phase option', { hasText: phase }).first().getAttribute('value');
    await page.selectOption('#scrqm-filter-phase', value);
    await page.click('.scrqm-filters button[type="submit"]');
    await page.waitForURL(new RegExp(`phase=${value}`));
    await page.waitForFunction(
      (title) => {
        const cells = [...document.querySelectorAll('.scrqm-dashboard-table tbody tr td:nth-child(2)')];
        return cells.length > 0 && cells.every((td) => td.textContent === title);
      },
      phase,
    );
    const filtered = await page.locator('.scrqm-dashboard-table tbody th a').allInnerTexts();
    check(filtered.length <= reviews.length, 'the filter narrows the list');
    await ctx.close();
    const visitor = await refusedAsVisitor(browser, voltoUrl, backendUrl, '/scr-dashboard', ['Child A', 'Child E']);
    check(!visitor.startsWith('page '), 'a visitor is told the refusal');
    return `${reviews.length} reviews ${JSON.stringify(reviews)}, ${clocks} clock lines, by phase ${JSON.stringify(byPhase)}; phase "${phase}": ${filtered.length}; visitor: ${visitor}`;
  },

  async 'action tracker: actions with flags and RAG, filtered by review'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    // From the dashboard, a route page that keeps the toolbar and its links
    await viaToolbar(page, voltoUrl, '/scr-dashboard', 'Action tracker');
    await page.locator('.scrqm-tracker-table tbody tr').first().waitFor();
    const actions = await page.locator('.scrqm-tracker-table tbody td:nth-child(2)').allInnerTexts();
    const reviews = await page.locator('.scrqm-tracker-table tbody td:nth-child(1)').allInnerTexts();
    const flags = await page.locator('.scrqm-flags li').allInnerTexts();
    const caption = await page.locator('.scrqm-tracker-table caption').innerText();
    check(actions.length > 0, 'actions listed');
    await page.screenshot({ path: path.join(IMAGES, 'volto-catalogue-tracker.png'), fullPage: false });
    const review = reviews[0];
    const value = await page.locator('#scrqm-filter-review option', { hasText: review }).first().getAttribute('value');
    await page.selectOption('#scrqm-filter-review', value);
    await page.click('.scrqm-filters button[type="submit"]');
    await page.waitForURL(/review=/);
    await page.waitForFunction(
      (title) => {
        const cells = [...document.querySelectorAll('.scrqm-tracker-table tbody td:nth-child(1)')];
        return cells.length > 0 && cells.every((td) => td.textContent === title);
      },
      review,
    );
    // Sorting by a column heading
    await page.click('.scrqm-tracker-table th a:text("Action")');
    await page.waitForURL(/sort_on=title/);
    await ctx.close();
    const visitor = await refusedAsVisitor(browser, voltoUrl, backendUrl, '/action-tracker', actions.slice(0, 3));
    check(!visitor.startsWith('page '), 'a visitor is told the refusal');
    return `"${caption}", reviews ${JSON.stringify([...new Set(reviews)])}, flags ${JSON.stringify([...new Set(flags)])}; filtered to ${review}, sorted by action; visitor: ${visitor}`;
  },

  async 'information register of a review, from its toolbar'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    await viaToolbar(page, voltoUrl, INFORMATION_REVIEW, 'Information register');
    await page.waitForURL(/review-information$/);
    await page.locator('.scrqm-requests-table tbody tr').first().waitFor();
    const heading = await page.locator('h1.documentFirstHeading').innerText();
    const requests = await page.locator('.scrqm-requests-table tbody td:first-child').allInnerTexts();
    const statuses = await page.locator('.scrqm-requests-table tbody td:last-child').allInnerTexts();
    const events = await page.locator('.scrqm-event-list li').allInnerTexts();
    const chronology = await page.locator('.scrqm-chronology-count p').allInnerTexts();
    check(heading.includes('Child A'), `heading: ${heading}`);
    check(requests.some((r) => r.startsWith('Police')) && requests.length >= 4, `requests: ${requests}`);
    check(events.some((e) => e.includes('Practitioner learning event')), `events: ${events}`);
    check(chronology.length === 1, 'the review manager sees the chronology size');
    await page.screenshot({ path: path.join(IMAGES, 'volto-catalogue-information.png'), fullPage: false });
    await ctx.close();
    const visitor = await refusedAsVisitor(browser, voltoUrl, backendUrl, `${INFORMATION_REVIEW}/review-information`,
      ['Child A', ...requests]);
    return `"${heading}": requests ${JSON.stringify(requests)} (${JSON.stringify(statuses)}), events ${JSON.stringify(events)}, chronology "${chronology[0]}"; visitor: ${visitor}`;
  },

  async 'review history for the review team only'({ browser, voltoUrl, backendUrl }) {
    const ctx = await context(browser, voltoUrl, backendUrl, 'demo-manager');
    const page = await ctx.newPage();
    await viaToolbar(page, voltoUrl, REVIEW_PATH, 'Review history');
    await page.waitForURL(/review-history$/);
    await page.locator('.scrqm-history-entry').first().waitFor();
    const heading = await page.locator('h1.documentFirstHeading').innerText();
    const rows = await page.locator('.scrqm-history-entry').count();
    const actions = await page.locator('.scrqm-history-entry td:nth-child(3)').allInnerTexts();
    const documents = await page.locator('.scrqm-history-entry td:nth-child(2)').allInnerTexts();
    const comments = await page.locator('.scrqm-history-entry td:nth-child(6)').allInnerTexts();
    check(heading.startsWith('History of Child E'), `heading: ${heading}`);
    check(rows >= 5, `${rows} moves`);
    check(new Set(documents).size >= 2, `the review and its documents: ${[...new Set(documents)]}`);
    check(comments.some((c) => c.length > 0), 'comments shown');
    // The toolbar of the history page leads back to the review's information register.
    const registerLinks = await page.locator('a[aria-label="Information register"]').count();
    check(registerLinks === 1, `${registerLinks} links to the information register on the history page`);
    await page.screenshot({ path: path.join(IMAGES, 'volto-catalogue-history.png'), fullPage: false });
    await ctx.close();
    const visitor = await refusedAsVisitor(browser, voltoUrl, backendUrl, `${REVIEW_PATH}/review-history`,
      ['Child E', 'History of']);
    check(!visitor.startsWith('page '), 'a visitor is told the refusal');
    const body = await (async () => {
      const c = await context(browser, voltoUrl, backendUrl);
      const p = await c.newPage();
      const answer = await p.request.get(`${backendUrl}${REVIEW_PATH}/@scr-history`, {
        headers: { Accept: 'application/json' },
      });
      const status = answer.status();
      await c.close();
      return status;
    })();
    check(body === 401, `a visitor asking @scr-history gets ${body}`);
    return `"${heading}": ${rows} moves, documents ${JSON.stringify([...new Set(documents)])}, actions ${JSON.stringify([...new Set(actions)].slice(0, 6))}; visitor: ${visitor} (REST ${body})`;
  },
};
