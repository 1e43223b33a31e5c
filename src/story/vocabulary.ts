/**
 * The story format's fixed words (kinds, animations, statuses) and patterns, apart from the schema that checks them:
 * the page imports these without valibot, which loads only when data must be validated in the browser.
 */

/** Stable, URL-safe identifiers: they appear in shared links (`?place=`, `?event=`), so they never change. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a disputed claim is about. */
export const DISPUTED_ABOUT = ['time', 'number', 'place', 'means', 'actor'] as const;

/**
 * Whether a person has checked an item a draft wrote (`npm run draft`): `draft` until accepted in the editor.
 * A story with any item still in draft does not validate, so it cannot be published by mistake.
 */
export const REVIEW_STATUSES = ['draft', 'reviewed'] as const;

export const PLACE_KINDS = [
  /** A walled site with an outline of its own (a mission, a palace, a base's perimeter). */
  'compound',
  'building',
  'gate',
  'district',
  'city',
  'town',
  'air-base',
  'army-base',
  'airfield',
  'strike-site',
  'launch-area',
  'region',
  'government',
] as const;

export const EVENT_KINDS = ['attack', 'strike', 'protest', 'deployment', 'statement', 'context'] as const;

/**
 * How a step is animated, declared per event in the story's data (`animation`); without it the engine infers one
 * from the event's kind and its places' kinds (see story/animation-needs). Each needs certain places (see there).
 * - movement: the force's symbol travels the event's `movement` route;
 * - rockets: fire from a launch area onto its target;
 * - strikes: impacts on every strike site;
 * - crowd: a crowd converging on a gate of a compound, with a fire at a building if there is one;
 * - anticipated: the event's `force` shown at its first place, waiting to deploy;
 * - none: nothing moves (statements, background).
 */
export const EVENT_ANIMATIONS = ['movement', 'rockets', 'strikes', 'crowd', 'anticipated', 'none'] as const;

/** A label drawn on the map: short enough to read beside a symbol. */
export const MAX_MAP_LABEL_LENGTH = 80;
