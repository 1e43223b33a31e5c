declare module 'virtual:unit-symbols' {
  /** Each force's symbol: its SVG's URL (a file of the build, or a data: URL in the dev server), size and anchor. */
  const symbols: Record<string, { url: string; width: number; height: number; anchor: { x: number; y: number } }>;
  export default symbols;
}

declare module 'virtual:validated-story' {
  /** Per story file, the digest (src/lib/digest.ts) of the bytes the build validated and ships; null in the dev server or for invalid data. */
  const digests: Readonly<Record<string, string>> | null;
  export default digests;
}

declare module 'virtual:basemap-twins' {
  /** Ids of the story's places the built-in basemap has a twin of, found by the build; null: not known. */
  const ids: readonly string[] | null;
  export default ids;
}
