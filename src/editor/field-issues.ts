/**
 * Where each validation message belongs in the editor's forms: the validator names a file, an item and a field
 * path (`sources.0.url`, `properties.radius_km`, `geometry.coordinates`); the forms have fields (Title, Sources,
 * Latitude…). A message whose field has no input of its own goes to its item's general messages, and one that
 * belongs to no item (e.g. "2 places need review") to the story's.
 */
import type { ValidationIssue } from '../story/validate.ts';

/** The form fields of an event, and of a place; `other` holds what has no input of its own. */
export type EventField = 'title' | 'summary' | 'date' | 'kind' | 'actors' | 'places' | 'quote' | 'sources' | 'other';
export type PlaceField = 'name' | 'position' | 'radius' | 'precision' | 'sources' | 'other';

const EVENT_FIELDS: readonly string[] = ['title', 'summary', 'date', 'kind', 'actors', 'places', 'quote', 'sources'];

/** The key of an item's form field: `event:<id>:title`, `place:<id>:sources.1`. */
export function fieldKey(item: 'event' | 'place', id: string, field: string): string {
  return `${item}:${id}:${field}`;
}

/** `sources`, `sources.<n>` when the path names one source, `sources.<n>.<field>` when one of its fields. */
function sourcesField(parts: readonly string[]): string {
  if (parts[1] === undefined || !/^\d+$/.test(parts[1])) return 'sources';
  return parts[2] === undefined ? `sources.${parts[1]}` : `sources.${parts[1]}.${parts[2]}`;
}

function eventField(field: string | undefined): string {
  const parts = (field ?? '').split('.');
  if (parts[0] === 'sources') return sourcesField(parts);
  return EVENT_FIELDS.includes(parts[0]!) ? parts[0]! : 'other';
}

function placeField(field: string | undefined): string {
  const parts = (field ?? '').split('.');
  if (parts[0] === 'geometry') return 'position';
  if (parts[0] !== 'properties') return 'other';
  const name = parts[1];
  if (name === 'sources') return sourcesField(parts.slice(1));
  if (name === 'radius_km') return 'radius';
  if (name === 'name' || name === 'precision') return name;
  return 'other';
}

/**
 * The form field an issue concerns.
 * @returns its key (see fieldKey), or undefined for an issue about the story as a whole
 */
export function issueField(issue: ValidationIssue, storyFile = 'events.json'): string | undefined {
  if (issue.id === undefined || issue.id.startsWith('#')) return undefined;
  if (issue.file.endsWith('.geojson')) return fieldKey('place', issue.id, placeField(issue.field));
  if (issue.file === storyFile && !issue.field?.startsWith('corrections.')) {
    return fieldKey('event', issue.id, eventField(issue.field));
  }
  return undefined;
}

/** Messages by form field, and the ones that belong to no item. */
export interface FieldIssues {
  byField: ReadonlyMap<string, readonly string[]>;
  general: readonly ValidationIssue[];
}

/** Sort issues into the form fields they concern. */
export function fieldIssues(issues: readonly ValidationIssue[]): FieldIssues {
  const byField = new Map<string, string[]>();
  const general: ValidationIssue[] = [];
  for (const issue of issues) {
    const key = issueField(issue);
    if (key === undefined) general.push(issue);
    else byField.set(key, [...(byField.get(key) ?? []), issue.message]);
  }
  return { byField, general };
}

/** Every message of one item (any field), for the list's "needs attention" mark. */
export function itemHasIssues(issues: FieldIssues, item: 'event' | 'place', id: string): boolean {
  const prefix = fieldKey(item, id, '');
  for (const key of issues.byField.keys()) if (key.startsWith(prefix)) return true;
  return false;
}
