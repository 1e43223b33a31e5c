declare module 'virtual:unit-symbols' {
  const symbols: Record<string, { svg: string; width: number; height: number; anchor: { x: number; y: number } }>;
  export default symbols;
}

declare module 'virtual:validated-story' {
  /** Per story file, the SHA-256 of the bytes the build validated; null in the dev server or for invalid data. */
  const digests: Readonly<Record<string, string>> | null;
  export default digests;
}

declare module 'virtual:basemap-twins' {
  /** Ids of the story's places the built-in basemap has a twin of, found by the build; null: not known. */
  const ids: readonly string[] | null;
  export default ids;
}
