/**
 * The built-in basemap archive's size, for src/map/basemap/basemap.ts: knowing it, the page asks for the archive's last
 * byte (the check that the file is whole) alongside its header rather than after it.
 */
import { statSync } from 'node:fs';

/** The basemap archive that ships with the app. */
export const BASEMAP_ARCHIVE = new URL('../basemap/natural-earth.pmtiles', import.meta.url).pathname;

export function basemapArchiveDefine(): Record<string, string> {
  return { __BASEMAP_ARCHIVE_BYTES__: JSON.stringify(statSync(BASEMAP_ARCHIVE).size) };
}
