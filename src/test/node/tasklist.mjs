// Shared steps of the Tasklist browser tests: Debian's chromium, logging in, Camunda Forms fields.
import { chromium } from 'playwright-core';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

const started = Date.now();
/** Prints a scenario's step with the seconds since the script started, so a slow step shows in a failure's output. */
export const step = (text) => console.log(`step (${((Date.now() - started) / 1000).toFixed(1)} s): ${text}`);

/**
 * Logs into Tasklist as a demo user (password = user id). A login that does not get through (a click that lands
 * before the page is ready, a slow first load) is tried again from a fresh page, saying what the page showed.
 */
export async function logIn(page, baseUrl, user) {
  const ready = page.getByText('Start process').first();
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${baseUrl}/camunda/app/tasklist/default/`);
    await page.getByPlaceholder('Username').fill(user);
    await page.getByPlaceholder('Password').fill(user);
    await page.getByRole('button', { name: 'Log in' }).click();
    try {
      await ready.waitFor({ timeout: 20000 });
      return;
    } catch (notThrough) {
      console.log(`login as ${user}, attempt ${attempt}, did not get through; the page showed: ${await shown(page)}`);
      if (attempt === 3) throw notThrough;
    }
  }
}

/** The first words of the page, for a failure's output. */
export async function shown(page) {
  const text = await page.locator('body').innerText({ timeout: 2000 }).catch(() => '(no text)');
  return `${page.url()} ${text.replace(/\s+/g, ' ').slice(0, 300)}`;
}

/** Picks an option of a Camunda Forms select by its label. */
export async function choose(form, label, option) {
  const field = form.locator('.fjs-form-field-select', { has: form.page().locator(`label:text-is("${label}")`) });
  const item = field.locator('.fjs-dropdownlist-item', { hasText: option }).first();
  // a click that lands while the previous field's picker is closing leaves the list shut: open it again
  for (let attempt = 1; ; attempt++) {
    await field.locator('.fjs-select-display').click();
    try {
      await item.waitFor({ state: 'visible', timeout: 5000 });
      break;
    } catch (closed) {
      if (attempt === 3) throw closed;
    }
  }
  await item.click();
}

/**
 * Claims the open task and returns its form once Tasklist has drawn it for the claimed task: when the claim's answer
 * comes back late, Tasklist draws the form again and what was typed into the first drawing is lost.
 */
export async function claim(page) {
  const button = page.getByRole('button', { name: 'Claim' });
  await button.click();
  await button.waitFor({ state: 'detached', timeout: 15000 });
  const form = page.locator('.fjs-form');
  for (let attempt = 1; attempt <= 10; attempt++) {
    const drawn = await form.elementHandle({ timeout: 15000 });
    await page.waitForTimeout(1000);
    if (await drawn.evaluate((element) => element.isConnected)) break;
  }
  return form;
}

/** Types a date (mm/dd/yyyy) into a Camunda Forms date field by its label, or the form's only one. */
export async function typeDate(form, label, usDate) {
  const field = label
    ? form.locator('.fjs-form-field-datetime', { has: form.page().locator(`label:text-is("${label}")`) })
    : form.locator('.fjs-form-field-datetime');
  const input = field.locator('input.flatpickr-input');
  await input.fill(usDate);
  await input.press('Enter');
}

/** Runs a browser scenario, with a screenshot of the page when it fails, and sets the exit code. */
export async function scenario(shots, name, body) {
  const browser = await launch();
  const context = { page: null };
  try {
    await body(browser, context);
    console.log('done');
  } catch (error) {
    if (context.page) {
      await context.page.screenshot({ path: `${shots}/${name}-failure.png` }).catch(() => {});
      console.error(`the page showed: ${await shown(context.page)}`);
    }
    console.error(error);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

/** Completes the open task form and waits until Tasklist has taken it. */
export async function complete(page) {
  await page.getByRole('button', { name: 'Complete' }).click();
  await page.getByRole('button', { name: 'Complete' }).waitFor({ state: 'detached', timeout: 15000 });
}

/**
 * Types a case reference into Tasklist's search box and waits until the list holds exactly that case's one open
 * task (named taskName); returns the list's items.
 */
export async function searchTasks(page, reference, taskName) {
  await page.locator('input.main-field').fill(reference);
  await page.locator('input.main-field').press('Enter');
  const listed = page.locator('li.task');
  let names = [];
  for (let waited = 0; waited < 15000; waited += 250) {
    names = await listed.allInnerTexts();
    if (names.length === 1 && names[0].includes(taskName)) return listed;
    await page.waitForTimeout(250);
  }
  throw new Error(`the search for ${reference} listed ${names.length} task(s), not only "${taskName}": `
    + names.join(' | ').replace(/\s+/g, ' ').slice(0, 300));
}
