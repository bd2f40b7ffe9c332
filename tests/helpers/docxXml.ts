// The parts of a .docx as text, for tests that read the XML the engine wrote (fflate: a declared
// dependency, the same the engine rewrites the package with).
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParts {
  /** A part's XML by its name in the package (word/document.xml, word/settings.xml …). */
  part(name: string): string;
  names: string[];
}

export function docxParts(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  return {
    names: Object.keys(files),
    part(name) {
      const data = files[name];
      if (!data) throw new Error(`no part ${name} in the .docx (has: ${Object.keys(files).join(', ')})`);
      return strFromU8(data);
    },
  };
}

/** The text of every <w:t> in a piece of XML, joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('');
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The paragraphs (<w:p>…</w:p>) of a part, in order. */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
}

/** The first paragraph whose text contains `text`. */
export function paragraphWith(xml: string, text: string): string {
  const found = paragraphsOf(xml).find((p) => textOf(p).includes(text));
  if (!found) throw new Error(`no paragraph with “${text}”`);
  return found;
}

/** An attribute's value on the first element of that name in the XML, e.g. attr(xml, 'w:pgSz', 'w:w'). */
export function attr(xml: string, element: string, name: string): string | undefined {
  const el = new RegExp(`<${element}(\\s[^>]*)?/?>`).exec(xml)?.[1] ?? '';
  return new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1];
}
