import { describe, expect, it } from 'vitest';
import {
  SHARE_FORMATS,
  cardCamera,
  displayUrl,
  exportFileName,
  layoutShareCard,
  legendEntriesFor,
  shareAltText,
  shareFileName,
  shareScale,
  storyAttribution,
  wrapText,
  type CardContent,
  type LegendEntry,
  type MeasureText,
} from '../../src/export/share-card.ts';
import { stepScene, type SceneRole } from '../../src/scene/scene.ts';
import { placesOfEvent } from '../../src/story/model.ts';
import { realStoryModel } from '../story-data.ts';
import { cardContent, fitsChars, measure } from './share-card-fixtures.ts';
import type { PlaceFeature } from '../../src/story/schema.ts';

const content = cardContent;

describe('wrapText', () => {
  it('breaks at spaces so no line is longer than the width', () => {
    expect(wrapText('one two three four', 9, 5, fitsChars(9))).toEqual(['one two', 'three', 'four']);
  });

  it('ends the last allowed line with an ellipsis when the text needs more lines', () => {
    const lines = wrapText('one two three four five six', 9, 2, fitsChars(9));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(lines[1]!.length).toBeLessThanOrEqual(9);
  });

  it('cuts a single word wider than the line', () => {
    expect(wrapText('Supercalifragilistic', 6, 1, fitsChars(6))).toEqual(['Super…']);
  });
});

describe('layoutShareCard', () => {
  it('fills the stated size, map between header and footer', () => {
    for (const format of ['landscape', 'portrait'] as const) {
      const layout = layoutShareCard(format, content(), measure);
      expect([layout.width, layout.height]).toEqual([SHARE_FORMATS[format].width, SHARE_FORMATS[format].height]);
      const titleBottom = Math.max(...layout.texts.filter((t) => t.role === 'title').map((t) => t.y));
      expect(layout.map.y).toBeGreaterThan(titleBottom);
      const footer = layout.texts.find((t) => t.role === 'url')!;
      const firstFooterLine = Math.min(...layout.texts.filter((t) => t.role === 'credits').map((t) => t.y));
      expect(layout.map.y + layout.map.height).toBeLessThan(firstFooterLine - footer.size);
    }
  });

  it('keeps every caption line inside the card width', () => {
    const layout = layoutShareCard('landscape', content({ title: 'word '.repeat(60) }), measure);
    for (const text of layout.texts.filter((t) => t.role === 'title')) {
      expect(text.x + measure(text.text, text.size, text.weight)).toBeLessThanOrEqual(layout.width - 32);
    }
  });

  it('gives a long title two lines in landscape and three in portrait', () => {
    const long = content({ title: 'word '.repeat(60) });
    const titleLines = (format: 'landscape' | 'portrait') =>
      layoutShareCard(format, long, measure).texts.filter((t) => t.role === 'title').length;
    expect(titleLines('landscape')).toBe(2);
    expect(titleLines('portrait')).toBe(3);
  });

  it('prints the title, the date, the credits and the URL', () => {
    const layout = layoutShareCard('landscape', content({ title: 'Short title' }), measure);
    const byRole = Object.fromEntries(layout.texts.map((t) => [t.role, t.text]));
    expect(byRole).toMatchObject({
      title: 'Short title',
      date: '31 December 2019',
      url: 'example.org/maps/iraq/e/embassy-attack',
    });
    expect(byRole.credits).toContain('Natural Earth');
  });

  it('gives long credits a second line rather than cutting them', () => {
    const credits = 'Map data: Natural Earth · Story: The New York Times, Thursday, 2 January 2020 · '.repeat(2);
    const layout = layoutShareCard('portrait', content({ credits }), measure);
    const lines = layout.texts.filter((t) => t.role === 'credits');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.y).toBeGreaterThan(lines[0]!.y);
    expect(lines[0]!.text.endsWith('…')).toBe(false);
  });

  it('prints no link when there is none, and gives the credits the whole line', () => {
    // 115 characters: wider than the line beside the link, narrower than the whole line.
    const credits = 'Map data: Natural Earth · Story: The New York Times, Thursday, 2 January 2020 · '.padEnd(115, 'x');
    const withUrl = layoutShareCard('landscape', content({ credits }), measure);
    const without = layoutShareCard('landscape', content({ credits, url: '' }), measure);
    expect(without.texts.filter((t) => t.role === 'url')).toEqual([]);
    expect(withUrl.texts.filter((t) => t.role === 'credits')).toHaveLength(2);
    expect(without.texts.filter((t) => t.role === 'credits')).toHaveLength(1);
  });

  it('puts the legend inside the map area, one mark per entry', () => {
    const legend = [
      { mark: 'impact' as const, text: 'Impact' },
      { mark: 'route' as const, text: 'Force movement' },
    ];
    const layout = layoutShareCard('portrait', content({ legend }), measure);
    const box = layout.legendBox!;
    expect(box.y).toBeGreaterThanOrEqual(layout.map.y);
    expect(box.y + box.height).toBeLessThanOrEqual(layout.map.y + layout.map.height);
    expect(layout.legendItems.map((item) => item.entry.mark)).toEqual(['impact', 'route']);
  });

  it('draws no legend box when the picture has nothing to explain', () => {
    expect(layoutShareCard('landscape', content({ legend: [] }), measure).legendBox).toBeNull();
  });
});

