// What the files rxhub-codegen generates into src/cplugin import from: the names they import from 'rxhub' in a
// user's project, which rxhub's own sources cannot import from their own package.
export { DateTime } from '../codecs/DateTime';
export { enumeration } from '../codecs/enumeration';
export { nullable } from '../codecs/nullable';
export { defineContract } from '../../contract/defineContract';
