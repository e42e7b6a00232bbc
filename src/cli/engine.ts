// The engine entry points the CLI and the evaluation use, in one place, so a rename in
// src/core touches one file here.
export { compare } from '../core/compare';
export { articleFromText } from '../core/article';
