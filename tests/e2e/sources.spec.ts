/**
 * Sources and contested facts as a reader sees them: every event lists where it comes from, "Reports differ"
 * where reports disagree, estimates say so, and no source URL but https ever reaches an href.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

interface RawSource {
  outlet: string;
  title: string;
  url: string;
}
interface RawEvent {
  id: string;
  date: { precision: string };
  sources: RawSource[];
  disputed?: { question: string; versions: { claim: string; source: string }[] }[];
  context_for?: string;
}
const story = JSON.parse(readFileSync(new URL('../../geodata/events.json', import.meta.url), 'utf8')) as {
  events: RawEvent[];
};
// Below 1100 px the article pane starts closed, so its follow-the-text mode cannot step the map to a
// neighbouring passage while these tests read one event's panel.
test.use({ viewport: { width: 1024, height: 800 } });

const steps = story.events.filter((event) => event.date.precision !== 'range');
const byId = (id: string) => story.events.find((event) => event.id === id)!;

const detail = (page: Page) =>
  page.getByRole('region', { name: /.+/ }).filter({ has: page.locator('#event-detail-title') });
const eventSources = (page: Page) => page.getByRole('group', { name: 'Sources' });

async function selectEvent(page: Page, id: string): Promise<void> {
  await page.locator(`[data-event-id="${id}"] button`).click();
  await expect(page.locator(`[data-event-id="${id}"]`)).toHaveAttribute('aria-current', 'step');
}

/** Each version of each disputed claim is listed under "Reports differ:", linked to its source's outlet. */
async function expectReportsDiffer(page: Page, eventId: string): Promise<void> {
  const event = byId(eventId);
  for (const claim of event.disputed!) {
    const block = detail(page).locator('.disputed').filter({ hasText: claim.question });
    await expect(block).toContainText(`Reports differ: ${claim.question}`);
    const versions = block.getByRole('listitem');
    await expect(versions).toHaveCount(claim.versions.length);
    for (const [index, version] of claim.versions.entries()) {
      await expect(versions.nth(index)).toContainText(version.claim);
      const outlet = event.sources.find((source) => source.url === version.source)!.outlet;
      await expect(versions.nth(index).getByRole('link', { name: outlet })).toHaveAttribute('href', version.source);
    }
  }
}

test('the K-1 attack shows "Reports differ" for the rockets, the Iraqi hurt and who fired, each version sourced', async ({
  page,
}) => {
  await page.goto('?event=k1-rocket-attack');
  await expect(page.locator('#event-detail-title')).toBeVisible();
  // The event's own claims; its background (the rocket campaign) has one of its own below them.
  await expect(detail(page).locator('.disputed:not(.background .disputed)')).toHaveCount(3);
  await expectReportsDiffer(page, 'k1-rocket-attack');
});

test('the strikes show "Reports differ" for the casualty counts, saying whose count each is', async ({ page }) => {
  await page.goto('?event=us-strikes-kataib-hezbollah');
  await expect(page.locator('#event-detail-title')).toBeVisible();
  await expectReportsDiffer(page, 'us-strikes-kataib-hezbollah');
  await expect(detail(page)).toContainText('(a Popular Mobilization Forces official, to AFP)');
});

test('every event lists its sources, with outlet, title and an https link, its background too', async ({ page }) => {
  // Reduced motion: the camera jumps instead of flying, so stepping through every event stays quick.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('');
  await expect(page.locator('#event-detail-title')).toBeVisible();
  for (const step of steps) {
    await selectEvent(page, step.id);
    const links = eventSources(page).getByRole('link');
    await expect(links).toHaveText(step.sources.map((source) => source.title));
    for (const [index, source] of step.sources.entries()) {
      await expect(links.nth(index)).toHaveAttribute('href', source.url);
      await expect(eventSources(page).getByRole('listitem').nth(index)).toContainText(`— ${source.outlet}`);
    }
    for (const background of story.events.filter((event) => event.context_for === step.id)) {
      const item = detail(page).locator(`[data-background-id="${background.id}"]`);
      await item.getByText(`Sources (${background.sources.length})`).click();
      await expect(item.locator('.source-list').getByRole('link')).toHaveText(background.sources.map((s) => s.title));
    }
  }
});

test('a place whose position is disputed and estimated says so in its panel', async ({ page }) => {
  await page.goto('?place=embassy-side-gate');
  const panel = page.locator('[data-place-id="embassy-side-gate"]');
  await expect(panel).toContainText('Estimated: reported only as “a gate of the compound”.');
  await expect(panel).toContainText('Reports differ: Which gate the crowd broke through');
  await expect(panel.locator('.disputed').getByRole('listitem')).toHaveCount(2);
});

test('a Syrian strike site says it is an estimate, reported only as "eastern Syria"', async ({ page }) => {
  await page.goto('?place=kh-strike-syria-1');
  await expect(page.locator('[data-place-id="kh-strike-syria-1"]')).toContainText(
    'Estimated: reported only as “eastern Syria”.',
  );
});

test('a javascript: source URL never reaches an href: the data is refused, naming file, place and field', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.route('**/kirkuk*.geojson', async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as { features: { properties: { id: string; sources: RawSource[] } }[] };
    data.features[0]!.properties.sources[0]!.url = 'javascript:alert(document.domain)';
    await route.fulfill({ response, json: data });
  });
  await page.goto('?place=k1-air-base');
  await expect(page.getByRole('list', { name: 'Data problems' })).toContainText(
    'kirkuk.geojson › k1-air-base › properties.sources.0.url: must be a full https:// URL',
  );
  await expect(page.locator('a[href^="javascript:"], a[href^="data:"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
