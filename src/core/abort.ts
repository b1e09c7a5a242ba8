// One "abort" listener per caller signal, however many calls wait on it at once. A page that
// starts a dozen calls with one AbortSignal is ordinary, and a listener per call makes Node
// print MaxListenersExceededWarning past ten. The listener goes when the last call stops watching.

interface Watch {
  readonly listener: () => void;
  readonly handlers: Set<() => void>;
}

const watches = new WeakMap<AbortSignal, Watch>();

/** Runs `handler` when `signal` aborts; returns the function that stops watching. */
export function whenAborted(signal: AbortSignal, handler: () => void): () => void {
  let watch = watches.get(signal);
  if (!watch) {
    const handlers = new Set<() => void>();
    const listener = () => {
      watches.delete(signal);
      for (const run of handlers) run();
    };
    watch = { listener, handlers };
    watches.set(signal, watch);
    signal.addEventListener("abort", listener, { once: true });
  }
  const current = watch;
  current.handlers.add(handler);
  return () => {
    if (current.handlers.delete(handler) && current.handlers.size === 0 && watches.get(signal) === current) {
      watches.delete(signal);
      signal.removeEventListener("abort", current.listener);
    }
  };
}
