/**
 * A story of 10,000 synthetic events (bench/generate-story.ts), built with STORY_DIR into a second site beside the
 * first under the same server: the engine tells any story of that size, stepping as with the real one. Behaviour
 * only; timings are the scale bench's (bench/scale.ts).
 */
import type { Page } from '@playwright/test';
import { test, expect, openMap, readCamera, waitForMapIdle, buildInto } from './fixtures.ts';
import { generateStory, STORIES_DIR, writeStory } from '../../bench/generate-story.ts';
import { filterSteps } from '../../src/navigation/matching/event-matcher.ts';
import type { StoryEvent } from '../../src/story/schema.ts';

const SIZE = 10_000;
const folder = new URL('../../dist/scale-fixture/', import.meta.url).pathname;
const story = generateStory(SIZE);
const { article, events } = JSON.parse(story['events.json']!) as {
  article: { title: string };
  events: { id: string; title: string; date: { precision: string } }[];
};
const steps = events.filter((event) => event.date.precision !== 'range');
/** Every place's position, from the story's area files. */
const positions = new Map(
  Object.entries(story)
    .filter(([name]) => name.endsWith('.geojson'))
    .flatMap(([, text]) =>
      (
        JSON.parse(text) as {
          features: { properties: { id: string }; geometry: { type: string; coordinates: [number, number] } }[];
        }
      ).features.map((feature) => [feature.properties.id, feature.geometry.coordinates] as const),
    ),
);

const eventList = (page: Page) => page.getByRole('list', { name: 'Events' });
const current = (page: Page) => eventList(page).locator('[aria-current="step"]');
const slider = (page: Page) => page.getByRole('slider', { name: 'Timeline' });
const articlePane = (page: Page) => page.locator('#article-region .text');

/** An event that names one place and moves nothing: the map frames that place at its centre. */
const onePlace = (step: { id: string }) => {
  const event = step as unknown as { places: string[]; movement?: unknown };
  return event.places.length === 1 && event.movement === undefined;
};

/** The map has settled with its camera on this one-place step. */
async function expectMapOn(page: Page, step: { id: string }) {
  expect(onePlace(step)).toBe(true);
  const [lng, lat] = positions.get((step as unknown as { places: string[] }).places[0]!)!;
  await expect
    .poll(async () => {
      await waitForMapIdle(page);
      const camera = await readCamera(page);
      return Math.max(Math.abs(camera.lng - lng), Math.abs(camera.lat - lat));
    })
    .toBeLessThan(0.01);
}

/**
 * The map has settled with every place of this step inside its view: true of any step, however many places it names
 * or whether a unit moves, so the test does not depend on what the generator put last.
 */
async function expectMapShows(page: Page, step: { id: string }) {
  const places = (step as unknown as { places: string[] }).places.map((id) => positions.get(id)!);
  await expect
    .poll(async () => {
      await waitForMapIdle(page);
      const camera = await readCamera(page);
      return places.every(
        ([lng, lat]) => lng >= camera.west && lng <= camera.east && lat >= camera.south && lat <= camera.north,
      );
    })
    .toBe(true);
}

/**
 * A step's button in the windowed list: the list's pane is scrolled to the row's place first (only rows near the
 * view exist), as a reader scrolling there would.
 */
async function rowButton(page: Page, step: { id: string }) {
  const position = steps.indexOf(step as (typeof steps)[number]);
  await eventList(page).evaluate((list, position) => {
    const pane = list.closest('.list-pane')!;
    const rowHeight = Number((list as HTMLElement).dataset.rowHeight);
    pane.scrollTop = (list as HTMLElement).offsetTop + position * rowHeight - 100;
  }, position);
  return eventList(page).locator(`[data-event-id="${step.id}"] button`);
}

/** Drag the timeline's thumb from its start to past its end in `moves` moves, then let go. */
async function dragAcrossTimeline(page: Page, moves: number) {
  const box = (await slider(page).boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 1, y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) await page.mouse.move(box.x + 1 + ((box.width + 8) * i) / moves, y);
  await page.mouse.up();
}

