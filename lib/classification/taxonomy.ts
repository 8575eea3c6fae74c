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
  {
    code: "A",
    titleEn: "Protecting officers' legitimate rights",
    titleZh: "维护民警合法权益方面的问题",
    part: "grassroots",
  },
  { code: "B", titleEn: "Difficulties in completing work", titleZh: "完成工作任务的困难和问题", part: "grassroots" },
  { code: "C", titleEn: "What dampens enthusiasm", titleZh: "影响民警工作积极性的问题", part: "grassroots" },
  { code: "D", titleEn: "Opinions on higher authorities", titleZh: "对上级机关的意见", part: "grassroots" },
  { code: "E", titleEn: "Education and training", titleZh: "教育训练方面的问题", part: "political_department" },
  {
    code: "F",
    titleEn: "Establishment and cadre management",
    titleZh: "编制体制和干部管理方面的问题",
    part: "political_department",
  },
  {
    code: "G",
    titleEn: "Suggestions to the Political Department",
    titleZh: "对政治工作部门的建议",
    part: "political_department",
  },
];

export const ASPECTS: Aspect[] = [
  {
    code: "A1",
    section: "A",
    category: "rights",
    titleEn: "Legal protection and dignity",
    titleZh: "执法保护与人格尊严",
  },
  {
    code: "A2",
    section: "A",
    category: "rights",
    titleEn: "Rest time and unpaid overtime",
    titleZh: "休息时间被占用、加班无补偿",
  },
  {
    code: "A3",
    section: "A",
    category: "rights",
    titleEn: "Work allowances and own-pocket expenses",
    titleZh: "工作补贴偏低、自掏腰包",
  },
  {
    code: "A4",
    section: "A",
    category: "rights",
    titleEn: "Medical insurance and reimbursement",
    titleZh: "医疗保险与医药费报销",
  },
  {
    code: "A5",
    section: "A",
    category: "rights",
    titleEn: "Entitlements not honoured: back pay, leave, check-ups, insurance, housing",
    titleZh: "应享待遇未落实：欠发工资、休假、体检、保险、住房",
  },
  {
    code: "B1",
    section: "B",
    category: "workload",
    titleEn: "Pressure of work, mind and income",
    titleZh: "工作、精神和收入压力大",
  },
  { code: "B2", section: "B", category: "funding", titleEn: "Shortage of funds", titleZh: "经费紧张" },
  { code: "B3", section: "B", category: "equipment", titleEn: "Equipment", titleZh: "装备保障不足" },
  {
    code: "B4",
    section: "B",
    category: "workload",
    titleEn: "Coordination of stations, squadrons and 110",
    titleZh: "派出所、刑警中队与110协作不畅",
  },
  { code: "B5", section: "B", category: "workload", titleEn: "Case-handling procedure", titleZh: "办案程序不合理" },
  { code: "B6", section: "B", category: "workload", titleEn: "Non-police activities", titleZh: "非警务活动多" },
  { code: "B7", section: "B", category: "rights", titleEn: "Family and children", titleZh: "家庭与子女问题" },
  { code: "B8", section: "B", category: "rights", titleEn: "Family finances", titleZh: "家庭经济困难" },
  {
    code: "C1",
    section: "C",
    category: "rights",
    titleEn: "Unfair complaints and lack of backing",
    titleZh: "不实投诉与组织撑腰不够",
  },
  {
    code: "C2",
    section: "C",
    category: "rights",
    titleEn: "Over-strict rules and fear of blame",
    titleZh: "要求过严、怕担责任",
  },
  { code: "C3", section: "C", category: "staffing", titleEn: "Unscientific assessment", titleZh: "考核评价不科学" },
  {
    code: "D1",
    section: "D",
    category: "workload",
    titleEn: "Rules made without field research",
    titleZh: "制定规定缺乏基层调研",
  },
  { code: "D2", section: "D", category: "workload", titleEn: "Too many meetings and documents", titleZh: "文山会海" },
  {
    code: "D3",
    section: "D",
    category: "workload",
    titleEn: "Uncoordinated task assignment",
    titleZh: "任务布置缺乏统筹",
  },
  { code: "D4", section: "D", category: "workload", titleEn: "Too many inspections", titleZh: "检查过多过频" },
  {
    code: "D5",
    section: "D",
    category: "staffing",
    titleEn: "Conduct of inspecting cadres",
    titleZh: "下基层检查干部的作风",
  },
  {
    code: "D6",
    section: "D",
    category: "workload",
    titleEn: "Repeated reports and statistics",
    titleZh: "重复报表和统计",
  },
  { code: "D7", section: "D", category: "workload", titleEn: "Unrealistic slogans", titleZh: "口号脱离实际" },
  {
    code: "D8",
    section: "D",
    category: "equipment",
    titleEn: "Headquarters logistics: bath, canteen, offices",
    titleZh: "机关后勤保障：浴池、食堂、办公室",
  },
  {
    code: "E1",
    section: "E",
    category: "training",
    titleEn: "Not practical or targeted",
    titleZh: "培训不实用、针对性不强",
  },
  {
    code: "E2",
    section: "E",
    category: "training",
    titleEn: "Too short, clashes with work",
    titleZh: "培训时间短、工学矛盾",
  },
  {
    code: "E3",
    section: "E",
    category: "training",
    titleEn: "Repeated content and trainees",
    titleZh: "培训内容和参训人员重复",
  },
  { code: "E4", section: "E", category: "training", titleEn: "Facilities and teachers", titleZh: "训练设施和师资不足" },
  { code: "F1", section: "F", category: "staffing", titleEn: "Too few officers", titleZh: "警力不足" },
  {
    code: "F2",
    section: "F",
    category: "staffing",
    titleEn: "Reserve-cadre rules and opaque promotion",
    titleZh: "后备干部条件过高、晋升不透明",
  },
  { code: "F3", section: "F", category: "staffing", titleEn: "Rigid cadre management", titleZh: "干部管理过死" },
  {
    code: "F4",
    section: "F",
    category: "staffing",
    titleEn: "Weak political instructors",
    titleZh: "基层指导员作用发挥不够",
  },
  { code: "F5", section: "F", category: "staffing", titleEn: "Postings far from home", titleZh: "工作单位离家太远" },
  { code: "G1", section: "G", category: "other", titleEn: "More grassroots research", titleZh: "多深入基层调研" },
  { code: "G2", section: "G", category: "other", titleEn: "Practical ideological work", titleZh: "思想政治工作要务实" },
  {
    code: "G3",
    section: "G",
    category: "staffing",
    titleEn: "Stronger political-work cadres",
    titleZh: "加强政工干部队伍建设",
  },
  {
    code: "G4",
    section: "G",
    category: "staffing",
    titleEn: "More recognition of basic work",
    titleZh: "加大对基础工作的表彰",
  },
];

const aspectByCode = new Map(ASPECTS.map((a) => [a.code, a]));

export function getAspect(code: string): Aspect | undefined {
  return aspectByCode.get(code);
}

export function isCategory(value: unknown): value is Category {
  return typeof value === "string" && (CATEGORIES as readonly string[]).includes(value);
}
