/** A source of numbers in [0, 1); seeded, so benchmarks, seeds and folds repeat exactly. */
export type Rng = () => number;

/** Mulberry32: small, fast and good enough for test data and cross-validation folds. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
