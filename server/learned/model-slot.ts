// The model a learned check uses: the shipped one, swappable for a while so the trainers and evals can measure
// another (or none) through the same code the server runs.

export interface ModelSlot<M> {
  /** The model in use now. */
  current(): M | null;
  /** Runs `fn` with `model` in place of the shipped one, until it returns or, for a promise, settles. */
  use<T>(model: M | null, fn: () => T): T;
}

export function modelSlot<M>(shipped: M | null): ModelSlot<M> {
  let active = shipped;
  return {
    current: () => active,
    use<T>(model: M | null, fn: () => T): T {
      const before = active;
      active = model;
      let result: T;
      try {
        result = fn();
      } catch (error) {
        active = before;
        throw error;
      }
      if (result instanceof Promise) {
        return result.finally(() => {
          active = before;
        }) as T;
      }
      active = before;
      return result;
    },
  };
}
