/**
 * The rules for one event: dates, places, quotes found in the article, names, its declared animation's places, the
 * map labels its animation draws.
 */
import {
  type EventAnimationKind,
  type MapLabels,
  type PlaceFeature,
  type PlaceKind,
  type Story,
  type StoryEvent,
} from '../schema.ts';
import { animationOf, missingForAnimation } from '../animation-needs.ts';
import { eventSortKey, isStep } from '../dates.ts';
import { normalizeQuotes } from '../../article/quotes.ts';
import { placeAliases, unmentionedNames } from '../../article/mentions.ts';
import { textSearch } from '../../article/text-search.ts';
import type { ValidationIssue } from './issue.ts';
import { isTheArticle, sourcedItemIssues, wikipediaOnlyIssue } from './sources.ts';

/** Which map labels each animation can show: the crowd and its fire, an anticipated unit. */
export const MAP_LABELS_BY_ANIMATION: Partial<Record<EventAnimationKind, readonly (keyof MapLabels)[]>> = {
  crowd: ['crowd', 'fire', 'fire_after'],
  anticipated: ['anticipated'],
};

/** A map label the event's animation never draws would be silently lost: name it. */
export function mapLabelIssues(file: string, event: StoryEvent, animation: EventAnimationKind): ValidationIssue[] {
  const allowed = MAP_LABELS_BY_ANIMATION[animation] ?? [];
  return Object.keys(event.map_labels ?? {})
    .filter((key) => !allowed.includes(key as keyof MapLabels))
    .map((key) => ({
      file,
      id: event.id,
      field: `map_labels.${key}`,
      message:
        `a ${animation === 'none' ? 'step without animation' : `${animation} animation`} draws no "${key}" label` +
        (allowed.length > 0 ? ` (it can have ${allowed.join(', ')})` : ' (it has no map labels)'),
    }));
}

/** Every `article_names` entry must occur in the article as a whole word, or the pane would never link it. */
export function articleNameIssues(
  places: readonly PlaceFeature[],
  placeFile: ReadonlyMap<string, string>,
  articleText: string,
  articleFile: string,
): ValidationIssue[] {
  return unmentionedNames(articleText, placeAliases(places)).map(({ placeId, index, name }) => ({
    file: placeFile.get(placeId)!,
    id: placeId,
    field: `properties.article_names.${index}`,
    message: `"${name}" does not occur in ${articleFile} as a whole word (names are case-sensitive)`,
  }));
}

export function eventIssues(
  file: string,
  articleFile: string,
  events: readonly StoryEvent[],
  placeKinds: ReadonlyMap<string, PlaceKind | undefined>,
  articleText: string,
  article: Story['article'],
  forceIds: ReadonlySet<string>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const byId = new Map(events.map((event) => [event.id, event]));
  const normalizedArticle = normalizeQuotes(articleText);
  const articleSearch = textSearch(articleText);
  let previous: StoryEvent | undefined;
  for (const event of events) {
    const { id } = event;
    if (seen.has(id)) issues.push({ file, id, field: 'id', message: `duplicate event id "${id}"` });
    seen.add(id);
    event.places.forEach((placeId, index) => {
      if (!placeKinds.has(placeId)) {
        issues.push({ file, id, field: `places.${index}`, message: `unknown place "${placeId}"` });
      }
    });
    if (event.places.length === 0 && isStep(event)) {
      issues.push({ file, id, field: 'places', message: 'a dated event needs at least one place' });
    }
    for (const [field, force] of [
      ['movement.force', event.movement?.force],
      ['force', event.force],
    ] as const) {
      if (force !== undefined && !forceIds.has(force)) {
        issues.push({
          file,
          id,
          field,
          message: `unknown force "${force}": list it under forces with its symbol code`,
        });
      }
    }
    if (event.movement) {
      for (const end of ['origin', 'destination'] as const) {
        const placeId = event.movement[end];
        if (!placeKinds.has(placeId)) {
          issues.push({ file, id, field: `movement.${end}`, message: `unknown place "${placeId}"` });
        }
      }
    }
    if (!articleSearch.includes(event.quote)) {
      // Say whether only the quotation marks differ: the commonest slip when copying from the article.
      const hint = normalizedArticle.includes(normalizeQuotes(event.quote))
        ? ' (it does with straight/curly quotes swapped: copy the article’s marks exactly)'
        : '';
      issues.push({ file, id, field: 'quote', message: `quote does not occur verbatim in ${articleFile}${hint}` });
    }
    if (event.sources.every((source) => isTheArticle(source, article))) {
      issues.push({
        file,
        id,
        field: 'sources',
        message: 'needs at least one source besides the article itself',
      });
    }
    issues.push(...wikipediaOnlyIssue(file, id, event.sources, 'sources', (source) => isTheArticle(source, article)));
    issues.push(...sourcedItemIssues(file, id, event, ''));
    const subject = {
      event,
      placeKinds: event.places.flatMap((placeId) => placeKinds.get(placeId) ?? []),
    };
    if (event.animation !== undefined) {
      const missing = missingForAnimation(event.animation, subject);
      if (missing) issues.push({ file, id, field: 'animation', message: `a ${event.animation} animation ${missing}` });
    }
    issues.push(...mapLabelIssues(file, event, animationOf(subject)));
    if (isStep(event)) {
      if (event.context_for !== undefined) {
        issues.push({ file, id, field: 'context_for', message: 'only range-dated background events take context_for' });
      }
    } else {
      const step = event.context_for === undefined ? undefined : byId.get(event.context_for);
      if (event.context_for === undefined) {
        issues.push({
          file,
          id,
          field: 'context_for',
          message: 'a range-dated background event must name the step it explains',
        });
      } else if (!step || !isStep(step)) {
        issues.push({ file, id, field: 'context_for', message: `no dated event called "${event.context_for}"` });
      } else if (eventSortKey(event) > eventSortKey(step)) {
        issues.push({ file, id, field: 'date.start', message: `starts after the step it explains ("${step.id}")` });
      }
    }
    if (previous && eventSortKey(event) < eventSortKey(previous)) {
      issues.push({
        file,
        id,
        field: 'date.start',
        message: `out of order: ${event.date.start} comes before the previous event "${previous.id}" (${previous.date.start})`,
      });
    }
    previous = event;
  }
  return issues;
}