describe('legendEntriesFor (real story)', () => {
  const model = realStoryModel();
  const entriesAt = (id: string) => {
    const index = model.steps.findIndex((step) => step.id === id);
    const scene = stepScene(model, index);
    const features = [...scene.staticFeatures.features, ...scene.frame(1, false).features];
    return legendEntriesFor(
      { type: 'FeatureCollection', features },
      placesOfEvent(model, model.steps[index]!),
      model.symbols,
    );
  };

  it('lists the unit symbol and the movement for the paratroopers flying to Kuwait', () => {
    const entries = entriesAt('airborne-battalion-to-kuwait');
    expect(entries.filter((entry) => entry.mark === 'symbol').map((entry) => entry.symbol)).toContain(
      'us-airborne-infantry',
    );
    expect(entries.some((entry) => entry.mark === 'route')).toBe(true);
  });

  it('lists impacts but no unit symbol for the first step (rockets on K-1)', () => {
    const entries = entriesAt(model.steps[0]!.id);
    expect(entries.some((entry) => entry.mark === 'impact')).toBe(true);
    expect(entries.some((entry) => entry.mark === 'symbol')).toBe(false);
  });

  it('lists approximate places only when the picture shows one', () => {
    const entries = legendEntriesFor({ type: 'FeatureCollection', features: [] }, [], model.symbols);
    expect(entries).toEqual([]);
  });
});

describe('displayUrl', () => {
  it('drops the scheme, "www." and the trailing slash', () => {
    expect(displayUrl('https://www.example.org/maps/iraq/e/k1/')).toBe('example.org/maps/iraq/e/k1');
  });

  it('keeps the query, which names the event', () => {
    expect(displayUrl('http://127.0.0.1:4173/maps/iraq/?event=embassy-attack')).toBe(
      '127.0.0.1:4173/maps/iraq/?event=embassy-attack',
    );
  });
});

describe('shareAltText', () => {
  it('names the date, the title and the places', () => {
    expect(shareAltText('31 December 2019', 'Crowd at the gate', ['US embassy', 'Green Zone'], 'After Attack')).toBe(
      'Map, 31 December 2019: Crowd at the gate. Marked on the map: US embassy, Green Zone. From the situation map of “After Attack”.',
    );
  });

  it('does not double a full stop the title already has', () => {
    expect(shareAltText('1 January 2020', 'Troops arrive.', [], 'Story')).not.toContain('..');
  });
});

describe('shareScale', () => {
  it('is 2 where the device can draw twice the card size', () => {
    expect(shareScale('portrait', 4096)).toBe(2);
  });

  it('is 1 on a device whose largest drawable is smaller than twice the card', () => {
    expect(shareScale('portrait', 2048)).toBe(1);
  });
});

describe('shareFileName', () => {
  it('names the event and the size, with odd characters replaced', () => {
    expect(shareFileName('embassy/attack<1>', 'landscape', 'png')).toBe('situation-map-embassy-attack-1-1200x675.png');
  });
});

