/**
 * The story's data as validation would return it, for files the build validated already (the build's record of
 * their digests: build/validated-story-plugin.ts): in the browser, checking 10,000 events again took longer than
 * anything else before the map's first idle, and its code (valibot and the rules) was a sixth of the page's
 * JavaScript. Any other bytes (a file changed on the server after the build, a dev server) are validated as before.
 */
import type { PlaceFeature, Story } from '../schema.ts';
import type { ValidStoryData } from '../validate.ts';

/** Per file name (events.json, article.txt, each area's file), the digest of the bytes the build validated. */
export type ValidatedDigests = Readonly<Record<string, string>>;

/**
 * Whether these files are exactly the ones the build validated: the same names, each with the same digest.
 * @param digests - the build's record (null: none, as in the dev server or for data that failed validation)
 * @param fileDigests - each fetched file's digest (undefined where it could not be computed)
 */
export function matchesValidated(
  digests: ValidatedDigests | null,
  fileDigests: Readonly<Record<string, string | undefined>>,
): boolean {
  if (!digests) return false;
  const names = Object.keys(fileDigests);
  return (
    names.length === Object.keys(digests).length &&
    names.every((name) => fileDigests[name] !== undefined && fileDigests[name] === digests[name])
  );
}

/**
 * The parsed files as validated data, without validating them again: the build checked that validation returns
 * them unchanged (no whitespace trimmed, no key dropped), so they are what it would return.
 * @param areas - each area file's parsed contents, by file name, in the order validation reads them
 * @param story - events.json, parsed
 */
export function alreadyValidated(areas: Readonly<Record<string, unknown>>, story: unknown): ValidStoryData {
  const places: PlaceFeature[] = [];
  const placeFile = new Map<string, string>();
  for (const [file, area] of Object.entries(areas)) {
    for (const place of (area as { features: PlaceFeature[] }).features) {
      places.push(place);
      placeFile.set(place.properties.id, file);
    }
  }
  return { story: story as Story, places, placeFile };
}
