// One "abort" listener per caller signal, however many calls wait on it at once. A page that
// starts a dozen calls with one AbortSignal is ordinary, and a listener per call makes Node
// print MaxListenersExceededWarning past ten. The listener goes when the last call stops watching.

// The handlers of one signal, and (as an EventListenerObject) the one listener that runs them.
type Watch = Set<() => void> & EventListenerObject;

const watches = new WeakMap<AbortSignal, Watch>();

/** Runs `handler` when `signal` aborts; returns the function that stops watching. */
export function whenAborted(signal: AbortSignal, handler: () => void): () => void {
  let watch = watches.get(signal);
  if (!watch) {
    const handlers = new Set<() => void>() as Watch;
    handlers.handleEvent = () => {
      watches.delete(signal);
      for (const run of handlers) run();
    };
    watches.set(signal, (watch = handlers));
    signal.addEventListener("abort", handlers, { once: true });
  }
  const current = watch.add(handler);
  return () => {
    if (current.delete(handler) && !current.size && watches.get(signal) === current) {
      watches.delete(signal);
      signal.removeEventListener("abort", current);
    }
  };
}
