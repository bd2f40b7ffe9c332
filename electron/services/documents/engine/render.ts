// DocumentSpec → .docx bytes. One section (the GB/T 9704 page, grid and footers), the 公文 or the
// form laid out on it, the file's author and title set — or several documents in one file (合并
// 打印), each a section of its own starting on a new page, its page numbers from 1. The bytes are deterministic: docx stamps
// the file with the clock (core.xml created/modified and the zip entries' times), so the package
// is rewritten with the document's own time — the same spec always gives the same file.
import { Document, LineRuleType, Packer, Paragraph, SectionType, type ISectionOptions } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { DocFileInfo, DocumentSpec } from '../../../../shared/documents/spec.ts';
import { isIsoDate } from '../../../../shared/kernel/dates.ts';
import { FONT, SIZE, fontOf } from './fonts.ts';
import { formChildren } from './form.ts';
import { officialChildren } from './official.ts';
import { OFF_GRID_STYLE, sectionPage } from './page.ts';

/** The closing paragraph's height: a point. */
const HAIRLINE = 20;

/**
 * A document ends with a paragraph (after a form's last table, say; the 公文's 版记 is anchored in
 * it): a hairline, never a line of its own (off the grid: see offGridStyle).
 */
function closing(): Paragraph {
  return new Paragraph({ style: OFF_GRID_STYLE, spacing: { line: HAIRLINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] });
}

/**
 * Paragraphs of the style OFF_GRID_STYLE keep their own exact height off the document grid
 * (w:snapToGrid off in the style, which docx cannot write). Word and WPS give a paragraph of exact
 * spacing its own height, grid or not; LibreOffice snaps it to whole grid lines — a 2号 title took
 * two body lines (its glyphs 43.4 mm from the top instead of 38), and the closing hairline a whole
 * line (10.2 mm), which sent a 版记 that fitted below the 成文日期 to a page of its own.
 */
export function offGridStyle(stylesXml: string): string {
  const style = new RegExp(`(<w:style [^>]*w:styleId="${OFF_GRID_STYLE}"[^>]*>[\\s\\S]*?)(<w:rPr>|</w:style>)`);
  return stylesXml.replace(style, '$1<w:pPr><w:snapToGrid w:val="0"/></w:pPr>$2');
}

/** The time written into the file: the 成文日期 for a 公文, else info.madeAt, else a fixed moment. */
export function fileTime(spec: DocumentSpec, info: DocFileInfo): Date {
  const day = info.madeAt ?? (spec.family === 'official' ? spec.date : undefined);
  if (day && isIsoDate(day)) return new Date(`${day}T00:00:00Z`);
  if (day && !Number.isNaN(Date.parse(day))) return new Date(day);
  return new Date('2000-01-01T00:00:00Z');
}

/**
 * No 标点溢出边界 anywhere: the text block's right edge is hard (the 28th character is the last).
 * docx writes w:overflowPunct only when true, so the defaults are written here.
 */
export function noHangingPunctuation(stylesXml: string): string {
  return stylesXml.replace('<w:pPrDefault/>', '<w:pPrDefault><w:pPr><w:overflowPunct w:val="0"/></w:pPr></w:pPrDefault>');
}

function stamp(bytes: Uint8Array, time: Date): Uint8Array {
  const iso = time.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const parts = unzipSync(bytes);
  const core = parts['docProps/core.xml'];
  if (core) {
    const xml = strFromU8(core)
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
    parts['docProps/core.xml'] = strToU8(xml);
  }
  const styles = parts['word/styles.xml'];
  if (styles) parts['word/styles.xml'] = strToU8(offGridStyle(noHangingPunctuation(strFromU8(styles))));
  // [Content_Types].xml first, as Word writes it; the rest in a fixed order.
  const names = Object.keys(parts).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  const out: Zippable = {};
  for (const name of names) out[name] = parts[name] as Uint8Array;
  // The zip format's times are local DOS times from 1980: a fixed one, whatever the machine's zone.
  return zipSync(out, { level: 6, mtime: new Date(1980, 0, 1, 0, 0, 0) });
}

/** A document's content on its page, ending with the closing hairline. */
function sectionOf(spec: DocumentSpec): ISectionOptions {
  const children = spec.family === 'official' ? officialChildren(spec) : formChildren(spec);
  return { ...sectionPage(), children: [...children, closing()] };
}

/** The file of these sections, with the styles every document uses, stamped with `time`. */
async function pack(sections: ISectionOptions[], info: DocFileInfo, time: Date): Promise<Uint8Array> {
  const doc = new Document({
    creator: info.author,
    lastModifiedBy: info.author,
    title: info.title,
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        // The grid's character pitch is counted from this size: 3号 仿宋.
        document: { run: { font: fontOf(FONT.body), size: SIZE.body * 2, sizeComplexScript: SIZE.body * 2 } },
      },
      // The same on the Normal style: LibreOffice takes the grid's base size from it, not the defaults.
      paragraphStyles: [
        { id: 'Normal', name: 'Normal', quickFormat: true, run: { font: fontOf(FONT.body), size: SIZE.body * 2, sizeComplexScript: SIZE.body * 2 } },
        { id: OFF_GRID_STYLE, name: 'Off grid', basedOn: 'Normal', run: { font: fontOf(FONT.body), size: SIZE.body * 2, sizeComplexScript: SIZE.body * 2 } },
      ],
    },
    sections,
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return stamp(bytes, time);
}

export async function renderDocx(spec: DocumentSpec, info: DocFileInfo): Promise<Uint8Array> {
  return pack([sectionOf(spec)], info, fileTime(spec, info));
}

/**
 * Several documents in one file, in order: each its own section (its 版记 at the bottom of its own
 * last page), starting on a new page with its page numbers from 1 — printed together, each is as
 * its own file prints. The file's time: info.madeAt, else the latest of the documents' own.
 */
export async function renderDocxCombined(specs: readonly DocumentSpec[], info: DocFileInfo): Promise<Uint8Array> {
  if (specs.length === 0) throw new Error('renderDocxCombined: no documents');
  const sections = specs.map((spec, i): ISectionOptions => {
    const own = sectionOf(spec);
    const page = own.properties?.page;
    // The section break in a hairline of its own after the closing one: LibreOffice leaves a floating
    // table in the flow when a next-page break follows it at once (writerfilter's
    // FloatingTableConversion: "no wrapping anyway"), which printed the 版记 right under the 成文日期.
    const breakLine = i < specs.length - 1 ? [closing()] : [];
    return {
      ...own,
      children: [...own.children, ...breakLine],
      properties: { ...own.properties, type: SectionType.NEXT_PAGE, page: { ...page, pageNumbers: { start: 1 } } },
    };
  });
  const times = specs.map((spec) => fileTime(spec, info).getTime());
  return pack(sections, info, new Date(Math.max(...times)));
}
