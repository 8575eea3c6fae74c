// The default taxonomy a new installation starts with: six problem categories plus "other", and the
// seed report's 37 aspects in 7 sections. The database seed imports these arrays as they are, so the
// shapes stay flat and JSON-friendly.

export const CATEGORIES = ["rights", "workload", "funding", "equipment", "training", "staffing", "other"] as const;

export type Category = (typeof CATEGORIES)[number];

type SectionCode = "A" | "B" | "C" | "D" | "E" | "F" | "G";

export interface Section {
  code: SectionCode;
  titleEn: string;
  titleZh: string;
  /** Sections A-D are problems of grassroots units; E-G are the Political Department's own work. */
  part: "grassroots" | "political_department";
}

export interface Aspect {
  code: string;
  section: SectionCode;
  category: Category;
  titleEn: string;
  titleZh: string;
}

export const SECTIONS: Section[] = [
  { code: "A", titleEn: "Protecting officers' legitimate rights", titleZh: "维护民警合法权益方面的问题", part: "grassroots" },
  { code: "B", titleEn: "Difficulties in completing work", titleZh: "完成工作任务的困难和问题", part: "grassroots" },
  { code: "C", titleEn: "What dampens enthusiasm", titleZh: "影响民警工作积极性的问题", part: "grassroots" },
  { code: "D", titleEn: "Opinions on higher authorities", titleZh: "对上级机关的意见", part: "grassroots" },
  { code: "E", titleEn: "Education and training", titleZh: "教育训练方面的问题", part: "political_department" },
  { code: "F", titleEn: "Establishment and cadre management", titleZh: "编制体制和干部管理方面的问题", part: "political_department" },
  { code: "G", titleEn: "Suggestions to the Political Department", titleZh: "对政治工作部门的建议", part: "political_department" },
];

/** The seed report's aspects: code (its section's letter and a number), category, English, Chinese. */
const ASPECT_ROWS: [code: string, category: Category, titleEn: string, titleZh: string][] = [
  ["A1", "rights", "Legal protection and dignity", "执法保护与人格尊严"],
  ["A2", "rights", "Rest time and unpaid overtime", "休息时间被占用、加班无补偿"],
  ["A3", "rights", "Work allowances and own-pocket expenses", "工作补贴偏低、自掏腰包"],
  ["A4", "rights", "Medical insurance and reimbursement", "医疗保险与医药费报销"],
  ["A5", "rights", "Entitlements not honoured: back pay, leave, check-ups, insurance, housing", "应享待遇未落实：欠发工资、休假、体检、保险、住房"],
  ["B1", "workload", "Pressure of work, mind and income", "工作、精神和收入压力大"],
  ["B2", "funding", "Shortage of funds", "经费紧张"],
  ["B3", "equipment", "Equipment", "装备保障不足"],
  ["B4", "workload", "Coordination of stations, squadrons and 110", "派出所、刑警中队与110协作不畅"],
  ["B5", "workload", "Case-handling procedure", "办案程序不合理"],
  ["B6", "workload", "Non-police activities", "非警务活动多"],
  ["B7", "rights", "Family and children", "家庭与子女问题"],
  ["B8", "rights", "Family finances", "家庭经济困难"],
  ["C1", "rights", "Unfair complaints and lack of backing", "不实投诉与组织撑腰不够"],
  ["C2", "rights", "Over-strict rules and fear of blame", "要求过严、怕担责任"],
  ["C3", "staffing", "Unscientific assessment", "考核评价不科学"],
  ["D1", "workload", "Rules made without field research", "制定规定缺乏基层调研"],
  ["D2", "workload", "Too many meetings and documents", "文山会海"],
  ["D3", "workload", "Uncoordinated task assignment", "任务布置缺乏统筹"],
  ["D4", "workload", "Too many inspections", "检查过多过频"],
  ["D5", "staffing", "Conduct of inspecting cadres", "下基层检查干部的作风"],
  ["D6", "workload", "Repeated reports and statistics", "重复报表和统计"],
  ["D7", "workload", "Unrealistic slogans", "口号脱离实际"],
  ["D8", "equipment", "Headquarters logistics: bath, canteen, offices", "机关后勤保障：浴池、食堂、办公室"],
  ["E1", "training", "Not practical or targeted", "培训不实用、针对性不强"],
  ["E2", "training", "Too short, clashes with work", "培训时间短、工学矛盾"],
  ["E3", "training", "Repeated content and trainees", "培训内容和参训人员重复"],
  ["E4", "training", "Facilities and teachers", "训练设施和师资不足"],
  ["F1", "staffing", "Too few officers", "警力不足"],
  ["F2", "staffing", "Reserve-cadre rules and opaque promotion", "后备干部条件过高、晋升不透明"],
  ["F3", "staffing", "Rigid cadre management", "干部管理过死"],
  ["F4", "staffing", "Weak political instructors", "基层指导员作用发挥不够"],
  ["F5", "staffing", "Postings far from home", "工作单位离家太远"],
  ["G1", "other", "More grassroots research", "多深入基层调研"],
  ["G2", "other", "Practical ideological work", "思想政治工作要务实"],
  ["G3", "staffing", "Stronger political-work cadres", "加强政工干部队伍建设"],
  ["G4", "staffing", "More recognition of basic work", "加大对基础工作的表彰"],
];

export const ASPECTS: Aspect[] = ASPECT_ROWS.map(([code, category, titleEn, titleZh]) => {
  return { code, section: code[0] as SectionCode, category, titleEn, titleZh };
});

const aspectByCode = new Map(ASPECTS.map((a) => [a.code, a]));

export function getAspect(code: string): Aspect | undefined {
  return aspectByCode.get(code);
}

export function isCategory(value: unknown): value is Category {
  return typeof value === "string" && (CATEGORIES as readonly string[]).includes(value);
}
