// Drives the real Camunda Tasklist in headless Chromium: the front desk starts a complaint through the start form,
// then a member of the owning group finds the acknowledgement task by the case's reference in Tasklist's search,
// claims it and completes its form; a manager logged in to
// Tasklist reads the mail catcher in the same session.
// usage: node tasklist-complaint.mjs <baseUrl> <token> <screenshotDir>
import { choose, claim, complete, launch, logIn as logInAt, searchTasks, step, typeDate } from './tasklist.mjs';

const [baseUrl, token, shots] = process.argv.slice(2);
const browser = await launch();
const logIn = (page, user) => logInAt(page, baseUrl, user);

function today() {
  const d = new Date();
  return `${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}/${d.getFullYear()}`;
}

let page;
try {
  // 1. the front desk starts a complaint with the start form
  const frontDesk = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = await frontDesk.newPage();
  step('front desk logs in');
  await logIn(page, 'frontdesk');
  await page.getByText('Start process').first().click();
  step('front desk picks the complaint process');
  await page.getByText('Complaint resolution').first().click();
  const startForm = page.locator('.fjs-form');
  await startForm.waitFor();
  await choose(startForm, 'How it arrived', 'Phone');
  await choose(startForm, 'Category', 'Billing');
  await startForm.getByLabel('What the patient is complaining about').fill(`Charged twice for one visit ${token}`);
  await typeDate(startForm, 'Received on', today());
  await startForm.getByLabel('Patient name').fill('Browser Test Patient');
  await page.screenshot({ path: `${shots}/1-start-form.png` });
  step('front desk submits the start form');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByText('Complaint resolution').first().waitFor({ state: 'hidden', timeout: 15000 }).catch(() => {});
  // the new case's reference, to give the patient, with a link to its case page
  const started = page.locator('.practiceflow-started');
  await started.waitFor({ timeout: 15000 });
  const reference = (await started.locator('a').innerText()).trim();
  if (!/^CMP-\d{4}-\d{4}$/.test(reference)) throw new Error(`the start showed no case reference: ${await started.innerText()}`);
  step(`front desk sees the new case's reference ${reference}`);
  await page.screenshot({ path: `${shots}/2-started.png` });
  await frontDesk.close();

  // 2. billing, the owning group, claims the acknowledgement and completes its form, from a computer set to
  // Tokyo time: Tasklist still shows the practice's (New York) times
  const billing = await browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Tokyo' });
  page = await billing.newPage();
  step('billing logs in');
  await logIn(page, 'billing');
  step("billing's Tasklist shows times in the practice's zone, not the computer's");
  await page.waitForFunction(() => document.documentElement.dataset.practiceZone, null, { timeout: 10000 });
  const times = await page.evaluate(() => {
    const moment = window.angular.element(document.body).injector().get('moment');
    return [document.documentElement.dataset.practiceZone, moment('2026-07-01T16:00:00.000+0000').format('HH:mm'),
      moment('2026-12-03T17:00:00.000+0000').format('MM/DD HH:mm'),
      moment('12/03/2026 9:00 AM', 'MM/DD/YYYY h:mm A').toISOString(), String(new Date(0).getTimezoneOffset()),
      moment('2026-12-03T17:00:00.000+0000').format('L LT')];
  });
  const expected = ['America/New_York', '12:00', '12/03 12:00', '2026-12-03T14:00:00.000Z', '-540',
    '12/03/2026 12:00 PM'];
  if (JSON.stringify(times) !== JSON.stringify(expected)) throw new Error(`Tasklist times: ${times}, not ${expected}`);
  await page.getByText("My group's tasks").first().click();
  // Tasklist's own search box, given the case's reference, lists that case's task and nothing else
  step(`billing searches Tasklist for ${reference}`);
  const listed = await searchTasks(page, reference, 'Acknowledge complaint');
  step('billing opens the acknowledgement task it found');
  await listed.first().click();
  const taskForm = await claim(page);
  // the form names the complaint in a read-only field: wait for its value, not for page text (which never shows it)
  const complaint = taskForm.getByLabel('Complaint');
  let value = '';
  for (let waited = 0; waited < 15000 && !value.includes(token); waited += 250) {
    value = await complaint.inputValue();
    if (!value.includes(token)) await page.waitForTimeout(250);
  }
  if (!value.includes(token)) throw new Error(`task form shows another complaint: ${value}`);
  await typeDate(taskForm, 'Acknowledged on', today());
  await choose(taskForm, 'How', 'Letter');
  await page.screenshot({ path: `${shots}/3-task-form.png` });
  step('billing completes the task');
  await complete(page);
  await page.screenshot({ path: `${shots}/4-completed.png` });
  step('billing, logged in to Tasklist, may not read the mail catcher');
  const refused = await page.goto(`${baseUrl}/api/mail-catcher`);
  if (refused.status() !== 403) throw new Error(`billing got ${refused.status()} from the mail catcher`);
  await billing.close();

  // 3. a manager logged in to Tasklist reads the mail catcher in the same browser session
  const manager = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = await manager.newPage();
  step('manager logs in and searches all open work for the case');
  await logIn(page, 'manager');
  await page.getByText('All open work').first().click();
  await searchTasks(page, reference, 'Investigate complaint');
  step('manager opens the mail catcher');
  const mailbox = await page.goto(`${baseUrl}/api/mail-catcher`);
  if (mailbox.status() !== 200) throw new Error(`manager got ${mailbox.status()} from the mail catcher`);
  await page.getByText('Mail sent by PracticeFlow').waitFor();
  await page.screenshot({ path: `${shots}/5-mail-catcher.png` });
  await manager.close();
  console.log('done');
} catch (error) {
  if (page) await page.screenshot({ path: `${shots}/failure.png` }).catch(() => {});
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser.close();
}
