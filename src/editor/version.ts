/**
 * A version token for a story folder's files: it changes when any file's content does, so a save can tell that
 * someone else (another tab, a text editor, a colleague) changed the files since the editor loaded them. Not a
 * security measure: a 53-bit hash (cyrb53) of every file's name and text, which is plenty to tell versions apart.
 */

function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * @param files - every file's text by its name
 * @returns a token that is the same for the same names and texts, in any order
 */
export function storyVersion(files: Readonly<Record<string, string>>): string {
  const text = Object.keys(files)
    .sort()
    .map((name) => `${name}\u0000${files[name]!.length}\u0000${files[name]}`)
    .join('\u0000');
  return cyrb53(text).toString(36);
}
