declare module 'virtual:unit-symbols' {
  const symbols: Record<string, { svg: string; width: number; height: number; anchor: { x: number; y: number } }>;
  export default symbols;
}
