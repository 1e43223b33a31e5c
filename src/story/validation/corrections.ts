/**
 * The rules for corrections: each names an item that exists, dated, with what changed.
 */
import { type Correction } from '../schema.ts';
import type { ValidationIssue } from './issue.ts';
import { wikipediaOnlyIssue } from './sources.ts';

/**
 * Each correction names an item that exists (links and the "Corrected" line in its panel depend on it), once per
 * id, dated no earlier than the article it corrects, and supported by more than Wikipedia.
 */
export function correctionIssues(
  file: string,
  corrections: readonly Correction[],
  eventIds: ReadonlySet<string>,
  placeIds: ReadonlySet<string>,
  published: string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  corrections.forEach((correction, index) => {
    const { id } = correction;
    const at = (field: string) => `corrections.${index}.${field}`;
    if (seen.has(id)) issues.push({ file, id, field: at('id'), message: `duplicate correction id "${id}"` });
    seen.add(id);
    if (correction.event !== undefined && !eventIds.has(correction.event)) {
      issues.push({ file, id, field: at('event'), message: `unknown event "${correction.event}"` });
    }
    if (correction.place !== undefined && !placeIds.has(correction.place)) {
      issues.push({ file, id, field: at('place'), message: `unknown place "${correction.place}"` });
    }
    if (correction.date < published) {
      issues.push({
        file,
        id,
        field: at('date'),
        message: `corrected ${correction.date}, before the article was published (${published})`,
      });
    }
    issues.push(...wikipediaOnlyIssue(file, id, correction.sources, at('sources')));
  });
  return issues;
}
