// Enough for any demo; the seed makes 10,000 keys in 0.1 to 0.3 s.
export const MAX_SEED_COUNT = 50_000

// A demo with more keys than this saves its seed's time instead of its records (megabytes otherwise).
export const DEMO_SAVED_KEYS_MAX = 2_000
