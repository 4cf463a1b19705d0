// HR completes an onboarding task form in the real Camunda Tasklist: I-9 Section 1 of one new staff member.
// usage: node tasklist-onboarding.mjs <baseUrl> <staffReference> <screenshotDir>
import { chromium } from 'playwright-core';

const [baseUrl, reference, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const step = (text) => console.log(`step: ${text}`);
let page;
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  step('hr logs in');
  await page.goto(`${baseUrl}/camunda/app/tasklist/default/`);
  await page.getByPlaceholder('Username').fill('hr');
  await page.getByPlaceholder('Password').fill('hr');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText("My group's tasks").first().click();
  step(`hr opens I-9 Section 1 of ${reference}`);
  const item = page.locator('li.task', { hasText: reference }).filter({ hasText: 'I-9 Section 1' }).first();
  await item.click();
  await page.getByRole('button', { name: 'Claim' }).click();
  const form = page.locator('.fjs-form');
  await form.waitFor();
  const caseField = await form.getByLabel('Staff member').inputValue();
  if (caseField !== reference) throw new Error(`the form shows ${caseField}, not ${reference}`);
  const date = form.locator('.fjs-form-field-datetime').locator('input.flatpickr-input');
  await date.fill('12/07/2026');
  await date.press('Enter');
  await page.screenshot({ path: `${shots}/onboarding-i9-form.png` });
  step('hr completes the task');
  await page.getByRole('button', { name: 'Complete' }).click();
  await page.getByRole('button', { name: 'Complete' }).waitFor({ state: 'detached', timeout: 15000 });
  await page.screenshot({ path: `${shots}/onboarding-i9-done.png` });
  console.log('done');
} catch (error) {
  if (page) await page.screenshot({ path: `${shots}/onboarding-failure.png` }).catch(() => {});
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser.close();
}
