// The datasets' schema validators. Run from the sources (tests, tsx) this module has none, and schemas.ts compiles
// the schemas with ajv; the bundle (scripts/bundle.mjs) replaces it with ajv standalone code generated from
// templates/schemas/ (pipeline/render/data/schemas-generate.ts), used while its digest matches the schemas.
export const digest: string = 'unbundled';
