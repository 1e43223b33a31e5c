/**
 * A still of one step composed for sharing (social posts, newsletters): the map, the step's date and title, the
 * legend entries that appear in it, the credits and the page's short URL. Pure layout: the text measure is passed
 * in, so the same code lays out a card in the page, at build time, and in the tests.
 */
import type { Geometry, FeatureCollection } from 'geojson';
import type { PlaceFeature } from '../story/schema.ts';
import type { SceneProperties, SceneRole } from '../scene/scene.ts';

export type ShareFormat = 'landscape' | 'portrait';

/** Card sizes in CSS pixels: the sizes social sites show without cropping (16:9 posts, 4:5 portrait feeds). */
export const SHARE_FORMATS: Readonly<Record<ShareFormat, { width: number; height: number; label: string }>> = {
  landscape: { width: 1200, height: 675, label: 'Landscape 1200 × 675' },
  portrait: { width: 1080, height: 1350, label: 'Portrait 1080 × 1350' },
};

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One legend line: a unit symbol (by map image name) or a drawn mark. */
export type LegendMark = 'symbol' | 'place-exact' | 'place-approximate' | 'impact' | 'route' | 'fire';
export interface LegendEntry {
  mark: LegendMark;
  /** The unit symbol's image name, for mark `symbol`. */
  symbol?: string;
  text: string;
}

/** What the impact and route marks say, and which scene roles show them. */
const ROLE_ENTRIES: readonly { roles: readonly SceneRole[]; entry: LegendEntry }[] = [
  {
    roles: ['impact', 'impact-past', 'rocket', 'rocket-head', 'pulse'],
    entry: { mark: 'impact', text: 'Rocket or air strike impact' },
  },
  { roles: ['route-past', 'route-planned', 'trail', 'route-end'], entry: { mark: 'route', text: 'Force movement' } },
  { roles: ['fire'], entry: { mark: 'fire', text: 'Fire' } },
];

/**
 * The legend entries a picture needs: the unit symbols and marks its scene draws, and the precision of the places
 * it shows — nothing the picture does not contain.
 * @param scene - the scene features drawn (the step's static part and its end frame)
 * @param places - the places the picture emphasises
 * @param symbolMeaning - what each unit symbol means, by image name
 */
export function legendEntriesFor(
  scene: FeatureCollection<Geometry, SceneProperties>,
  places: readonly PlaceFeature[],
  symbolMeaning: Readonly<Record<string, { meaning: string }>>,
): LegendEntry[] {
  const roles = new Set(scene.features.map((feature) => feature.properties.role));
  const symbols = [
    ...new Set(scene.features.flatMap((feature) => (feature.properties.symbol ? [feature.properties.symbol] : []))),
  ];
  const entries: LegendEntry[] = symbols.flatMap((symbol) => {
    const meaning = symbolMeaning[symbol]?.meaning;
    return meaning ? [{ mark: 'symbol' as const, symbol, text: meaning }] : [];
  });
  if (places.some((place) => place.properties.precision === 'exact'))
    entries.push({ mark: 'place-exact', text: 'Place with a public, exact position' });
  if (places.some((place) => place.properties.precision === 'approximate'))
    entries.push({ mark: 'place-approximate', text: 'Approximate place (dashed: where it may be)' });
  for (const { roles: shownBy, entry } of ROLE_ENTRIES) {
    if (shownBy.some((role) => roles.has(role))) entries.push(entry);
  }
  return entries;
}

/** Measures a string's width in CSS pixels at a font size and weight (canvas `measureText` in the page). */
export type MeasureText = (text: string, size: number, weight: 'normal' | 'bold') => number;

/**
 * Break text into lines no wider than `maxWidth`, at spaces; a word wider than the line is cut with an ellipsis.
 * After `maxLines`, the last line ends with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, fits: (line: string) => boolean): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = fits(word) ? word : truncate(word, fits);
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]!} ${lines[maxLines]!}`, fits);
  return kept;
}

/** The longest start of `text` that fits with an ellipsis after it. */
function truncate(text: string, fits: (line: string) => boolean): string {
  for (let end = text.length - 1; end > 0; end--) {
    const candidate = `${text.slice(0, end).trimEnd()}…`;
    if (fits(candidate)) return candidate;
  }
  return '…';
}

