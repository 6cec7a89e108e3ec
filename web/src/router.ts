/** Hash routes (`#/search?q=…`): every view is a deep link, and back/forward work without a server round trip. */
export interface Route {
  /** Path segments after `#/`, each URI-decoded (entity keys such as `ITU-PP/140` are one encoded segment). */
  segments: string[];
  params: URLSearchParams;
}

export function currentRoute(hash: string = location.hash): Route {
  const raw = hash.replace(/^#\/?/, '');
  const cut = raw.indexOf('?');
  const path = cut < 0 ? raw : raw.slice(0, cut);
  const query = cut < 0 ? '' : raw.slice(cut + 1);
  const segments = path
    .split('/')
    .filter((segment) => segment.length > 0)
    .map(decodeSegment);
  return { segments, params: new URLSearchParams(query) };
}

/** A hand-typed `%` that is not an escape stays as typed instead of breaking the page. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Builds `#/a/b?x=1`; segments are encoded so keys with `/`, `+` or `#` survive the round trip. */
export function href(segments: string[], params: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  const path = segments.map((segment) => encodeURIComponent(segment)).join('/');
  const search = query.toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}

export function navigate(segments: string[], params: Record<string, string | number | undefined> = {}): void {
  const target = href(segments, params);
  if (location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = target;
}

export const entityHref = (key: string): string => href(['entity', key]);
