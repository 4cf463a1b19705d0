// HR completes an onboarding task form in the real Camunda Tasklist: I-9 Section 1 of one new staff member.
// usage: node tasklist-onboarding.mjs <baseUrl> <staffReference> <screenshotDir>
import { claim, complete, logIn, scenario, step, typeDate } from './tasklist.mjs';

const [baseUrl, reference, shots] = process.argv.slice(2);
await scenario(shots, 'onboarding', async (browser, context) => {
  const page = context.page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  step('hr logs in');
  await logIn(page, baseUrl, 'hr');
  await page.getByText("My group's tasks").first().click();
  step(`hr opens I-9 Section 1 of ${reference}`);
  await page.locator('li.task', { hasText: reference }).filter({ hasText: 'I-9 Section 1' }).first().click();
  const form = await claim(page);
  const shown = await form.getByLabel('Staff member').inputValue();
  if (shown !== reference) throw new Error(`the form shows ${shown}, not ${reference}`);
  await typeDate(form, null, '12/07/2026');
  await page.screenshot({ path: `${shots}/onboarding-i9-form.png` });
  step('hr completes the task');
  await complete(page);
});
