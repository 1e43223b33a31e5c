/**
 * The shape of the story's data: places (GeoJSON features, one FeatureCollection per area) and events.
 * The same schema runs when the app loads the data and in `npm run validate`, so the two can never disagree.
 */
import * as v from 'valibot';
import { isHttpsUrl } from './sources.ts';
import {
  DISPUTED_ABOUT,
  EVENT_ANIMATIONS,
  EVENT_KINDS,
  MAX_MAP_LABEL_LENGTH,
  PLACE_KINDS,
  REVIEW_STATUSES,
  SLUG_PATTERN,
} from './vocabulary.ts';

// Modules that need the schema as well keep importing the format's words from here.
export * from './vocabulary.ts';

const Slug = v.pipe(v.string(), v.regex(SLUG_PATTERN, 'must be a lowercase slug like "k1-air-base"'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
/** Only https: a source ends up in a link's `href`, and `v.url()` alone would let `javascript:` through. */
const HttpsUrl = v.pipe(
  v.string(),
  v.check(isHttpsUrl, (issue) => `must be a full https:// URL (got "${String(issue.input).slice(0, 60)}")`),
);
const IsoDate = v.pipe(v.string(), v.isoDate('must be YYYY-MM-DD'));

/** Where a fact comes from, as a reader would cite it. */
export const SourceSchema = v.object({
  /** Who published it: "Reuters", "U.S. Department of Defense", "Wikipedia". */
  outlet: NonEmpty,
  title: NonEmpty,
  /** Publication date; reference pages (encyclopedias, fact sheets) have none. */
  date: v.optional(IsoDate),
  url: HttpsUrl,
});
const Sources = v.pipe(v.array(SourceSchema), v.minLength(1, 'at least one source'));

/**
 * A fact that reports disagree on: each version with who says so and the source that reports it. The validator
 * checks that the versions come from at least two different sources, each listed in the owner's `sources`.
 */
export const DisputedSchema = v.object({
  about: v.picklist(DISPUTED_ABOUT),
  /** What is in question, as a heading: "When the troops arrived". */
  question: NonEmpty,
  versions: v.pipe(
    v.array(
      v.object({
        claim: NonEmpty,
        /** Whose claim it is when that is not the outlet itself: "a U.S. official", "the rebel group". */
        according_to: v.optional(NonEmpty),
        /** The URL of one of the owner's sources. */
        source: HttpsUrl,
      }),
    ),
    v.minLength(2, 'a disputed claim needs at least two versions'),
  ),
});

/** What every drafted item carries: its review status and the article's sentence it came from, verbatim. */
const ReviewFields = {
  review: v.optional(v.picklist(REVIEW_STATUSES)),
  from_sentence: v.optional(NonEmpty),
};

/** [longitude, latitude] in WGS84, as RFC 7946 orders them. */
const Position = v.pipe(
  v.tuple([
    v.pipe(v.number(), v.minValue(-180, 'longitude below -180'), v.maxValue(180, 'longitude above 180')),
    v.pipe(v.number(), v.minValue(-90, 'latitude below -90'), v.maxValue(90, 'latitude above 90')),
  ]),
);

const PointGeometry = v.object({ type: v.literal('Point'), coordinates: Position });
const PolygonGeometry = v.object({
  type: v.literal('Polygon'),
  coordinates: v.pipe(
    v.array(v.pipe(v.array(Position), v.minLength(4, 'a ring needs at least 4 positions'))),
    v.minLength(1, 'a polygon needs an outer ring'),
  ),
});

/**
 * An ISO 3166-1 alpha-3 country code ("KEN", "UKR"): any country; `npm run validate` checks each place lies inside
 * the country it names (Natural Earth outlines), and names a code it has no outline for.
 */
const CountryCode = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code like "FRA"'));

/** A gazetteer entry a drafted name might mean, offered for review when the name was not resolved for sure. */
export const CandidateSchema = v.object({
  name: NonEmpty,
  country: v.optional(NonEmpty),
  lon: v.pipe(v.number(), v.minValue(-180, 'longitude below -180'), v.maxValue(180, 'longitude above 180')),
  lat: v.pipe(v.number(), v.minValue(-90, 'latitude below -90'), v.maxValue(90, 'latitude above 90')),
  /** Which gazetteer it comes from, e.g. "Natural Earth populated places". */
  source: NonEmpty,
});

const PlaceProperties = v.pipe(
  v.object({
    ...ReviewFields,
    /** Where the name might be, when the draft could not decide: the editor lets a person pick one. */
    candidates: v.optional(v.array(CandidateSchema)),
    id: Slug,
    name: NonEmpty,
    kind: v.picklist(PLACE_KINDS),
    /** Left out only by a region that spans several countries (e.g. "the Gulf region"). */
    country: v.optional(CountryCode),
    description: NonEmpty,
    /** exact: the spot is public and drawn as it is; approximate: drawn with an uncertainty circle. */
    precision: v.picklist(['exact', 'approximate']),
    /** Required for approximate places: how far the real spot may be from the drawn one. */
    radius_km: v.optional(v.pipe(v.number(), v.gtValue(0, 'must be more than 0'), v.maxValue(500))),
    /**
     * When the position is our inference, the only location the sources give, e.g. "eastern Ukraine". The map
     * and the panel then say "estimated: reported only as …".
     */
    reported_as: v.optional(NonEmpty),
    /**
     * The names under which the article mentions this place, spelled as article.txt spells them (case-sensitive,
     * whole words): the reading pane links them to the place. The longest name wins where names overlap.
     */
    article_names: v.optional(
      v.pipe(v.array(NonEmpty), v.minLength(1, 'list at least one name, or leave article_names out')),
    ),
    /**
     * For an outline whose size is known (e.g. a compound of about 104 acres): the band, in acres, its drawn area
     * must fall in, [smallest, largest]. Validation measures the polygon, so a slip in a vertex is caught.
     */
    area_acres: v.optional(
      v.pipe(
        v.tuple([v.pipe(v.number(), v.gtValue(0, 'must be more than 0')), v.number()]),
        v.check(([min, max]) => min <= max, 'area_acres is [smallest, largest]: the smallest first'),
      ),
    ),
    sources: Sources,
    disputed: v.optional(v.array(DisputedSchema)),
  }),
  v.check((p) => p.precision === 'exact' || p.radius_km !== undefined, 'an approximate place needs radius_km'),
  v.check(
    (p) => p.country !== undefined || p.kind === 'region',
    'a place needs its country (only a region spanning several countries may leave it out)',
  ),
  v.check(
    (p) => p.reported_as === undefined || p.precision === 'approximate',
    'a place reported only vaguely (reported_as) must be approximate',
  ),
);

export const PlaceFeatureSchema = v.object({
  type: v.literal('Feature'),
  id: v.optional(v.union([v.string(), v.number()])),
  geometry: v.variant('type', [PointGeometry, PolygonGeometry]),
  properties: PlaceProperties,
});

export const PlaceCollectionSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.pipe(v.array(PlaceFeatureSchema), v.minLength(1, 'an area needs at least one place')),
});

