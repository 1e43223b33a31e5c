/**
 * Read a story's files in Node (validation script, the link-preview build step, unit and data tests). Which story
 * folder the build and `npm run validate` use is `STORY_DIR` (default geodata/); tests read geodata/ itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
// A CommonJS module: Node's ESM loader sees its exports only as the default export.
import isoCountries from 'i18n-iso-countries';
import { countryOutlines } from '../src/story/countries.ts';
import type { StoryFiles, ValidationIssue } from '../src/story/validate.ts';
import { fileSizeIssue, STORY_LIMITS } from '../src/story/limits.ts';

const PROJECT_ROOT = new URL('../', import.meta.url).pathname;
export const GEODATA_DIR = new URL('../geodata/', import.meta.url).pathname;

/**
 * The story folder chosen for this build: `STORY_DIR`, relative to the project's root (or absolute), else geodata/.
 * @param value - the setting (defaults to the environment's)
 * @returns an absolute path ending in a slash
 */
export function storyDir(value = process.env['STORY_DIR']): string {
  if (value === undefined || value.trim() === '') return GEODATA_DIR;
  return resolve(PROJECT_ROOT, value.trim()) + '/';
}

/**
 * Read every area file, events.json and article.txt; unparseable JSON comes back as an issue, and so does a file
 * over the size limit (checked from the file system before the file is read).
 */
export function readStoryFiles(
  dir = GEODATA_DIR,
  maxFileBytes = STORY_LIMITS.maxFileBytes,
): { files: StoryFiles; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const tooLarge = (file: string): boolean => {
    const issue = fileSizeIssue(file, statSync(join(dir, file)).size, maxFileBytes);
    if (issue) issues.push(issue);
    return issue !== undefined;
  };
  const parse = (file: string): unknown => {
    try {
      if (tooLarge(file)) return undefined;
      return JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    } catch (error) {
      issues.push({ file, message: `cannot be read as JSON (${(error as Error).message})` });
      return undefined;
    }
  };
  const areas: Record<string, unknown> = {};
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.geojson'))
    .sort()) {
    const value = parse(file);
    if (value !== undefined) areas[file] = value;
  }
  const story = parse('events.json');
  const articleText = tooLarge('article.txt') ? '' : readFileSync(join(dir, 'article.txt'), 'utf8');
  return { files: { areas, story, articleText }, issues };
}

/** Natural Earth 1:10m country outlines by alpha-3 code: fine enough for places a few km from a border. */
export function readCountryOutlines() {
  const path = new URL('../node_modules/world-atlas/countries-10m.json', import.meta.url).pathname;
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  return countryOutlines(countries, (numeric) => isoCountries.numericToAlpha3(numeric));
}