describe('cardCamera', () => {
  const camera = { zoom: 6, lat: 33, lng: 44, bearing: 0, pitch: 0 };
  const range = { min: 1, max: 17 };

  it('zooms out one level for a map half as wide, so the reader’s view still fits', () => {
    expect(cardCamera(camera, { width: 1200, height: 600 }, { width: 600, height: 600 }, range).zoom).toBeCloseTo(5);
  });

  it('keeps the centre', () => {
    expect(cardCamera(camera, { width: 800, height: 600 }, { width: 1200, height: 500 }, range)).toMatchObject({
      lat: 33,
      lng: 44,
    });
  });

  it('stays within the zoom range', () => {
    expect(
      cardCamera({ ...camera, zoom: 1 }, { width: 4000, height: 4000 }, { width: 100, height: 100 }, range).zoom,
    ).toBe(1);
  });
});

describe('storyAttribution', () => {
  it("names the outlet and the day as the page's byline does", () => {
    expect(storyAttribution({ outlet: 'The New York Times', published: '2020-01-02' })).toBe(
      'Story: The New York Times, Thursday, 2 January 2020',
    );
  });
});

/**
 * The share card to the pixel: where each text, the map and the legend go. A card is a picture that leaves the
 * site, so its margins, baselines and legend box are what the reader gets. The font here is a fixed-width one
 * (0.5 em per character), so every width is easy to work out by hand.
 */
