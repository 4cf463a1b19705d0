// A clinician acknowledges a published policy in the real Camunda Tasklist.
// usage: node tasklist-policy.mjs <baseUrl> <policyReference> <screenshotDir>
import { complete, logIn, scenario, step } from './tasklist.mjs';

const [baseUrl, reference, shots] = process.argv.slice(2);
await scenario(shots, 'policy', async (browser, context) => {
  const page = context.page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  step('clinician logs in');
  await logIn(page, baseUrl, 'clinician');
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
  await complete(page);
});
