// Who the page's metadata names: JSON-LD author, publisher, sourceOrganization and isBasedOn
// of the article node, <meta name="author"> and article:author. Read here, where the page
// is parsed; whether a name credits anyone is decided in core/credits.ts (metadataCredits),
// which knows the page's own outlet. The JSON is the page's: only a few entries of each
// field are read, one level into a node (a person's affiliation, a work's publisher), and
// every string is cut short, so a hostile page cannot make this cost more than a glance.
import type { CreditClaim, CreditClaimField } from '../core/types';
import { stringOf, typesOf, type JsonLdNode } from './jsonld';

export const CLAIM_LIMITS = {
  /** Entries read per field (a list of 500 authors is read as its first few). */
  perField: 4,
  /** Claims per page. */
  total: 12,
  /** Characters kept of any name, type or address. */
  chars: 200,
} as const;

const short = (s: string | undefined) => {
  const t = s?.replace(/\s+/g, ' ').trim().slice(0, CLAIM_LIMITS.chars);
  return t || undefined;
};
const isUrl = (s: string) => /^(?:https?:)?\/\/|^www\./i.test(s);

function entries(value: unknown): unknown[] {
  return (Array.isArray(value) ? value : [value]).slice(0, CLAIM_LIMITS.perField).filter((v) => v !== undefined && v !== null);
}

/** The first name of a node or string ("Associated Press" from `{"name": …}` or a list), never a URL. */
function firstName(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const name = short(typeof first === 'string' ? first : first && typeof first === 'object' ? stringOf((first as JsonLdNode).name) : undefined);
  return name && !isUrl(name) ? name : undefined;
}

function urlOf(value: unknown): string | undefined {
  const u = short(typeof value === 'string' ? value : stringOf(value));
  return u && /^https?:\/\//i.test(u) ? u : undefined;
}

type ById = (id: unknown) => JsonLdNode | undefined;

/** A node given by reference alone (`{"@id": …}`) is read as the node it names, one step only. */
function resolved(value: unknown, byId: ById): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const node = value as JsonLdNode;
  return node['@id'] !== undefined && Object.keys(node).length === 1 ? (byId(node['@id']) ?? node) : node;
}

/** One claim from one entry: a string (a name, or for isBasedOn an address) or a node. */
function claimOf(field: CreditClaimField, entry0: unknown, byId: ById): CreditClaim | undefined {
  const entry = resolved(entry0, byId);
  if (typeof entry === 'string') {
    const s = short(entry);
    if (!s) return undefined;
    if (isUrl(s)) return field === 'isBasedOn' || field === 'sourceOrganization' ? { field, url: urlOf(s) } : undefined;
    return { field, name: s };
  }
  if (typeof entry !== 'object' || Array.isArray(entry)) return undefined;
  const node = entry as JsonLdNode;
  const type = short(typesOf(node)[0]);
  const named = (v: unknown) => firstName(resolved(Array.isArray(v) ? v[0] : v, byId));
  // A work the page is based on is named by its publisher (or author), not by its headline.
  const name = field === 'isBasedOn' ? (named(node.publisher) ?? named(node.sourceOrganization) ?? named(node.author)) : firstName(node.name);
  const affiliation = field === 'author' ? named(node.affiliation ?? node.worksFor ?? node.memberOf) : undefined;
  const url = urlOf(node.url ?? node['@id']);
  if (!name && !url) return undefined;
  return { field, ...(name ? { name } : {}), ...(type ? { type } : {}), ...(affiliation ? { affiliation } : {}), ...(url ? { url } : {}) };
}

/**
 * The credit claims of a page: `ld` is its JSON-LD article node (or `{}`), `meta` looks up a
 * <meta> content by property or name, `byId` a JSON-LD node by its `@id` (jsonld.ts jsonLdGraph).
 */
export function readCreditClaims(ld: JsonLdNode, meta: (key: string) => string | undefined, byId: ById = () => undefined): CreditClaim[] {
  const out: CreditClaim[] = [];
  const add = (c: CreditClaim | undefined) => {
    if (c && out.length < CLAIM_LIMITS.total) out.push(c);
  };
  for (const e of entries(ld.author)) add(claimOf('author', e, byId));
  for (const e of entries(ld.publisher)) add(claimOf('publisher', e, byId));
  for (const e of entries(ld.sourceOrganization)) add(claimOf('sourceOrganization', e, byId));
  for (const e of entries(ld.isBasedOn ?? ld.isBasedOnUrl)) add(claimOf('isBasedOn', e, byId));
  const metaAuthor = short(meta('author'));
  if (metaAuthor && !isUrl(metaAuthor)) add({ field: 'meta-author', name: metaAuthor });
  const articleAuthor = short(meta('article:author'));
  if (articleAuthor && !isUrl(articleAuthor)) add({ field: 'article-author', name: articleAuthor });
  return out;
}
