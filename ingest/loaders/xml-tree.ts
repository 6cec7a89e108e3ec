import { Parser } from 'htmlparser2';
import { InputRefusal } from './refusal.js';

/** One XML element: its local name (prefix dropped), namespace, attributes and children in document order. */
export interface XmlElement {
  readonly name: string;
  readonly namespace: string | null;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Bounds on one XML document: real AKN nests about 15 levels and the PP-18 Final Acts hold ~10,000 elements;
 * hostile files nest thousands of levels to break recursive readers, or hold millions of empty elements. */
export const XML_LIMITS = { maxDepth: 100, maxElements: 1_000_000 } as const;

/**
 * Reads XML into a small element tree without ever processing a DTD: htmlparser2 (xmlMode) knows only the five
 * predefined and numeric character entities, so an entity defined in a document can never expand; and any
 * declaration (`<!DOCTYPE …>`, `<!ENTITY …>`) is refused outright, which keeps billion-laughs and external-entity
 * files out with a reason instead of a half-read text. Depth and element count are bounded while streaming, before
 * any recursive walk of the tree.
 */
export function readXmlTree(text: string, limits: { maxDepth: number; maxElements: number } = XML_LIMITS): XmlElement {
  const root: XmlElement = { name: '#document', namespace: null, attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  const scopes: Array<Record<string, string>> = [{}];
  let elements = 0;
  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        if (name.startsWith('!')) {
          throw new InputRefusal('unsafe-xml', `XML declares ${name.slice(1).toUpperCase()}: DTDs and entity declarations are refused (entity expansion, external entities)`);
        }
      },
      onopentag(qualified, attributes) {
        elements += 1;
        if (stack.length > limits.maxDepth) throw new InputRefusal('nesting', `XML nests elements over ${limits.maxDepth} levels deep`);
        if (elements > limits.maxElements) throw new InputRefusal('too-many-elements', `XML has over ${limits.maxElements} elements`);
        const scope = { ...(scopes.at(-1) as Record<string, string>) };
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute === 'xmlns') scope[''] = value;
          else if (attribute.startsWith('xmlns:')) scope[attribute.slice(6)] = value;
        }
        const colon = qualified.indexOf(':');
        const prefix = colon >= 0 ? qualified.slice(0, colon) : '';
        const element: XmlElement = { name: qualified.slice(colon + 1), namespace: scope[prefix] ?? null, attributes, children: [] };
        (stack.at(-1) as XmlElement).children.push(element);
        stack.push(element);
        scopes.push(scope);
      },
      ontext(chunk) {
        const children = (stack.at(-1) as XmlElement).children;
        const last = children.at(-1);
        if (typeof last === 'string') children[children.length - 1] = last + chunk;
        else children.push(chunk);
      },
      onclosetag() {
        if (stack.length > 1) {
          stack.pop();
          scopes.pop();
        }
      },
    },
    { xmlMode: true },
  );
  parser.write(text);
  parser.end();
  return root;
}

export const elementsOf = (element: XmlElement): XmlElement[] => element.children.filter((child): child is XmlElement => typeof child !== 'string');

export const childNamed = (element: XmlElement, name: string): XmlElement | undefined => elementsOf(element).find((child) => child.name === name);
