/**
 * The validator's inputs and options, a validation issue, and valibot's issues turned into ours (naming the feature or event by its id).
 */
import * as v from 'valibot';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CountryCode } from '../schema.ts';

/** One problem, named precisely enough to fix: which file, which feature or event, which field. */
export interface ValidationIssue {
  file: string;
  /** The feature or event id, when the problem belongs to one. */
  id?: string;
  /** A dotted path to the field, e.g. `date.start` or `geometry.coordinates`. */
  field?: string;
  message: string;
}

export function pathOf(issue: v.BaseIssue<unknown>): string | undefined {
  const keys = issue.path?.map((item) => String(item.key));
  return keys && keys.length > 0 ? keys.join('.') : undefined;
}

/** Turn valibot issues into ours, naming the feature or event by its id where the path reaches one. */
export function schemaIssues(
  file: string,
  issues: readonly v.BaseIssue<unknown>[],
  idAt: (listKey: string, index: number) => string | undefined,
  listKeys: readonly string[],
): ValidationIssue[] {
  return issues.map((issue) => {
    const path = issue.path ?? [];
    let id: string | undefined;
    let fieldPath: readonly v.IssuePathItem[] = path;
    const listKey = path[0]?.key;
    if (typeof listKey === 'string' && listKeys.includes(listKey) && typeof path[1]?.key === 'number') {
      id = idAt(listKey, path[1].key) ?? `#${path[1].key}`;
      fieldPath = path.slice(2);
    }
    const field = fieldPath.length > 0 ? fieldPath.map((item) => String(item.key)).join('.') : pathOf(issue);
    return { file, id, field, message: issue.message };
  });
}

export function rawId(
  list: unknown,
  index: number,
  get: (item: Record<string, unknown>) => unknown,
): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const item: unknown = list[index];
  if (typeof item !== 'object' || item === null) return undefined;
  const id = get(item as Record<string, unknown>);
  return typeof id === 'string' ? id : undefined;
}

/** One line per issue, e.g. `events.json › k1-rocket-attack › quote: quote does not occur …`. */
export function formatIssue(issue: ValidationIssue): string {
  return [issue.file, issue.id, issue.field].filter((part) => part !== undefined).join(' › ') + `: ${issue.message}`;
}

/** The raw inputs: every area file by its name (e.g. `nairobi.geojson`), the events file and the article. */
export interface StoryFiles {
  areas: Record<string, unknown>;
  story: unknown;
  articleText: string;
  /** File names to use in messages. */
  storyFileName?: string;
  articleFileName?: string;
}

/** What the place rules need beyond the place. */
export interface GeographyOptions {
  /** Country outlines by ISO alpha-3 code; when given, every place must lie inside the country it claims. */
  countries?: ReadonlyMap<CountryCode, Feature<Polygon | MultiPolygon>>;
}