export interface CardText {
  /** What the line is, for tests and for anyone reading the layout. */
  role: 'date' | 'title' | 'legend' | 'credits' | 'url';
  text: string;
  /** Left end of the baseline. */
  x: number;
  y: number;
  size: number;
  weight: 'normal' | 'bold';
  align: 'left' | 'right';
}

export interface CardLegendItem {
  entry: LegendEntry;
  /** Where the mark goes (a square of the legend's line height). */
  mark: Rect;
}

export interface CardLayout {
  width: number;
  height: number;
  /** Where the map goes. */
  map: Rect;
  /** The legend's white box over the map's lower left corner; null without entries. */
  legendBox: Rect | null;
  legendItems: CardLegendItem[];
  texts: CardText[];
}

export interface CardContent {
  date: string;
  title: string;
  legend: readonly LegendEntry[];
  /** "Map data: Natural Earth · Story: The New York Times, 2 January 2020" */
  credits: string;
  /** The page's short URL, as `displayUrl` gives it; empty when there is none to print (a build without SITE_URL). */
  url: string;
}

const MARGIN = 28;
const DATE_SIZE = 22;
const TITLE_SIZE = 36;
const TITLE_LEADING = 1.2;
const FOOTER_SIZE = 17;
const LEGEND_SIZE = 16;
const LEGEND_LINE = 28;
const LEGEND_MAX_ENTRIES = 6;

/**
 * Lay out a share card: a header band (date, then the title on up to two lines in landscape, three in portrait),
 * the map below it, the legend over the map's lower left corner, and a footer with the credits and the URL.
 */
export function layoutShareCard(format: ShareFormat, content: CardContent, measure: MeasureText): CardLayout {
  const { width, height } = SHARE_FORMATS[format];
  const textWidth = width - 2 * MARGIN;
  const texts: CardText[] = [];
  const dateBaseline = MARGIN + DATE_SIZE;
  texts.push({
    role: 'date',
    text: content.date,
    x: MARGIN,
    y: dateBaseline,
    size: DATE_SIZE,
    weight: 'normal',
    align: 'left',
  });
  const titleLines = wrapText(
    content.title,
    textWidth,
    format === 'landscape' ? 2 : 3,
    (line) => measure(line, TITLE_SIZE, 'bold') <= textWidth,
  );
  const lineHeight = Math.round(TITLE_SIZE * TITLE_LEADING);
  titleLines.forEach((text, index) => {
    texts.push({
      role: 'title',
      text,
      x: MARGIN,
      y: dateBaseline + 14 + lineHeight * (index + 1) - Math.round((lineHeight - TITLE_SIZE) / 2),
      size: TITLE_SIZE,
      weight: 'bold',
      align: 'left',
    });
  });
  const headerHeight = dateBaseline + 14 + lineHeight * titleLines.length + 16;

  // Footer: the credits on up to two lines at the left, the link (if any) on the last line at the right.
  const creditsWidth = content.url ? textWidth - measure(content.url, FOOTER_SIZE, 'bold') - 24 : textWidth;
  const credits = wrapText(
    content.credits,
    creditsWidth,
    2,
    (line) => measure(line, FOOTER_SIZE, 'normal') <= creditsWidth,
  );
  const footerLine = Math.round(FOOTER_SIZE * 1.35);
  const footerHeight = footerLine * Math.max(1, credits.length) + 24;
  const lastBaseline = height - 12 - Math.round((footerLine - FOOTER_SIZE) / 2) - 4;
  credits.forEach((text, index) => {
    texts.push({
      role: 'credits',
      text,
      x: MARGIN,
      y: lastBaseline - footerLine * (credits.length - 1 - index),
      size: FOOTER_SIZE,
      weight: 'normal',
      align: 'left',
    });
  });
  if (content.url) {
    texts.push({
      role: 'url',
      text: content.url,
      x: width - MARGIN,
      y: lastBaseline,
      size: FOOTER_SIZE,
      weight: 'bold',
      align: 'right',
    });
  }

  const map: Rect = { x: 0, y: headerHeight, width, height: height - headerHeight - footerHeight };

  const entries = content.legend.slice(0, LEGEND_MAX_ENTRIES);
  const legendItems: CardLegendItem[] = [];
  let legendBox: Rect | null = null;
  if (entries.length > 0) {
    const padding = 12;
    const maxTextWidth = Math.min(width * 0.55, 520);
    const lines = entries.map((entry) => ({
      entry,
      text:
        wrapText(entry.text, maxTextWidth, 1, (line) => measure(line, LEGEND_SIZE, 'normal') <= maxTextWidth)[0] ?? '',
    }));
    const widest = Math.max(...lines.map((line) => measure(line.text, LEGEND_SIZE, 'normal')));
    const boxWidth = Math.ceil(padding * 2 + LEGEND_LINE + 10 + widest);
    const boxHeight = padding * 2 + LEGEND_LINE * lines.length;
    legendBox = { x: 16, y: map.y + map.height - boxHeight - 16, width: boxWidth, height: boxHeight };
    lines.forEach((line, index) => {
      const top = legendBox!.y + padding + LEGEND_LINE * index;
      legendItems.push({
        entry: line.entry,
        mark: { x: legendBox!.x + padding, y: top, width: LEGEND_LINE - 4, height: LEGEND_LINE - 4 },
      });
      texts.push({
        role: 'legend',
        text: line.text,
        x: legendBox!.x + padding + LEGEND_LINE + 10,
        y: top + LEGEND_LINE / 2 + LEGEND_SIZE / 2 - 4,
        size: LEGEND_SIZE,
        weight: 'normal',
        align: 'left',
      });
    });
  }
  return { width, height, map, legendBox, legendItems, texts };
}

