/**
 * Vite plugin: a Content-Security-Policy `<meta>` in the built page. Only in the build: the dev server injects
 * inline styles and its own client, which a strict policy would refuse.
 *
 * `frame-ancestors`, `report-to` and `sandbox` are ignored in a `<meta>` policy: hosts set them as headers (docs/deploying.md).
 */
import type { Plugin } from 'vite';

/** The policy's directives, given the extra origins the page may fetch from (e.g. a detail basemap's host). */
export function contentSecurityPolicy(extraConnectOrigins: readonly string[] = []): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // Our modules only: no inline script, no eval.
    'script-src': ["'self'"],
    // MapLibre's worker is a file of ours; blob: for workers that libraries build from a Blob.
    'worker-src': ["'self'", 'blob:'],
    // Svelte and MapLibre set element styles from script, and Svelte's transitions add <style> rules.
    'style-src': ["'self'", "'unsafe-inline'"],
    // data: for the inline favicon and symbol images, blob: for images MapLibre decodes off the main thread.
    'img-src': ["'self'", 'data:', 'blob:'],
    'connect-src': ["'self'", ...extraConnectOrigins],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The origin of an absolute http(s) URL, or nothing for a relative one (served by our own host). */
export function originOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? [parsed.origin] : [];
  } catch {
    return [];
  }
}

export function cspPlugin(extraConnectOrigins: readonly string[] = []): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // After the charset (which must come first) and before any script or stylesheet, which a <meta> policy
    // governs only from where it stands.
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(extraConnectOrigins)}" />`;
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html: a <meta charset> is needed before the CSP <meta>');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}
