// Keyed, debounced saves that go out in order per key: typing schedules, blur or leaving flushes.

interface Pending<T> {
  value: T;
  timer: ReturnType<typeof setTimeout>;
}

export class DebouncedSaves<T> {
  readonly #pending = new Map<string, Pending<T>>();
  readonly #inFlight = new Map<string, Promise<void>>();
  readonly #delayMs: number;
  readonly #save: (key: string, value: T) => Promise<void>;

  constructor(delayMs: number, save: (key: string, value: T) => Promise<void>) {
    this.#delayMs = delayMs;
    this.#save = save;
  }

  schedule(key: string, value: T): void {
    const previous = this.#pending.get(key);
    if (previous) clearTimeout(previous.timer);
    this.#pending.set(key, { value, timer: setTimeout(() => void this.flush(key), this.#delayMs) });
  }

  isPending(key: string): boolean {
    return this.#pending.has(key);
  }

  /** Sends the key's waiting value now, if any; resolves when every save of that key has finished. */
  async flush(key: string): Promise<void> {
    const pending = this.#pending.get(key);
    if (pending) {
      clearTimeout(pending.timer);
      this.#pending.delete(key);
      // One key's saves go out one after another, so an older value never lands after a newer one.
      const before = this.#inFlight.get(key) ?? Promise.resolve();
      // A failed save must not stop the later ones; the caller reports failures (see NoteDrafts).
      const save = before.catch(() => undefined).then(() => this.#save(key, pending.value));
      this.#inFlight.set(key, save);
      void save.finally(() => {
        if (this.#inFlight.get(key) === save) this.#inFlight.delete(key);
      });
    }
    await this.#inFlight.get(key)?.catch(() => undefined);
  }

  async flushAll(): Promise<void> {
    const keys = [...this.#pending.keys(), ...this.#inFlight.keys()];
    await Promise.all(keys.filter((key, i) => keys.indexOf(key) === i).map((key) => this.flush(key)));
  }
}
