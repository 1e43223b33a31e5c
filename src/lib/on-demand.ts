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

/** The message for code that could not be loaded, naming what the reader asked for. */
export function loadFailure(what: string, error: unknown): string {
  return `${what} could not be loaded (${(error as Error).message}). Check the connection and try again.`;
}