test.describe('a story of 10,000 synthetic events', () => {
  // Wide enough for the article to open beside the map by default (at 1280 px it shares the list's column).
  test.use({ viewport: { width: 1600, height: 900 } });
  test.beforeAll(() => {
    test.setTimeout(180_000);
    const storyDir = `${STORIES_DIR}e2e-${SIZE}`;
    writeStory(storyDir, story);
    buildInto(folder, { STORY_DIR: storyDir, PREVIEW_IMAGES: 'off' });
  });

  test('loads, lists every step, and steps with Next, End and Home', async ({ page }) => {
    await openMap(page, 'scale-fixture/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    // Windowed: every row says where it stands among all the steps, but only those near the view exist.
    await expect(eventList(page).getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(steps.length));
    expect(await eventList(page).getByRole('listitem').count()).toBeLessThan(100);
    await expect(current(page)).toHaveAttribute('data-event-id', steps[0]!.id);
    await expect(slider(page)).toHaveAttribute('aria-valuemax', String(steps.length));

    const next = page.getByRole('button', { name: 'Next event' });
    for (let i = 1; i <= 3; i++) {
      await next.click();
      await expect(current(page)).toHaveAttribute('data-event-id', steps[i]!.id);
      await expect(slider(page)).toHaveAttribute('aria-valuenow', String(i + 1));
      await expect(page.getByRole('heading', { level: 2, name: steps[i]!.title })).toBeVisible();
    }
    await expect(page).toHaveURL(new RegExp(`[?&]event=${steps[3]!.id}(&|#|$)`));

    await page.locator('h1').click(); // focus on the page, not on a control
    await page.keyboard.press('End');
    await expect(current(page)).toHaveAttribute('data-event-id', steps.at(-1)!.id);
    await expect(slider(page)).toHaveAttribute('aria-valuenow', String(steps.length));
    await expect(next).toBeDisabled();
    // The list keeps the current row in view, a thousand rows down.
    await expect(current(page)).toBeInViewport();

    await page.keyboard.press('Home');
    await expect(current(page)).toHaveAttribute('data-event-id', steps[0]!.id);
    await expect(current(page)).toBeInViewport();
  });

  test('the list is one tab stop: End inside it reaches the last of 10,000 events, Enter marks it, scrolls it into view and announces it', async ({
    page,
  }) => {
    await openMap(page, 'scale-fixture/');
    const last = steps.at(-1)!;
    // One row of all those rendered takes Tab: the current one.
    await expect(eventList(page).locator('button[tabindex="0"]')).toHaveCount(1);
    await current(page).getByRole('button').focus();
    await page.keyboard.press('End');
    const row = eventList(page).locator(`[data-event-id="${last.id}"]`);
    await expect(row.getByRole('button')).toBeFocused();
    await expect(row).toHaveAttribute('aria-posinset', String(steps.length));
    // Moving in the list is not stepping: the current event is still the first.
    await expect(current(page)).toHaveAttribute('data-event-id', steps[0]!.id);
    await page.keyboard.press('ArrowUp');
    await expect(eventList(page).locator(`[data-event-id="${steps.at(-2)!.id}"] button`)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(current(page)).toHaveAttribute('data-event-id', last.id);
    await expect(current(page)).toBeInViewport();
    await expect(page.getByTestId('step-announcer')).toContainText(last.title);
  });

  test('a search finds an event far down: the list shows the matches, the link and the timeline say so, and selecting one steps there', async ({
    page,
  }) => {
    await openMap(page, 'scale-fixture/');
    const target = steps[7777]!;
    // Its summary's own words ("as reported in dispatch 7778"): few other events share them.
    const text = (target as unknown as { summary: string }).summary.match(/dispatch \d+/)![0];
    const expected = filterSteps(steps as unknown as StoryEvent[], { text }).map((index) => steps[index]!.id);
    expect(expected).toContain(target.id);
    await page.getByRole('searchbox', { name: 'Search events' }).fill(text);
    await expect(page.getByRole('search', { name: 'Events' }).getByRole('status')).toContainText(
      `${expected.length} of ${steps.length} events`,
    );
    const rows = eventList(page).getByRole('listitem');
    await expect(rows).toHaveCount(expected.length);
    expect(await rows.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.eventId))).toEqual(
      expected,
    );
    await expect(page).toHaveURL(new RegExp(`[?&]q=${text.replace(' ', '\\+')}(&|#|$)`));
    // The timeline dims what the filter leaves out and draws the matches at full strength.
    const matchMarks = slider(page).locator('.marks.match path');
    await expect
      .poll(() => matchMarks.evaluateAll((paths) => paths.reduce((sum, path) => sum + Number(path.dataset.marks), 0)))
      .toBe(expected.length);
    await eventList(page).locator(`[data-event-id="${target.id}"] button`).click();
    await expect(current(page)).toHaveAttribute('data-event-id', target.id);
    await expect(slider(page)).toHaveAttribute('aria-valuenow', String(7777 + 1));
    await expect(page.getByRole('heading', { level: 2, name: target.title })).toBeVisible();
  });

  test('a link with a filter opens the filtered list', async ({ page }) => {
    await openMap(page, 'scale-fixture/?kind=statement&from=2020-01-10&to=2020-01-12');
    const expected = filterSteps(steps as unknown as StoryEvent[], {
      kinds: ['statement'],
      from: '2020-01-10',
      to: '2020-01-12',
    });
    expect(expected.length).toBeGreaterThan(0);
    await expect(eventList(page).getByRole('listitem').first()).toHaveAttribute(
      'aria-setsize',
      String(expected.length),
    );
    await expect(page.getByTestId('link-notice')).toHaveCount(0);
  });

  test('a bad filter in the link gets a notice and the unfiltered story', async ({ page }) => {
    await openMap(page, 'scale-fixture/?q=gate&kind=riot');
    await expect(page.getByTestId('link-notice')).toContainText(
      'The filter “kind=riot” names nothing in this story — showing every event.',
    );
    await expect(eventList(page).getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(steps.length));
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('');
    // The link is rewritten without the filter that could not be used.
    await expect(page).not.toHaveURL(/[?&](q|kind)=/);
  });

  test('the article renders its passages as the reader scrolls to them, and they still select their event', async ({
    page,
  }) => {
    await openMap(page, 'scale-fixture/');
    // Not following the text, so that scrolling does not step the map.
    await page.getByRole('checkbox', { name: 'Follow the text' }).uncheck();
    const lastPassage = articlePane(page).locator(`mark[data-passage-event="${steps.at(-1)!.id}"]`);
    await expect(articlePane(page).locator('mark').first()).toBeVisible();
    await expect(lastPassage).toHaveCount(0);
    // To the end, as a reader dragging the scrollbar there: the chunks near the end render.
    await expect
      .poll(async () => {
        await articlePane(page).evaluate((pane) => (pane.scrollTop = pane.scrollHeight));
        return lastPassage.count();
      })
      .toBe(1);
    await lastPassage.click();
    await expect(current(page)).toHaveAttribute('data-event-id', steps.at(-1)!.id);
  });

  test('selecting an event far down renders its passage, marks it and scrolls the article to it', async ({ page }) => {
    await openMap(page, 'scale-fixture/');
    const target = steps[900]!;
    await expect(articlePane(page).locator(`mark[data-passage-event="${target.id}"]`)).toHaveCount(0);
    await (await rowButton(page, target)).click();
    const passage = articlePane(page).locator(`mark[data-passage-event="${target.id}"]`);
    await expect(passage).toHaveClass(/current/);
    await expect(passage).toBeInViewport();
    await expect(articlePane(page).locator('mark.current')).toHaveCount(1);
  });

  test('the article lets go of the chunks the reader left far behind, without moving the text, and renders them again on return', async ({
    page,
  }) => {
    await openMap(page, 'scale-fixture/');
    const firstPassage = articlePane(page).locator(`mark[data-passage-event="${steps[0]!.id}"]`);
    await expect(firstPassage).toHaveCount(1);
    const target = steps[900]!;
    await (await rowButton(page, target)).click();
    const passage = articlePane(page).locator(`mark[data-passage-event="${target.id}"]`);
    await expect(passage).toBeInViewport();
    await expect(articlePane(page)).toHaveAttribute('data-own-scroll', 'false');
    const arrivedAt = (await passage.boundingBox())!.y;
    // Once the scroll has settled, the first chunk, thousands of pixels above, is a block of its height again.
    await expect(firstPassage).toHaveCount(0);
    expect(await articlePane(page).locator('.chunk').count()).toBeLessThanOrEqual(4);
    expect((await passage.boundingBox())!.y).toBeCloseTo(arrivedAt, 0);
    // Back at the start, it renders again, with the first event's passage.
    await (await rowButton(page, steps[0]!)).click();
    await expect(firstPassage).toBeInViewport();
  });

  test('dragging the timeline fast across 10,000 events lands on the last one, and the map shows it', async ({
    page,
  }) => {
    await openMap(page, 'scale-fixture/');
    await dragAcrossTimeline(page, 40);
    await expect(slider(page)).toHaveAttribute('aria-valuenow', String(steps.length));
    await expect(current(page)).toHaveAttribute('data-event-id', steps.at(-1)!.id);
    await expect(page.getByRole('heading', { level: 2, name: steps.at(-1)!.title })).toBeVisible();
    await expectMapShows(page, steps.at(-1)!);
    // The list held still while the timeline was swept, and brings the row the drag ended on into view after it.
    await expect(current(page)).toBeInViewport();
  });

  test('a drag across the timeline is one history entry: Back returns to the step before it', async ({ page }) => {
    await openMap(page, 'scale-fixture/');
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(current(page)).toHaveAttribute('data-event-id', steps[1]!.id);
    await dragAcrossTimeline(page, 40);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${steps.at(-1)!.id}(&|#|$)`));
    await page.goBack();
    await expect(current(page)).toHaveAttribute('data-event-id', steps[1]!.id);
  });

  test('holding the right arrow key steps on, ends where it was let go, as one history entry', async ({ page }) => {
    await openMap(page, 'scale-fixture/');
    // Let go on a step with one place, which the map frames at its centre.
    const to = steps.findIndex((step, index) => index >= 25 && onePlace(step));
    await page.locator('h1').click(); // focus on the page, not on a control
    // Every message the screen reader's live region is given while the key is held.
    await page.evaluate(() => {
      const announcer = document.querySelector('[data-testid="step-announcer"]')!;
      const said: string[] = [];
      (window as unknown as { announced: string[] }).announced = said;
      new MutationObserver(() => said.push(announcer.textContent ?? '')).observe(announcer, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    // The first press and its repeats (a key already down repeats), then the key comes up.
    for (let i = 0; i < to; i++) await page.keyboard.down('ArrowRight');
    await page.keyboard.up('ArrowRight');
    await expect(current(page)).toHaveAttribute('data-event-id', steps[to]!.id);
    // Announced where the reader let go, not each of the steps swept past.
    await expect(page.getByTestId('step-announcer')).toContainText(steps[to]!.title);
    const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
    expect(announced.length).toBeLessThanOrEqual(2);
    await expect(slider(page)).toHaveAttribute('aria-valuenow', String(to + 1));
    await expectMapOn(page, steps[to]!);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${steps[to]!.id}(&|#|$)`));
    await page.goBack();
    await expect(current(page)).toHaveAttribute('data-event-id', steps[0]!.id);
  });

  test('with a filter on, Next and Previous step through its matches only, and Show all steps through every event again', async ({
    page,
  }) => {
    const filter = { kinds: ['protest' as const], from: '2020-01-10', to: '2020-01-12' };
    const matches = filterSteps(steps as unknown as StoryEvent[], filter);
    expect(matches.length).toBeGreaterThan(2);
    await openMap(page, `scale-fixture/?kind=protest&from=${filter.from}&to=${filter.to}`);
    const caption = page.getByTestId('match-caption');
    const next = page.getByRole('button', { name: 'Next event' });
    const previous = page.getByRole('button', { name: 'Previous event' });
    // The first event is not a match: Next goes to the first match after it.
    await expect(caption).toHaveText(`${matches.length} matches; this event is not one`);
    await next.click();
    await expect(current(page)).toHaveAttribute('data-event-id', steps[matches[0]!]!.id);
    await expect(caption).toHaveText(`Match 1 of ${matches.length}`);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', new RegExp(`\\(Match 1 of ${matches.length}\\)$`));
    await expect(previous).toBeDisabled();
    await next.click();
    await expect(current(page)).toHaveAttribute('data-event-id', steps[matches[1]!]!.id);
    await expect(caption).toHaveText(`Match 2 of ${matches.length}`);
    await previous.click();
    await expect(current(page)).toHaveAttribute('data-event-id', steps[matches[0]!]!.id);
    // End goes to the last match, where Next has nowhere to go.
    await page.locator('h1').click(); // focus on the page, not on a control
    await page.keyboard.press('End');
    await expect(current(page)).toHaveAttribute('data-event-id', steps[matches.at(-1)!]!.id);
    await expect(caption).toHaveText(`Match ${matches.length} of ${matches.length}`);
    await expect(next).toBeDisabled();
    // Without the filter, Next goes to the very next event again.
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(caption).toHaveCount(0);
    await next.click();
    await expect(current(page)).toHaveAttribute('data-event-id', steps[matches.at(-1)! + 1]!.id);
  });

  test('the timeline draws the events per slot as one path, and a filter’s matches as a second', async ({ page }) => {
    await openMap(page, 'scale-fixture/');
    const density = page.getByTestId('density');
    await expect(density.locator('path')).toHaveCount(1);
    await expect(density.locator('path')).toHaveAttribute('d', /^M0 1.*Z$/);
    await page.getByRole('searchbox', { name: 'Search events' }).fill('protest');
    await expect(density.locator('path')).toHaveCount(2);
    await expect(density.locator('path.matches')).toHaveAttribute('d', /^M0 1.*Z$/);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const sheet = (page: Page) => page.getByRole('dialog', { name: 'All events' });
    const card = (page: Page) => page.getByRole('region', { name: 'Current event' });

    test('searching in the All events sheet finds an event far down, and picking it steps there', async ({ page }) => {
      await openMap(page, 'scale-fixture/');
      await card(page).getByRole('button', { name: 'All events' }).tap();
      await expect(sheet(page)).toBeVisible();
      const list = sheet(page).getByRole('list', { name: 'Events' });
      // Windowed in the sheet too: every row says where it stands, only those near the view exist.
      await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(steps.length));
      expect(await list.getByRole('listitem').count()).toBeLessThan(100);
      const target = steps[7777]!;
      const text = (target as unknown as { summary: string }).summary.match(/dispatch \d+/)![0];
      const expected = filterSteps(steps as unknown as StoryEvent[], { text });
      await sheet(page).getByRole('searchbox', { name: 'Search events' }).fill(text);
      await expect(sheet(page).getByRole('search', { name: 'Events' }).getByRole('status')).toContainText(
        `${expected.length} of ${steps.length} events`,
      );
      await expect(list.getByRole('listitem')).toHaveCount(expected.length);
      await expect(page).toHaveURL(new RegExp(`[?&]q=${text.replace(' ', '\\+')}(&|#|$)`));
      await list.locator(`[data-event-id="${target.id}"] button`).tap();
      await expect(sheet(page)).toBeHidden();
      await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(target.title);
      await expect(slider(page)).toHaveAttribute('aria-valuenow', String(7777 + 1));
      await expect(page.getByTestId('match-caption')).toHaveText(
        `Match ${expected.indexOf(7777) + 1} of ${expected.length}`,
      );
    });

    test('the sheet folds its filters behind a Filters button, and each of its controls takes a thumb', async ({
      page,
    }) => {
      await openMap(page, 'scale-fixture/');
      await card(page).getByRole('button', { name: 'All events' }).tap();
      const search = sheet(page).getByRole('search', { name: 'Events' });
      const filters = search.getByRole('button', { name: 'Filters' });
      await expect(filters).toHaveAttribute('aria-expanded', 'false');
      await expect(search.getByRole('combobox')).toHaveCount(0);
      await filters.tap();
      await expect(filters).toHaveAttribute('aria-expanded', 'true');
      await search.getByRole('combobox', { name: 'Kind' }).selectOption('protest');
      await expect(search.getByRole('button', { name: 'Show all' })).toBeVisible();
      const controls = search.locator('input, select, button');
      expect(await controls.count()).toBeGreaterThanOrEqual(8);
      const heights = await controls.evaluateAll((elements) =>
        elements.map((element) => element.getBoundingClientRect().height),
      );
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
      await expect(page).toHaveURL(/[?&]kind=protest(&|#|$)/);
    });
  });
});