/** A URL as printed under a picture: no scheme, no "www.", no trailing slash ("example.org/maps/iraq/e/k1"). */
export function displayUrl(href: string): string {
  const url = new URL(href);
  const text = `${url.host.replace(/^www\./, '')}${url.pathname}${url.search}`;
  return text.endsWith('/') ? text.slice(0, -1) : text;
}

// The map's credits show it from the first view: it lives with the story's wording, outside this on-demand code.
export { storyAttribution } from '../story/describe.ts';

/**
 * The picture's alt text: what it shows in words — the date, the title and the places — for the reader to paste
 * with it.
 */
export function shareAltText(date: string, title: string, placeNames: readonly string[], storyTitle: string): string {
  const places = placeNames.length > 0 ? ` Marked on the map: ${placeNames.join(', ')}.` : '';
  return `Map, ${date}: ${title}.${places} From the situation map of “${storyTitle}”.`.replace(/\.\./g, '.');
}

/**
 * The canvas scale for a card: 2 (sharp on high-density screens) where the device's largest drawable size
 * allows it, else 1.
 * @param maxDrawableSize - the WebGL MAX_RENDERBUFFER_SIZE / MAX_TEXTURE_SIZE of the device
 */
export function shareScale(format: ShareFormat, maxDrawableSize: number): 1 | 2 {
  const { width, height } = SHARE_FORMATS[format];
  return Math.max(width, height) * 2 <= maxDrawableSize ? 2 : 1;
}

/** A file name for a picture of an event: "situation-map-port-attack-1200x675.png". */
export function shareFileName(eventId: string, format: ShareFormat, extension: string): string {
  return exportFileName(eventId, SHARE_FORMATS[format], extension);
}

/**
 * A saved file's name: `situation-map-<name>-<width>x<height>.<extension>`, the name cleaned to letters, digits
 * and hyphens ("event" if nothing is left).
 */
export function exportFileName(name: string, size: { width: number; height: number }, extension: string): string {
  const safe = name.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '') || 'event';
  return `situation-map-${safe}-${size.width}x${size.height}.${extension}`;
}

/**
 * The reader's camera for a map of another size: the same centre, zoomed so that all the reader saw still fits
 * (MapLibre zoom is log2 of scale, so a map k times larger shows the same area at zoom + log2 k).
 * @param readerSize - the reader's map, CSS pixels
 * @param cardSize - the card's map area, CSS pixels
 */
export function cardCamera<C extends { zoom: number }>(
  camera: C,
  readerSize: { width: number; height: number },
  cardSize: { width: number; height: number },
  zoomRange: { min: number; max: number },
): C {
  const ratio = Math.min(cardSize.width / readerSize.width, cardSize.height / readerSize.height);
  const zoom = camera.zoom + (Number.isFinite(ratio) && ratio > 0 ? Math.log2(ratio) : 0);
  return { ...camera, zoom: Math.min(zoomRange.max, Math.max(zoomRange.min, zoom)) };
}
