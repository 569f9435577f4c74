// Tests find the shared samples and corpora through the one helper the scripts use too.
export { sharedPath } from '../scripts/shared-dir';
