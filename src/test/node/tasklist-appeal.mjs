// Billing files an appeal from the real Camunda Tasklist.
// usage: node tasklist-appeal.mjs <baseUrl> <disputeReference> <payer|claim|service date|procedure|billed|paid|at stake>
//   <screenshotDir>
import { choose, claim, complete, logIn, scenario, step, typeDate } from './tasklist.mjs';

const [baseUrl, reference, claimShown, shots] = process.argv.slice(2);
await scenario(shots, 'appeal', async (browser, context) => {
  const page = context.page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  step('billing logs in');
  await logIn(page, baseUrl, 'billing');
  await page.getByText("My group's tasks").first().click();
  step(`billing opens the appeal of ${reference}`);
  await page.locator('li.task', { hasText: reference }).filter({ hasText: 'File appeal' }).first().click();
  const form = await claim(page);
  const shown = await form.getByRole('textbox', { name: 'Dispute', exact: true }).inputValue();
  if (shown !== reference) throw new Error(`the form shows ${shown}, not ${reference}`);
  const labels = ['Payer', 'Claim number', 'Service date', 'Procedure (CPT/HCPCS)', 'Billed ($)', 'Paid ($)',
    'At stake ($)'];
  const expected = claimShown.split('|');
  for (let i = 0; i < labels.length; i++) {
    const value = await form.getByLabel(labels[i], { exact: true }).inputValue();
    if (value !== expected[i]) throw new Error(`the form shows ${labels[i]} "${value}", not "${expected[i]}"`);
  }
  step('the form shows the claim: ' + expected.join(', '));
  await typeDate(form, 'Filed on', '12/01/2026');
  await form.getByLabel("Payer's reference").fill('UHC-APPEAL-42');
  await choose(form, 'How', 'Payer portal');
  await page.screenshot({ path: `${shots}/appeal-form.png` });
  step('billing files the appeal');
  await complete(page);
});