/**
 * When something happened, honest about how precisely we know it.
 * - time: `start` is a local date-time with offset, e.g. 2019-12-27T19:20+03:00
 * - day: `start` is a date, e.g. 2019-12-31
 * - range: `start` and `end` are dates or months (`2019-05`); used for background, never a point on the axis
 */
const IsoDateOrMonth = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be an ISO date (YYYY-MM-DD) or month (YYYY-MM)'),
);
const IsoDateTime = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?[+-]\d{2}:\d{2}$/, 'must be an ISO date-time with offset'),
);
export const EventDateSchema = v.variant('precision', [
  v.object({ precision: v.literal('time'), start: IsoDateTime, approximate: v.optional(v.boolean()) }),
  // approximate: the day is inferred (a draft gives a sentence without a date the article's date), not reported.
  v.object({
    precision: v.literal('day'),
    start: v.pipe(v.string(), v.isoDate('must be YYYY-MM-DD')),
    approximate: v.optional(v.boolean()),
  }),
  v.object({ precision: v.literal('range'), start: IsoDateOrMonth, end: IsoDateOrMonth, label: NonEmpty }),
]);

export const MovementSchema = v.object({
  origin: Slug,
  destination: Slug,
  /** The unit as a reader would say it, e.g. "2nd Battalion, 504th Parachute Infantry Regiment". */
  unit: NonEmpty,
  /** Short form for map labels, e.g. "2-504 PIR". */
  unit_short: NonEmpty,
  /** Which of the story's `forces` moves: its symbol is drawn along the route. */
  force: Slug,
  size: NonEmpty,
  mode: NonEmpty,
});

const MapLabel = v.pipe(
  NonEmpty,
  v.maxLength(MAX_MAP_LABEL_LENGTH, `a map label must be at most ${MAX_MAP_LABEL_LENGTH} characters`),
);

/**
 * The words an event's animation writes on the map, in the story's own terms (the engine names nothing). Each is
 * optional: a mark without its label is drawn unlabelled. Unknown keys are refused, so a typo is not silently lost.
 */
