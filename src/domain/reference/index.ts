/** The project's own copies of the reference facts (shared/spec/reference/*.tsv and graph-model.md). */
export * from './action-lines.js';
export * from './agencies.js';
export * from './initiatives.js';
export * from './itu-conferences.js';
export * from './sdgs.js';
export * from './wsis-sdg-matrix.js';
export * from './resolution-phrases.js';
