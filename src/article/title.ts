/**
 * The article's title: its first non-empty line. Apart from the segmenting (segments.ts) and the passages it needs,
 * so that the reading pane can show the title at once and load the rest of the article's code with its text.
 */

/** The article's title line: its first non-empty line, and where that line ends (-1 for a blank article). */
export function titleLine(text: string): { title: string; end: number } {
  const start = text.search(/\S/);
  if (start === -1) return { title: '', end: -1 };
  const lineEnd = text.indexOf('\n', start);
  const end = lineEnd === -1 ? text.length : lineEnd;
  return { title: text.slice(start, end).trim(), end };
}

/** The article's title, as segments.ts's `segmentText` finds it, without segmenting the rest. */
export const articleTitle = (text: string): string => titleLine(text).title;
