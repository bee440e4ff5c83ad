/** Withdrawal of a published report (runs last: the report is no longer public after it). */
import { REPORT, check, context } from '../lib.mjs';

export const journeys = {
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
