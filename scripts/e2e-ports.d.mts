// Types for scripts/e2e-ports.mjs (npm test runs it as plain JavaScript; its unit test imports it).
export declare const DEFAULTS: readonly { name: string; port: number; size: number }[]
export declare function e2ePortsEnv(env?: Record<string, string | undefined>): Promise<Record<string, string>>
