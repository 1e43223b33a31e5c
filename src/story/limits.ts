/**
 * How large a story may be. A story over a limit gets one clear issue naming the limit, found from sizes and
 * counts alone, before any heavy work: a file's byte size before it is read or parsed, the number of events and
 * places before each one is validated. So an oversized folder fails fast instead of freezing the tab.
 *
 * The numbers leave room far beyond any one article (tens of events) and beyond an analyst's timeline (thousands):
 * the app is measured at 10,000 events (`bench/scale.ts`).
 */
import type { ValidationIssue } from './validation/issue.ts';

export interface StoryLimits {
  /** Largest file of the story folder, in bytes (UTF-8, as stored). */
  maxFileBytes: number;
  /** Most events in events.json (steps and background together). */
  maxEvents: number;
  /** Most places, over all area files together. */
  maxPlaces: number;
}

export const STORY_LIMITS: StoryLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEvents: 50_000,
  maxPlaces: 50_000,
};

const count = (n: number) => n.toLocaleString('en-US');

/** "50 MB" for whole megabytes (MiB, as file managers count them), else the bytes. */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${count(mb)} MB` : `${count(bytes)} bytes`;
}

/**
 * Whether a file is too large to read.
 * @param file - its name, for the message
 * @param bytes - its size in bytes (from the file system or a Content-Length header); unknown sizes pass
 * @param limit - the largest size allowed
 */
export function fileSizeIssue(
  file: string,
  bytes: number | undefined,
  limit = STORY_LIMITS.maxFileBytes,
): ValidationIssue | undefined {
  if (bytes === undefined || !(bytes > limit)) return undefined;
  return {
    file,
    message: `the file is ${formatBytes(bytes)}, over the limit of ${formatBytes(limit)} per story file: split the story`,
  };
}

/**
 * Whether a list of events or places is too long to validate.
 * @param file - where the list is, for the message
 * @param what - 'events' or 'places'
 * @param length - how many items the list holds
 * @param limit - the most allowed
 */
export function countIssue(
  file: string,
  what: 'events' | 'places',
  length: number,
  limit: number,
): ValidationIssue | undefined {
  if (!(length > limit)) return undefined;
  return {
    file,
    field: what === 'events' ? 'events' : undefined,
    message: `${count(length)} ${what}, over the limit of ${count(limit)} ${what} per story: split the story`,
  };
}
