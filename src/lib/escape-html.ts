/**
 * Escaping for text written into HTML by hand (link-preview pages, MapLibre's credits): never trusted markup.
 */

/** Text for an HTML attribute or element (the page is written as text, never trusted HTML). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