describe('share-card-layout', () => {
  const content = (overrides: Partial<CardContent> = {}): CardContent =>
    cardContent({ title: 'Short title', legend: [], credits: 'Map data: Natural Earth', url: 'a.org/x', ...overrides });
  const textsOf = (layout: ReturnType<typeof layoutShareCard>, role: string) =>
    layout.texts.filter((text) => text.role === role);
  /** Words of four letters: a line of n words is 5n - 1 characters. */
  const words = (n: number) => 'abcd '.repeat(n).trim();
  const entry = (text: string): LegendEntry => ({ mark: 'impact', text });

  describe('share card header', () => {
    it('sets the date at the top left margin, 22 px regular', () => {
      const [date] = textsOf(layoutShareCard('landscape', content(), measure), 'date');
      expect(date).toEqual({
        role: 'date',
        text: '31 December 2019',
        x: 28,
        y: 50,
        size: 22,
        weight: 'normal',
        align: 'left',
      });
    });

    it('sets title lines in bold 36 px, 43 px apart (1.2 leading), the first 53 px below the date', () => {
      const titles = textsOf(layoutShareCard('landscape', content({ title: words(60) }), measure), 'title');
      expect(titles.map(({ x, y, size, weight, align }) => ({ x, y, size, weight, align }))).toEqual([
        { x: 28, y: 103, size: 36, weight: 'bold', align: 'left' },
        { x: 28, y: 146, size: 36, weight: 'bold', align: 'left' },
      ]);
    });

    it('wraps the title at the card width less both margins', () => {
      // 1144 px at 18 px a character: 63 characters, so twelve four-letter words (59) fit and thirteen (64) do not.
      const titles = textsOf(layoutShareCard('landscape', content({ title: words(13) }), measure), 'title');
      expect(titles.map((title) => title.text)).toEqual([words(12), 'abcd']);
    });

    it('starts the map 16 px below the title block, across the whole card width', () => {
      const oneLine = layoutShareCard('landscape', content(), measure).map;
      const twoLines = layoutShareCard('landscape', content({ title: words(60) }), measure).map;
      expect(oneLine).toMatchObject({ x: 0, y: 123, width: 1200 });
      expect(twoLines.y).toBe(166);
    });
  });

  describe('share card texts', () => {
    it('holds the date, the title, the credits and the link, and nothing else', () => {
      const layout = layoutShareCard('landscape', content(), measure);
      expect(layout.texts.map((text) => text.role)).toEqual(['date', 'title', 'credits', 'url']);
    });

    it('measures the title and the link in bold, the credits and the legend in regular', () => {
      // A bold letter twice as wide. Title: 1144 px at 36 px, 31 characters. Credits: 1144 - 7 × 17 (bold link) - 24
      // = 1001 px at 8.5 px, 117 characters: 23 words.
      const weighted: MeasureText = (text, size, weight) => text.length * size * (weight === 'bold' ? 1 : 0.5);
      const layout = layoutShareCard('landscape', content({ title: words(13), credits: words(30) }), weighted);
      expect(textsOf(layout, 'title').map((t) => t.text)).toEqual([words(6), `${words(6)}…`]);
      expect(textsOf(layout, 'credits').map((t) => t.text.split(' ').length)).toEqual([23, 7]);
    });
  });

  describe('share card footer', () => {
    it('sets the link in bold at the right margin, on the last baseline', () => {
      const url = (format: 'landscape' | 'portrait') => textsOf(layoutShareCard(format, content(), measure), 'url')[0];
      expect(url('landscape')).toEqual({
        role: 'url',
        text: 'a.org/x',
        x: 1172,
        y: 656,
        size: 17,
        weight: 'bold',
        align: 'right',
      });
      expect(url('portrait')).toMatchObject({ x: 1052, y: 1331 });
    });

    it('sets the credits regular at the left margin, the last line on the link’s baseline, 23 px apart', () => {
      const credits = textsOf(layoutShareCard('landscape', content({ credits: words(30) }), measure), 'credits');
      expect(credits.map(({ x, y, size, weight, align }) => ({ x, y, size, weight, align }))).toEqual([
        { x: 28, y: 633, size: 17, weight: 'normal', align: 'left' },
        { x: 28, y: 656, size: 17, weight: 'normal', align: 'left' },
      ]);
    });

    it('wraps the credits 24 px before the link', () => {
      // Room: 1144 - 7 × 8.5 (the link) - 24 = 1060.5 px, 124 characters: 25 four-letter words exactly.
      const credits = textsOf(layoutShareCard('landscape', content({ credits: words(30) }), measure), 'credits');
      expect(credits.map((line) => line.text)).toEqual([words(25), words(5)]);
    });

    it('ends the map where the footer starts: 24 px plus one 23 px line per credits line', () => {
      const mapHeight = (credits: string) => layoutShareCard('landscape', content({ credits }), measure).map.height;
      expect(mapHeight('Natural Earth')).toBe(675 - 123 - 47);
      expect(mapHeight(words(30))).toBe(675 - 123 - 70);
    });

    it('keeps room for one footer line when there are no credits', () => {
      const layout = layoutShareCard('landscape', content({ credits: '' }), measure);
      expect(textsOf(layout, 'credits')).toEqual([]);
      expect(layout.map.height).toBe(675 - 123 - 47);
    });
  });

  describe('share card legend', () => {
    const legendOf = (legend: LegendEntry[]) => layoutShareCard('landscape', content({ legend }), measure);

    it('sits 16 px inside the map’s lower left corner', () => {
      const layout = legendOf([entry('Impact')]);
      const box = layout.legendBox!;
      expect(box.x).toBe(16);
      expect(box.y + box.height).toBe(layout.map.y + layout.map.height - 16);
    });

    it('is as tall as its lines (28 px each) and as wide as its widest text, with 12 px padding', () => {
      // Widest: "Force movement", 14 characters at 8 px; mark column 28 px and a 10 px gap.
      const box = legendOf([entry('Impact'), entry('Force movement')]).legendBox!;
      expect(box.height).toBe(12 + 2 * 28 + 12);
      expect(box.width).toBe(12 + 28 + 10 + 112 + 12);
    });

    it('rounds a fractional text width up, so the box never clips its text', () => {
      const oddMeasure: MeasureText = (text, size) => text.length * size * 0.5 + 0.25;
      const box = layoutShareCard('landscape', content({ legend: [entry('Impact')] }), oddMeasure).legendBox!;
      expect(box.width).toBe(12 + 28 + 10 + 49 + 12);
    });

    it('puts a 24 px square mark at the start of each line', () => {
      const layout = legendOf([entry('Impact'), entry('Fire')]);
      const box = layout.legendBox!;
      expect(layout.legendItems.map((item) => item.mark)).toEqual([
        { x: 28, y: box.y + 12, width: 24, height: 24 },
        { x: 28, y: box.y + 40, width: 24, height: 24 },
      ]);
    });

    it('sets each text 10 px after the mark column, its baseline 18 px below the line’s top', () => {
      const layout = legendOf([entry('Impact'), entry('Fire')]);
      const box = layout.legendBox!;
      expect(textsOf(layout, 'legend')).toEqual([
        { role: 'legend', text: 'Impact', x: 66, y: box.y + 30, size: 16, weight: 'normal', align: 'left' },
        { role: 'legend', text: 'Fire', x: 66, y: box.y + 58, size: 16, weight: 'normal', align: 'left' },
      ]);
    });

    it('shows at most six entries', () => {
      const layout = legendOf(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(entry));
      expect(layout.legendItems.map((item) => item.entry.text)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    });

    it('cuts a text wider than 520 px to one line with an ellipsis', () => {
      // 70 characters at 8 px = 560 px: wider than 520, narrower than 55% of the card (660).
      const [text] = textsOf(legendOf([entry('x'.repeat(70))]), 'legend');
      expect(text!.text).toBe(`${'x'.repeat(64)}…`);
    });

    it('gives an empty entry an empty line', () => {
      expect(textsOf(legendOf([entry('')]), 'legend').map((text) => text.text)).toEqual(['']);
    });
  });

  describe('wrapText at its limits', () => {
    it('keeps text that needs exactly the allowed number of lines whole', () => {
      expect(wrapText('one two three', 9, 2, fitsChars(9))).toEqual(['one two', 'three']);
    });

    it('cuts the last allowed line as late as the ellipsis allows', () => {
      expect(wrapText('aaa bbb ccc ddd', 7, 1, fitsChars(7))).toEqual(['aaa bb…']);
    });

    it('puts no space before the ellipsis when the cut falls after a word', () => {
      expect(wrapText('aaaaa bbbbbbb', 7, 1, fitsChars(7))).toEqual(['aaaaa…']);
    });

    it('gives an ellipsis alone when not even one letter fits before it', () => {
      expect(wrapText('abc', 1, 1, fitsChars(1))).toEqual(['…']);
    });

    it('ignores runs of whitespace', () => {
      expect(wrapText('  one \n two  ', 20, 2, fitsChars(20))).toEqual(['one two']);
    });
  });

  describe('legendEntriesFor', () => {
    const feature = (role: SceneRole, symbol?: string) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [0, 0] },
      properties: symbol ? { role, symbol } : { role },
    });
    const place = (precision: 'exact' | 'approximate') => ({ properties: { precision } }) as PlaceFeature;
    const entriesFor = (features: ReturnType<typeof feature>[], places: PlaceFeature[] = []) =>
      legendEntriesFor({ type: 'FeatureCollection', features }, places, {
        tank: { meaning: 'Tank' },
        ship: { meaning: 'Ship' },
      });

    it('lists each unit symbol once, with its meaning, in order of appearance', () => {
      expect(entriesFor([feature('unit', 'ship'), feature('unit', 'tank'), feature('unit', 'ship')])).toEqual([
        { mark: 'symbol', symbol: 'ship', text: 'Ship' },
        { mark: 'symbol', symbol: 'tank', text: 'Tank' },
      ]);
    });

    it('leaves out a symbol whose meaning is unknown', () => {
      expect(entriesFor([feature('unit', 'submarine')])).toEqual([]);
    });

    it('explains exact and approximate places, exact first', () => {
      expect(entriesFor([], [place('approximate'), place('exact')])).toEqual([
        { mark: 'place-exact', text: 'Place with a public, exact position' },
        { mark: 'place-approximate', text: 'Approximate place (dashed: where it may be)' },
      ]);
    });

    it('explains only the precision the places have', () => {
      expect(entriesFor([], [place('exact')]).map((e) => e.mark)).toEqual(['place-exact']);
      expect(entriesFor([], [place('approximate')]).map((e) => e.mark)).toEqual(['place-approximate']);
    });

    it.each<[SceneRole, string]>([
      ['impact-past', 'impact'],
      ['rocket-head', 'impact'],
      ['pulse', 'impact'],
      ['trail', 'route'],
      ['route-end', 'route'],
      ['fire', 'fire'],
    ])('explains a %s with the %s mark', (role, mark) => {
      expect(entriesFor([feature(role)]).map((e) => e.mark)).toEqual([mark]);
    });

    it('lists symbols, then places, then impacts, movements and fires', () => {
      const entries = entriesFor(
        [feature('fire'), feature('route-past'), feature('impact'), feature('unit', 'tank')],
        [place('exact')],
      );
      expect(entries.map((e) => e.mark)).toEqual(['symbol', 'place-exact', 'impact', 'route', 'fire']);
    });

    it('explains nothing for marks that need no legend (crowds)', () => {
      expect(entriesFor([feature('crowd')])).toEqual([]);
    });
  });
});

