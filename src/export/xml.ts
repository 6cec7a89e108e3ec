/** A small XML writer: escaped text and attributes, elements as strings. Enough for generated markup, no parsing. */

export type XmlChild = string | XmlMarkup | null | false;
/** Markup already escaped, so it is not escaped again when nested. */
export interface XmlMarkup {
  readonly markup: string;
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF, CR).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const escapeXml = (text: string): string => text.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => TEXT_ESCAPES[c] as string);

export const raw = (markup: string): XmlMarkup => ({ markup });

export function el(name: string, attributes: Record<string, string | null | undefined> = {}, ...children: XmlChild[]): XmlMarkup {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  const body = children
    .filter((child): child is string | XmlMarkup => child !== null && child !== false)
    .map((child) => (typeof child === 'string' ? escapeXml(child) : child.markup))
    .join('');
  return raw(body.length > 0 ? `<${name}${attrs}>${body}</${name}>` : `<${name}${attrs}/>`);
}
