/**
 * The rules for sources and disputed claims: corroboration beyond Wikipedia and the article, one URL cited one
 * way (no tracking-parameter variants).
 */
import { type Disputed, type Source, type Story } from '../schema.ts';
import { isWikipedia, withoutTracking } from '../sources.ts';
import type { ValidationIssue } from './issue.ts';

/** Whatever carries sources and disputed claims: an event, or a place's properties. */
export interface SourcedItem {
  sources: readonly Source[];
  disputed?: readonly Disputed[] | undefined;
}

/**
 * Rules for one item's sources: none listed twice, and every disputed claim told by versions from at least two
 * different sources, each of them listed in the item's `sources` (so the panel can name its outlet and date).
 * @param prefix - the path to the item's fields: '' for an event, 'properties.' for a place
 */
export function sourcedItemIssues(file: string, id: string, item: SourcedItem, prefix: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const listed = new Map<string, number>();
  item.sources.forEach((source, index) => {
    const key = withoutTracking(source.url);
    const first = listed.get(key);
    if (first !== undefined) {
      issues.push({
        file,
        id,
        field: `${prefix}sources.${index}.url`,
        message: `duplicate source: ${source.url} is already listed as sources.${first}`,
      });
    } else {
      listed.set(key, index);
    }
  });
  item.disputed?.forEach((claim, claimIndex) => {
    const field = `${prefix}disputed.${claimIndex}`;
    claim.versions.forEach((version, versionIndex) => {
      if (isWikipedia(version.source)) {
        issues.push({
          file,
          id,
          field: `${field}.versions.${versionIndex}.source`,
          message:
            'a disputed version cannot rest on Wikipedia: cite the report it summarises ' +
            '(Wikipedia may stay among the sources as a pointer)',
        });
      } else if (!listed.has(withoutTracking(version.source))) {
        issues.push({
          file,
          id,
          field: `${field}.versions.${versionIndex}.source`,
          message: `${version.source} is not among this item's sources: list it there with its outlet and title`,
        });
      }
    });
    const distinctSources = new Set(claim.versions.map((version) => withoutTracking(version.source)));
    if (distinctSources.size < 2) {
      issues.push({
        file,
        id,
        field: `${field}.versions`,
        message: 'a disputed claim needs versions from at least two different sources',
      });
    }
  });
  return issues;
}

/**
 * Wikipedia may point a reader further, never carry a claim alone: an item whose only sources (besides the article
 * itself, for an event) are Wikipedia pages is one issue.
 */
export function wikipediaOnlyIssue(
  file: string,
  id: string,
  sources: readonly Source[],
  field: string,
  isOwnArticle: (source: Source) => boolean = () => false,
): ValidationIssue[] {
  const others = sources.filter((source) => !isOwnArticle(source));
  if (others.length === 0 || !others.every((source) => isWikipedia(source.url))) return [];
  return [
    {
      file,
      id,
      field,
      message: 'Wikipedia cannot be the only source: cite the report it summarises (Wikipedia may stay as a pointer)',
    },
  ];
}

/** Where one source URL is cited: for the story-wide check on tracking-parameter variants. */
export interface Citation {
  file: string;
  id: string;
  field: string;
  url: string;
}

/**
 * Two citations of the same page whose URLs differ only by tracking parameters (utm_*, fbclid, gclid…) split one
 * source in two and leak where a link was shared from: each later variant is an issue naming the first one.
 */
export function trackingVariantIssues(citations: readonly Citation[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const firstByPage = new Map<string, Citation>();
  for (const citation of citations) {
    const page = withoutTracking(citation.url);
    const first = firstByPage.get(page);
    if (!first) {
      firstByPage.set(page, citation);
    } else if (first.url !== citation.url && (first.file !== citation.file || first.id !== citation.id)) {
      // Within one item the duplicate-source rule already names it.
      issues.push({
        file: citation.file,
        id: citation.id,
        field: citation.field,
        message:
          `${citation.url} differs only by tracking parameters from ${first.url} ` +
          `(cited by "${first.id}" in ${first.file}): cite one URL, without tracking parameters`,
      });
    }
  }
  return issues;
}

export function citationsOf(file: string, id: string, sources: readonly Source[], prefix: string): Citation[] {
  return sources.map((source, index) => ({ file, id, field: `${prefix}sources.${index}.url`, url: source.url }));
}

/** A source that is the story's article itself does not count as corroboration. */
export function isTheArticle(source: Source, article: Story['article']): boolean {
  if (article.url !== undefined && withoutTracking(source.url) === withoutTracking(article.url)) return true;
  return source.outlet === article.outlet && source.title === article.title;
}
