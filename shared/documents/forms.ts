// What the three forms of a 信访举报 (tip) print, as plain data: the integrator maps the tip record
// to these; the builders never see the database. Dates ISO (2026-11-05) or ISO date-times
// (2026-11-05 09:30); texts as recorded. Masking is the caller's: the builders print what they get.

/** A person reported on (被反映人). */
export interface FormSubject {
  name: string;
  unit?: string;
  post?: string;
}

/** 反映人 as the caller may show them (already masked when the viewer may not see them whole). */
export interface FormReporter {
  name: string;
  phone: string;
  idNumber: string;
  address: string;
}

/** 信访举报登记表. */
export interface TipRegisterFormInput {
  /** 编号. */
  code: string;
  /** 收件日期. */
  receivedDate: string;
  /** 来源渠道 (来信, 来访, 网络举报 …). */
  channel: string;
  /** 反映方式 (实名, 匿名 …). */
  mode: string;
  /** null: 匿名. */
  reporter: FormReporter | null;
  /** The reporter's fields came masked: the form says so. */
  reporterMasked: boolean;
  subjects: FormSubject[];
  /** 被反映单位. */
  subjectUnit?: string;
  /** 问题类别. */
  category: string;
  /** 问题摘要. */
  summary: string;
  /** 反映内容; null when the viewer may not see it (printed "（无权查看）"). */
  content: string | null;
  /** 附件 count. */
  attachmentCount: number;
  /** 登记人. */
  registeredBy: string;
  /** 登记时间. */
  registeredAt: string;
}

/** 拟办: how the office proposes to handle the clue. */
export interface FormProposal {
  /** 处置方式 (谈话函询, 初步核实, 暂存待查, 予以了结). */
  disposition: string;
  /** 承办部门. */
  department: string;
  /** 承办人. */
  handler: string;
  /** 承办时限 (ISO). */
  dueDate: string;
  /** 拟办意见. */
  opinion: string;
  by: string;
  date: string;
}

/** 审批; null on the form while not yet approved (blank cells to sign by hand). */
export interface FormApproval {
  decision: '批准' | '退回';
  opinion: string;
  by: string;
  date: string;
}

/** 延期 request. */
export interface FormExtension {
  /** 申请日期. */
  requestedDate: string;
  reason: string;
  oldDueDate: string;
  newDueDate: string;
  /** 审批结果 (批准, 不批准, 待审批 …). */
  decision: string;
}

/** 问题线索处置审批表. */
export interface TipApprovalFormInput {
  code: string;
  receivedDate: string;
  subjects: FormSubject[];
  summary: string;
  proposal: FormProposal;
  approval: FormApproval | null;
  extensions: FormExtension[];
}

/** 处理 of one person in a 办结报告. */
export interface FormPenalty {
  person: string;
  unit?: string;
  /** 处理方式 (党纪处分, 政务处分, 组织处理 …). */
  kind: string;
  /** 档次 (警告, 严重警告 …). */
  grade?: string;
  /** 情节 (从轻, 减轻 …). */
  circumstance?: string;
  /** 决定日期 (ISO). */
  decidedDate: string;
}

/** 办结报告. */
export interface TipClosingReportInput {
  code: string;
  summary: string;
  subjects: FormSubject[];
  disposition: string;
  handler: string;
  /** 办理结果 (属实, 部分属实, 不属实 …). */
  result: string;
  closedDate: string;
  /** 核查情况 as written (long text: one paragraph a line). */
  findings: string;
  penalties: FormPenalty[];
}

/** 谈话记录: the talk as recorded, printed to be signed by the interviewers, the recorder and the interviewee. */
export interface TalkRecordFormInput {
  /** 编号 (TH-2026-0001). */
  code: string;
  /** 谈话类别 (廉政谈话, 诫勉谈话 …). */
  talkType: string;
  /** 谈话对象. */
  person: string;
  /** 单位及职务. */
  unitPost: string;
  /** 谈话时间: ISO date, or date and time (2026-11-05 09:30). */
  time: string;
  place: string;
  /** 谈话人, as printed (names joined). */
  interviewers: string;
  recorder: string;
  /** 事由. */
  cause: string;
  keyPoints: string;
  statement: string;
}
