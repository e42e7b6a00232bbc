// The library's public face for the worker: open it, store versions, find candidates.
export { openLibrary, Library, libraryKey, DEFAULT_DB_NAME, MAX_REPORTS } from './library';
export type { StoredArticle, CandidateArticle, FindOptions, LibraryUsage, LibraryOptions } from './library';
export type { Origin, ArticleRecord } from './schema';
export { SCHEMA_VERSION } from './schema';
export { canonicalUrl, hostOf } from '../../shared/urls';
export { exportJsonLines, exportJsonLinesPage, importJsonLines, type ExportPage, type ImportResult } from './transfer';
export type { FeedRecord, FailureRecord, StatusRecord } from './schema';
export type { StoredTimes, PutOptions, PutItem } from './library';
export * as discoveryStore from './discovery-store';
