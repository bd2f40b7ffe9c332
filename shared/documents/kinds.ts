// What a clerk gives for each kind of 公文, before a builder (electron/services/documents/builders)
// makes the document. Plain data: dates ISO, body as typed. A 公文 never carries a reporter.

/** 通知: 发文字号, 标题, 主送, 正文 as typed (split into paragraphs and headings), 附件, 成文日期, 抄送. */
export interface NoticeInput {
  /** 发文字号, e.g. 临纪发〔2026〕5号. */
  number: string;
  title: string;
  /** 主送机关, without the closing "：". */
  recipients: string;
  /** 正文 as typed in the textarea. */
  body: string;
  attachments?: string[];
  /** 成文日期 (ISO). */
  date: string;
  copyTo?: string[];
}
