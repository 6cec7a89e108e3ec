/** Hash routes (`#/search?q=…`): every view is a deep link, and back/forward work without a server round trip. */
export interface Route {
  /** Path segments after `#/`, each URI-decoded (entity keys such as `ITU-PP/140` are one encoded segment). */
  segments: string[];
  params: URLSearchParams;
}

export function currentRoute(hash: string = location.hash): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2) as [string?, string?];
  const segments = path
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => decodeURIComponent(segment));
  return { segments, params: new URLSearchParams(query) };
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
