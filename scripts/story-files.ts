/**
 * Read the story's files from geodata/ in Node (validation script, unit and data tests).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryOutlines } from '../src/core/countries.ts';
import type { StoryFiles, ValidationIssue } from '../src/core/validate.ts';

export const GEODATA_DIR = new URL('../geodata/', import.meta.url).pathname;

/** Read every area file, events.json and article.txt; unparseable JSON comes back as an issue. */
export function readStoryFiles(dir = GEODATA_DIR): { files: StoryFiles; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const parse = (file: string): unknown => {
    try {
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
  const articleText = readFileSync(join(dir, 'article.txt'), 'utf8');
  return { files: { areas, story, articleText }, issues };
}

/** Natural Earth 1:10m outlines of the story's countries: fine enough for places a few km from a border. */
export function readCountryOutlines() {
  const path = new URL('../node_modules/world-atlas/countries-10m.json', import.meta.url).pathname;
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  return countryOutlines(countries);
}
