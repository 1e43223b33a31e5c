/**
 * Which one key of many is current, asked key by key: `is(key)` depends on that key's own flag only, so moving the
 * current key re-runs what asked about the old key and the new one, not everything that asks. (10,000 list rows
 * each comparing their index with the current step re-ran all 10,000 rows on every step.)
 */
export class CurrentKey {
  /** A proxied record: Svelte gives each key its own signal, created on first read. */
  #flags: Record<string, boolean> = $state({});
  #current: string | undefined;

  /** Make `key` the current one (none with undefined); the previous one stops being current. */
  set(key: string | undefined): void {
    if (key === this.#current) return;
    if (this.#current !== undefined) this.#flags[this.#current] = false;
    if (key !== undefined) this.#flags[key] = true;
    this.#current = key;
  }

  /** Whether `key` is the current one; reactive for that key alone. */
  is(key: string): boolean {
    return this.#flags[key] === true;
  }
}
