// A clinician acknowledges a published policy in the real Camunda Tasklist.
// usage: node tasklist-policy.mjs <baseUrl> <policyReference> <screenshotDir>
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
  step('clinician logs in');
  await page.goto(`${baseUrl}/camunda/app/tasklist/default/`);
  await page.getByPlaceholder('Username').fill('clinician');
  await page.getByPlaceholder('Password').fill('clinician');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('My tasks').first().click();
  step(`clinician opens the acknowledgement of ${reference}`);
  // the attestee sees their own task; the form names the policy, so open each until it is this one
  const items = page.locator('li.task', { hasText: 'Read and acknowledge policy' });
  await items.first().waitFor();
  const form = page.locator('.fjs-form');
  let found = false;
  for (let i = 0; i < await items.count() && !found; i++) {
    await items.nth(i).click();
    await form.waitFor();
    found = (await form.getByRole('textbox', { name: 'Policy', exact: true }).inputValue()).startsWith(reference);
  }
  if (!found) throw new Error(`no acknowledgement of ${reference} in the clinician's tasks`);
  await form.getByLabel('I have read this policy and will follow it').check();
  await page.screenshot({ path: `${shots}/policy-acknowledge-form.png` });
  step('clinician completes the acknowledgement');
  await page.getByRole('button', { name: 'Complete' }).click();
  await page.getByRole('button', { name: 'Complete' }).waitFor({ state: 'detached', timeout: 15000 });
  console.log('done');
} catch (error) {
  if (page) await page.screenshot({ path: `${shots}/policy-failure.png` }).catch(() => {});
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser.close();
}
