// The practice console in headless Chromium, role by role: what each sees and must not see, search, the case page
// with its diagram, CSV export, the 835 upload with a good and a bad file, and one login and logout for the console
// and Tasklist together.
// usage: node console.mjs <baseUrl> <billingComplaint> <clinicalComplaint> <dispute> <good835> <bad835> <shots>
import { launch, step, shown } from './tasklist.mjs';
import { readFile } from 'node:fs/promises';

const [baseUrl, billingRef, clinicalRef, disputeRef, good835, bad835, shots] = process.argv.slice(2);
const browser = await launch();
const forbidden = {};
const fail = (message) => { throw new Error(message); };

async function session(user) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('response', (r) => { if (r.status() >= 400) console.log(`answer ${r.status()} for ${r.url()}`); });
  page.on('console', (m) => { if (m.type() === 'error') console.log(`browser console: ${m.text()}`); });
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  await page.goto(`${baseUrl}/`);
  if (!page.url().includes('/login')) fail(`an anonymous visit was not sent to the login page: ${page.url()}`);
  await page.getByPlaceholder('Username').fill(user);
  await page.getByPlaceholder('Password').fill(user);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.locator('h1').first().waitFor();
  return { context, page };
}

async function text(page, path) {
  const response = await page.goto(`${baseUrl}${path}`);
  return { status: response.status(), body: await page.locator('body').innerText() };
}

function count(user, seen) {
  forbidden[user] = (forbidden[user] || 0) + (seen ? 1 : 0);
}

let current;
try {
  step('manager: the dashboard');
  let { context, page } = await session('manager');
  current = page;
  if ((await page.locator('h1').innerText()) !== 'The practice today') fail(`dashboard: ${await shown(page)}`);
  await page.locator('canvas').first().waitFor({ timeout: 10000 });
  await page.screenshot({ path: `${shots}/console-dashboard.png` });

  step('manager: the complaints register and its CSV');
  let register = await text(page, '/registers/complaints');
  if (!register.body.includes(billingRef) || !register.body.includes(clinicalRef)) fail('the manager misses complaints');
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: /Export/ }).click()]);
  const csv = await readFile(await download.path(), 'utf8');
  if (!csv.startsWith('Reference,Received,') || !csv.includes(billingRef)) fail(`CSV: ${csv.slice(0, 200)}`);

  step('manager: finds a dispute by its reference and reads its case page');
  await page.goto(`${baseUrl}/`);
  await page.locator('#find').fill(disputeRef);
  await page.locator('#find').press('Enter');
  await page.waitForURL(`**/cases/${disputeRef}`);
  await page.locator('#diagram[data-rendered="true"]').waitFor({ timeout: 20000 });
  if ((await page.locator('.timeline li').count()) < 2) fail('the case page shows no history');
  await page.screenshot({ path: `${shots}/console-case.png`, fullPage: true });

  step('manager: uploads a good and a bad 835');
  await page.goto(`${baseUrl}/remittances/upload`);
  await page.setInputFiles('#file', good835);
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('heading', { name: /Imported|Already imported/ }).waitFor();
  await page.goto(`${baseUrl}/remittances/upload`);
  await page.setInputFiles('#file', bad835);
  await page.getByRole('button', { name: 'Import' }).click();
  const refusal = await page.getByRole('alert').innerText();
  if (!refusal.includes('refused') || refusal.includes('Exception')) fail(`bad 835: ${refusal}`);

  step('manager: Tasklist opens without a second login; logging out ends both');
  await page.getByRole('link', { name: 'Tasklist' }).click();
  await page.getByText('Start process').first().waitFor({ timeout: 20000 });
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.waitForURL('**/login?logout');
  await page.goto(`${baseUrl}/camunda/app/tasklist/default/`);
  if (!page.url().includes('/login')) fail(`Tasklist still open after the console's logout: ${page.url()}`);
  await context.close();

  for (const [user, sees, hidden] of [['billing', billingRef, clinicalRef], ['clinician', clinicalRef, billingRef]]) {
    step(`${user}: only their group's complaints`);
    ({ context, page } = await session(user));
    current = page;
    register = await text(page, '/registers/complaints');
    if (!register.body.includes(sees)) fail(`${user} misses ${sees}`);
    count(user, register.body.includes(hidden));
    count(user, (await text(page, '/registers/staff')).status !== 403);
    count(user, user !== 'billing' && (await text(page, '/registers/disputes')).status !== 403);
    count(user, user !== 'billing' && (await text(page, `/cases/${disputeRef}`)).status !== 404);
    await context.close();
  }

  step('front desk: no registers of others, no dispute, nothing found of them');
  ({ context, page } = await session('frontdesk'));
  current = page;
  const nav = await page.locator('header nav').innerText();
  count('frontdesk', /Complaints|Disputes|Staff|Cockpit/.test(nav));
  for (const path of ['/registers/disputes', '/registers/complaints', '/registers/staff', '/remittances/upload']) {
    count('frontdesk', (await text(page, path)).status !== 403);
  }
  count('frontdesk', (await text(page, `/cases/${disputeRef}`)).status !== 404);
  count('frontdesk', (await text(page, `/cases/${billingRef}`)).status !== 404);
  await page.goto(`${baseUrl}/cases`);
  await page.locator('main input[name="q"]').fill('DSP');
  await page.getByRole('button', { name: 'Find' }).click();
  count('frontdesk', (await page.locator('main').innerText()).includes(disputeRef));
  await context.close();

  step('hr: the staff board, no disputes');
  ({ context, page } = await session('hr'));
  current = page;
  if ((await text(page, '/registers/staff')).status !== 200) fail('hr cannot open the staff board');
  count('hr', (await text(page, '/registers/disputes')).status !== 403);
  await context.close();

  step('billing: logging out of Tasklist ends the console session too');
  ({ context, page } = await session('billing'));
  current = page;
  await page.goto(`${baseUrl}/camunda/app/tasklist/default/`);
  await page.getByText('Start process').first().waitFor({ timeout: 20000 });
  await page.locator('.account').first().click().catch(() => page.getByText('Billie Coder').first().click());
  await page.getByText(/Log out|Sign out/).first().click();
  await page.waitForURL('**/login?logout', { timeout: 20000 });
  await page.goto(`${baseUrl}/registers/disputes`);
  if (!page.url().includes('/login')) fail(`the console is still open after Tasklist's logout: ${page.url()}`);
  await context.close();

  for (const [user, seen] of Object.entries(forbidden)) {
    console.log(`forbidden cases or pages seen by ${user}: ${seen}`);
  }
  if (Object.values(forbidden).some((seen) => seen > 0)) fail(`a role saw what it must not: ${JSON.stringify(forbidden)}`);
  console.log('done');
} catch (failure) {
  console.log(`failed: ${failure.message}`);
  if (current) {
    console.log(`page: ${await shown(current)}`);
    await current.screenshot({ path: `${shots}/console-failure.png` }).catch(() => {});
  }
  process.exitCode = 1;
} finally {
  await browser.close();
}
