import { XMLParser } from 'fast-xml-parser';

/** A parsed metadata element: child elements by tag, text as `#text`, attributes as `@_name`. */
export interface XmlElement {
    readonly [tag: string]: XmlContent | undefined;
}

export type XmlContent = string | XmlElement | XmlContent[];

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true
});

/** The root element (e.g. `CustomField`) of a metadata file. */
export function parseMetadata(xml: string, root: string, file: string): XmlElement {
    const document = parser.parse(xml) as XmlElement;
    const element = document[root];
    if (element === undefined || typeof element === 'string' || Array.isArray(element)) {
        if (element === '') {
            return {};
        }
        throw new Error(`${file}: no <${root}> element`);
    }
    return element;
}

/** The text of a child element, null when absent or empty. */
export function textOf(element: XmlElement, tag: string): string | null {
    const value = element[tag];
    if (value === undefined) {
        return null;
    }
    if (typeof value === 'string') {
        return value === '' ? null : value;
    }
    if (Array.isArray(value)) {
        throw new Error(`<${tag}> appears more than once`);
    }
    const inner = value['#text'];
    return typeof inner === 'string' && inner !== '' ? inner : null;
}

export function booleanOf(element: XmlElement, tag: string): boolean {
    return textOf(element, tag) === 'true';
}

export function numberOf(element: XmlElement, tag: string): number | null {
    const value = textOf(element, tag);
    return value === null ? null : Number(value);
}

/** Every child element with the tag, in document order. */
export function elementsOf(element: XmlElement, tag: string): XmlElement[] {
    const value = element[tag];
    if (value === undefined) {
        return [];
    }
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => (typeof item === 'string' ? { '#text': item } : (item as XmlElement)));
}

export function attributeOf(element: XmlElement, name: string): string | null {
    const value = element[`@_${name}`];
    return typeof value === 'string' ? value : null;
}