export const MapLabelsSchema = v.strictObject({
  /** An attack on a gate: the actor's symbol at the gate once the crowd has gathered. */
  crowd: v.optional(MapLabel),
  /** An attack on a gate that names a building: the fire while it burns. */
  fire: v.optional(MapLabel),
  /** The same building in later steps, once burned. */
  fire_after: v.optional(MapLabel),
  /** A deployment without a movement: the anticipated unit's symbol. */
  anticipated: v.optional(MapLabel),
});

export const EventSchema = v.object({
  ...ReviewFields,
  id: Slug,
  date: EventDateSchema,
  kind: v.picklist(EVENT_KINDS),
  title: NonEmpty,
  summary: NonEmpty,
  actors: v.pipe(v.array(NonEmpty), v.minLength(1, 'at least one actor')),
  places: v.array(Slug),
  movement: v.optional(MovementSchema),
  /** Background (range-dated) events name the step they explain; they are never steps themselves. */
  context_for: v.optional(Slug),
  /** Verbatim from article.txt: the sentence(s) that support the event. */
  quote: NonEmpty,
  /** At least one besides the article itself; the detail panel lists them all. */
  sources: Sources,
  disputed: v.optional(v.array(DisputedSchema)),
  map_labels: v.optional(MapLabelsSchema),
  /** The force an event's animation draws without a movement: the crowd's side, a unit preparing to deploy. */
  force: v.optional(Slug),
  /** How the step is animated; inferred from its kind and places when absent (see EVENT_ANIMATIONS). */
  animation: v.optional(v.picklist(EVENT_ANIMATIONS)),
});

/**
 * A force the story draws as a unit symbol: its MIL-STD-2525C letter code (15 characters, drawn by milsymbol at
 * build time; `npm run validate` and the build check milsymbol accepts it) and what it means, in the story's words,
 * for the legend and pictures ("Hostile militia (… and supporters)").
 */
export const ForceSchema = v.strictObject({
  sidc: v.pipe(
    v.string(),
    v.regex(/^[A-Z0-9*-]{15}$/, 'must be a 15-character MIL-STD-2525C letter code like "SFGPUCI----F---"'),
  ),
  meaning: MapLabel,
});

/**
 * A correction shown to readers: what the map said about one event or place, what it says now, why, and the
 * source that settles it, dated as newsrooms date theirs. The validator checks the event or place exists.
 */
export const CorrectionSchema = v.pipe(
  v.object({
    /** Stable: the Corrections section anchors each entry as `correction-<id>`. */
    id: Slug,
    /** When the map was corrected (not when the event happened). */
    date: IsoDate,
    /** The event it concerns, or */
    event: v.optional(Slug),
    /** the place it concerns: exactly one of the two. */
    place: v.optional(Slug),
    /** What the map said before, in plain words. */
    was: NonEmpty,
    /** What it says now. */
    now: NonEmpty,
    /** Why it changed. */
    why: NonEmpty,
    sources: Sources,
  }),
  v.check(
    (c) => (c.event === undefined) !== (c.place === undefined),
    'a correction concerns exactly one item: give "event" or "place", not both',
  ),
);

export const StorySchema = v.object({
  article: v.object({
    title: NonEmpty,
    published: IsoDate,
    outlet: NonEmpty,
    url: v.optional(HttpsUrl),
  }),
  /** The story's forces by id: what `movement.force` and an event's `force` name. */
  forces: v.optional(v.record(Slug, ForceSchema)),
  events: v.pipe(v.array(EventSchema), v.minLength(1, 'the story needs at least one event')),
  /** Corrections, oldest first; none when the map has never been corrected. */
  corrections: v.optional(v.array(CorrectionSchema)),
});

export type PlaceFeature = v.InferOutput<typeof PlaceFeatureSchema>;
export type PlaceProperties = PlaceFeature['properties'];
export type PlaceCollection = v.InferOutput<typeof PlaceCollectionSchema>;
export type EventDate = v.InferOutput<typeof EventDateSchema>;
export type Movement = v.InferOutput<typeof MovementSchema>;
export type StoryEvent = v.InferOutput<typeof EventSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type MapLabels = v.InferOutput<typeof MapLabelsSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Force = v.InferOutput<typeof ForceSchema>;
export type Correction = v.InferOutput<typeof CorrectionSchema>;
export type Candidate = v.InferOutput<typeof CandidateSchema>;
export type Disputed = v.InferOutput<typeof DisputedSchema>;
export type DisputedAbout = (typeof DISPUTED_ABOUT)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventAnimationKind = (typeof EVENT_ANIMATIONS)[number];
export type CountryCode = v.InferOutput<typeof CountryCode>;
