// Billing files an appeal from the real Camunda Tasklist.
// usage: node tasklist-appeal.mjs <baseUrl> <disputeReference> <screenshotDir>
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
  step('billing logs in');
  await page.goto(`${baseUrl}/camunda/app/tasklist/default/`);
  await page.getByPlaceholder('Username').fill('billing');
  await page.getByPlaceholder('Password').fill('billing');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText("My group's tasks").first().click();
  step(`billing opens the appeal of ${reference}`);
  await page.locator('li.task', { hasText: reference }).filter({ hasText: 'File appeal' }).first().click();
  await page.getByRole('button', { name: 'Claim' }).click();
  const form = page.locator('.fjs-form');
  await form.waitFor();
  const shown = await form.getByRole('textbox', { name: 'Dispute', exact: true }).inputValue();
  if (shown !== reference) throw new Error(`the form shows ${shown}, not ${reference}`);
  const date = form.locator('.fjs-form-field-datetime').locator('input.flatpickr-input');
  await date.fill('12/01/2026');
  await date.press('Enter');
  await form.getByLabel("Payer's reference").fill('UHC-APPEAL-42');
  const how = form.locator('.fjs-form-field-select', { has: page.locator('label:text-is("How")') });
  await how.locator('.fjs-select-display').click();
  await how.locator('.fjs-dropdownlist-item', { hasText: 'Payer portal' }).first().click();
  await page.screenshot({ path: `${shots}/appeal-form.png` });
  step('billing files the appeal');
  await page.getByRole('button', { name: 'Complete' }).click();
  await page.getByRole('button', { name: 'Complete' }).waitFor({ state: 'detached', timeout: 15000 });
  console.log('done');
} catch (error) {
  if (page) await page.screenshot({ path: `${shots}/appeal-failure.png` }).catch(() => {});
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser.close();
}
