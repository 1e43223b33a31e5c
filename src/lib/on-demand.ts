/**
 * Code loaded when first needed (a dialog's body on its first opening): the first call starts the load, later calls
 * share it. A load that failed (the reader went offline, a new deploy removed the old chunk) is tried again on the
 * next call rather than remembered.
 * @param load - the `import()` to run
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/**
 * The message for code that could not be loaded, naming what the reader asked for. It asks for a reload, not for
 * another try: browsers remember a module whose fetch failed for the life of the page (the HTML module map), so an
 * `import()` of the same chunk fails again at once however often it is called.
 */
export function loadFailure(what: string, error: unknown): string {
  return `${what} could not be loaded (${(error as Error).message}). Check the connection and reload the page.`;
}
