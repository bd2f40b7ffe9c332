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

/**
 * 预警告知书: 发文字号, 标题, 主送 (the unit), 告知事由, the problems in order (each text as typed,
 * one paragraph a line), 整改要求 as typed, 整改时限, 成文日期, 抄送. Nothing about who reported a
 * problem: only its text.
 */
export interface WarningNoticeInput {
  /** 发文字号, e.g. 临纪预告〔2026〕5号. */
  number: string;
  title: string;
  /** 主送机关, without the closing "：". */
  recipients: string;
  /** 告知事由: the opening paragraph(s). */
  intro: string;
  problems: ReadonlyArray<{ text: string }>;
  /** 整改要求 as typed (split into paragraphs and headings). */
  requirements: string;
  /** 整改时限 (ISO). */
  deadline: string;
  /** 成文日期 (ISO). */
  date: string;
  copyTo?: string[];
}

/**
 * 函询通知书, 委托谈话通知书, 谈话通知: 发文字号, 标题, 主送 (for a letter: the person through their
 * unit's 主要负责人), 正文 as typed (the reply or talk deadline is one of its sentences), 成文日期, 抄送.
 */
export interface InterviewNoticeInput {
  /** 发文字号, e.g. 临纪函〔2026〕5号. */
  number: string;
  title: string;
  /** 主送, without the closing "：". */
  recipients: string;
  body: string;
  /** 成文日期 (ISO). */
  date: string;
  copyTo?: string[];
}

/**
 * 预警建议书: 发文字号, 标题, 主送 (the unit), 正文 as typed (the grade, score, weak points and the
 * requirements for the coming year — split into paragraphs and headings), 成文日期, 抄送.
 */
export interface AdviceInput {
  /** 发文字号, e.g. 临纪预建〔2027〕1号. */
  number: string;
  title: string;
  /** 主送机关, without the closing "：". */
  recipients: string;
  body: string;
  /** 成文日期 (ISO). */
  date: string;
  copyTo?: string[];
}