/**
 * Edges of the share card's small helpers: the scale limit itself, empty names, other sizes, zoom clamping both
 * ways and maps of no size.
 */
describe('share-card-edges', () => {
  describe('share card helpers at their edges', () => {
    it('draws at 2× when the device allows exactly twice the card, and at 1× one pixel short', () => {
      expect(shareScale('landscape', 2400)).toBe(2);
      expect(shareScale('landscape', 2399)).toBe(1);
    });

    it('names the portrait size in the file name, and falls back to "event" for an id with nothing usable', () => {
      expect(shareFileName('///', 'portrait', 'webm')).toMatch(/^situation-map-event-\d+x\d+\.webm$/);
      expect(shareFileName('--a--', 'landscape', 'png')).toBe('situation-map-a-1200x675.png');
    });

    it('leaves out the places sentence when no place is named', () => {
      expect(shareAltText('1 January 2020', 'Troops arrive', [], 'Story')).toBe(
        'Map, 1 January 2020: Troops arrive. From the situation map of “Story”.',
      );
    });

    it('keeps a "www" that is not at the start of the host, and a path without a trailing slash', () => {
      expect(displayUrl('https://maps.www.example.org/a')).toBe('maps.www.example.org/a');
      expect(displayUrl('https://example.org/')).toBe('example.org');
    });

    it('zooms in for a card larger than the reader’s map, up to the top of the range', () => {
      const camera = { zoom: 6 };
      const range = { min: 1, max: 17 };
      expect(cardCamera(camera, { width: 300, height: 300 }, { width: 600, height: 900 }, range).zoom).toBeCloseTo(7);
      expect(cardCamera({ zoom: 16.5 }, { width: 300, height: 300 }, { width: 1200, height: 1200 }, range).zoom).toBe(
        17,
      );
    });

    it('fits the narrower of the two ratios', () => {
      const zoom = cardCamera(
        { zoom: 6 },
        { width: 800, height: 400 },
        { width: 800, height: 100 },
        { min: 1, max: 17 },
      ).zoom;
      expect(zoom).toBeCloseTo(4);
    });

    it('keeps the zoom when a map has no size yet', () => {
      const range = { min: 1, max: 17 };
      expect(cardCamera({ zoom: 6 }, { width: 0, height: 0 }, { width: 600, height: 400 }, range).zoom).toBe(6);
      expect(cardCamera({ zoom: 6 }, { width: 600, height: 400 }, { width: 0, height: 400 }, range).zoom).toBe(6);
    });

    it('turns a run of odd characters in an id into one hyphen', () => {
      expect(shareFileName('a//b', 'landscape', 'png')).toBe('situation-map-a-b-1200x675.png');
    });

    it('keeps one full stop where the title already ends with one', () => {
      expect(shareAltText('1 January 2020', 'Troops arrive.', [], 'Story')).toBe(
        'Map, 1 January 2020: Troops arrive. From the situation map of “Story”.',
      );
    });
  });

  describe('exportFileName', () => {
    it('names a video by its own size, not the card’s', () => {
      expect(exportFileName('a-to-b', { width: 1280, height: 720 }, 'webm')).toBe('situation-map-a-to-b-1280x720.webm');
    });
  });
});
