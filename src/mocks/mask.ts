// Secrets as the API shows them: full once on create, masked everywhere else.
import type { Environment } from '../api/enums'
import { randomString, type Rng } from './random'

export const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
export const SECRET_RANDOM_LENGTH = 32

/** The environment part of a secret's prefix, as in `coval_sk_prod_…`. */
export const SECRET_ENVIRONMENT_SLUG = {
  PRODUCTION: 'prod',
  STAGING: 'staging',
  DEVELOPMENT: 'dev',
} as const satisfies Record<Environment, string>

/** `****-****-****-` plus the secret's last 4 characters, e.g. `****-****-****-o5p6`. */
export function maskSecret(secret: string): string {
  return `****-****-****-${secret.slice(-4)}`
}

/**
 * A fresh full secret, e.g. `coval_sk_prod_` + 32 alphanumerics, or `coval_sk_` + 32 for a key made
 * without an environment; crypto-random unless an rng is passed.
 */
export function newSecret(environment: Environment | null, rng?: Rng): string {
  const prefix = environment === null ? 'coval_sk_' : `coval_sk_${SECRET_ENVIRONMENT_SLUG[environment]}_`
  return `${prefix}${randomString(SECRET_RANDOM_LENGTH, SECRET_ALPHABET, rng)}`
}
