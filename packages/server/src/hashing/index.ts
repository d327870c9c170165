/**
 * `@sesame/server/hashing`: argon2id (`@node-rs/argon2`) in PHC format, and verification of the
 * legacy bcrypt and scrypt hashes migrated accounts arrive with. The only entry with native modules.
 *
 * @packageDocumentation
 */
export { MAX_PASSWORD_LENGTH } from '@sesame/core/wire'
export {
  type Argon2Params,
  argon2Hasher,
  DEFAULT_ARGON2_PARAMS,
  type HashAlgorithm,
  type Hasher,
  hashAlgorithm,
  hashPassword,
  needsRehash,
  verifyPassword,
} from './argon2'
