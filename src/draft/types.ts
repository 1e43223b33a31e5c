/**
 * The shape of a drafted story: the same files as a story folder (events.json, places in *.geojson), with every
 * drafted item marked for review and tied to the sentence it came from. Kept here, apart from the story schema,
 * until the schema learns `review`, `from_sentence` and `candidates`.
 */
// The only import from the rest of src/: when the story schema moves, this line is the one to change.
import type { EventDate, EventKind, PlaceKind, Source } from '../story/schema.ts';

export type { EventDate, EventKind, PlaceKind, Source };

/** Every drafted item starts as `draft`; review moves it on, and publishing refuses what is still in review. */
export type ReviewStatus = 'draft';

/** A gazetteer's kinds: the story's place kinds, plus countries (drawn as regions covering their extent). */
export type GazetteerKind = PlaceKind | 'country';

/** Where a gazetteer entry comes from, cited as a place's source. */
export interface GazetteerSource {
  outlet: string;
  title: string;
  url: string;
}

/** One named place in the offline gazetteer. */
export interface GazetteerEntry {
  name: string;
  /** Other names and spellings: "Djibouti City", "Djibouti". */
  alt: string[];
  kind: GazetteerKind;
  lon: number;
  lat: number;
  /** ISO 3166-1 alpha-3 (Natural Earth's adm0_a3, which is the ISO code for nearly every country). */
  country: string;
  population: number;
  /** How far the real place may be from the point: a town a few km, a country its extent. */
  radius_km: number;
  /** A national capital: the tie-breaker between same-named places in the countries the article names. */
  capital: boolean;
  /** Which layer it comes from ("ne-places", "ne-airports", "ne-countries", "ne-regions", "story"). */
  sourceKey: string;
  /** The layer's source, as candidates cite it. */
  source: GazetteerSource;
  /** Every source the layer cites (a story's own place may have several), as a drafted place cites them. */
  sources: GazetteerSource[];
}

/** A candidate for a name the draft could not resolve alone. */
export interface Candidate {
  name: string;
  country: string;
  lon: number;
  lat: number;
  source: string;
}

/** A drafted event: a story event without sources yet, marked for review. */
export interface DraftEvent {
  id: string;
  date: EventDate | { precision: 'day'; start: string; approximate: true };
  kind: EventKind;
  title: string;
  summary: string;
  actors: string[];
  places: string[];
  quote: string;
  /** Empty until review adds at least one source besides the article. */
  sources: Source[];
  review: ReviewStatus;
  from_sentence: string;
}

/** A drafted place's properties: resolved (with a point) or left for review (no geometry, with candidates). */
export interface DraftPlaceProperties {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  description: string;
  precision: 'approximate';
  radius_km?: number;
  article_names: string[];
  sources: Source[];
  review: ReviewStatus;
  from_sentence: string;
  candidates?: Candidate[];
}

export interface DraftPlace {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: DraftPlaceProperties;
}

/** The article's header, as events.json stores it. */
export interface DraftArticle {
  title: string;
  published: string;
  outlet: string;
}

/** A whole draft: what the CLI writes into the story folder. */
export interface DraftStory {
  article: DraftArticle;
  events: DraftEvent[];
  /** Places grouped into files: file name (without .geojson) → features. */
  areas: Record<string, DraftPlace[]>;
}
