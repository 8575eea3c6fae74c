// Seminar and listening-session findings taken from the seed report, with its figures and quotes.
type DemoFinding = {
  statement: string;
  quote?: string;
  aspect: string;
  severity: "LOW" | "MEDIUM" | "HIGH";
  raisedBy: number;
  figures?: { value: number; unit: string; measures: string }[];
};
export type DemoSession = {
  unit: string;
  kind: "UNIT_REPORT" | "SEMINAR" | "INDIVIDUAL_TALK";
  day: number; // days after the campaign start
  participants: Record<string, number>;
  notes: string;
  findings: DemoFinding[];
};

export const DEMO_SESSIONS: DemoSession[] = [
  {
    unit: "PS-MK", kind: "SEMINAR", day: 1, participants: { leader: 2, section_chief: 3, officer: 14 },
    notes: "Station seminar on working hours and protection on duty.",
    findings: [
      { statement: "Officers work 12-15 hours a day and about 84 hours a week, against the 40 hours of the Labour Law; time off in lieu is rarely granted.", aspect: "A2", severity: "HIGH", raisedBy: 14,
        figures: [{ value: 84, unit: "hours/week", measures: "average weekly working time" }, { value: 40, unit: "hours/week", measures: "legal working week" }] },
      { statement: "A drunk visitor punched the duty officer during the Spring Festival night shift and was never dealt with.", quote: "We are told to keep the relationship with the public, so we swallow it.", aspect: "A1", severity: "HIGH", raisedBy: 6 },
    ],
  },
  {
    unit: "BR-NG", kind: "UNIT_REPORT", day: 0, participants: { leader: 4, section_chief: 6 },
    notes: "Report of the sub-bureau's leadership.",
    findings: [
      { statement: "Each officer spends 300-500 yuan a month of own money on meals, phone and travel for work; the meal allowance of 70 yuan has not changed since 1995.", aspect: "A3", severity: "HIGH", raisedBy: 10,
        figures: [{ value: 400, unit: "yuan/month", measures: "own money spent on work" }, { value: 70, unit: "yuan/month", measures: "meal allowance" }] },
    ],
  },
  {
    unit: "PS-DQ", kind: "SEMINAR", day: 3, participants: { section_chief: 2, officer: 11 },
    notes: "Community officers' seminar.",
    findings: [
      { statement: "One community officer is responsible for 3,400 households; police strength is far below need.", aspect: "F1", severity: "HIGH", raisedBy: 9,
        figures: [{ value: 3400, unit: "households", measures: "households per community officer" }] },
      { statement: "Postings far from home: some officers leave at 6:00 and spend three hours a day commuting.", aspect: "F5", severity: "MEDIUM", raisedBy: 4 },
    ],
  },
  {
    unit: "SQ-NG", kind: "SEMINAR", day: 4, participants: { section_chief: 1, officer: 9 },
    notes: "Squadron seminar on weapons and case procedure.",
    findings: [
      { statement: "The squadron has one gun; weapons are locked at the brigade, and officers have defended themselves with bricks during arrests.", quote: "Why does the police arrest people without guns?", aspect: "B3", severity: "HIGH", raisedBy: 7 },
      { statement: "Cases are passed from station to squadron to brigade; clues are lost and police power wasted.", aspect: "B5", severity: "MEDIUM", raisedBy: 5 },
    ],
  },
  {
    unit: "DT-PT", kind: "UNIT_REPORT", day: 5, participants: { leader: 3, section_chief: 4 },
    notes: "Patrol detachment report on premises.",
    findings: [
      { statement: "17 police districts work from leased rooms, some on the 6th and 7th floor, unsuited to rapid response.", aspect: "B2", severity: "MEDIUM", raisedBy: 3,
        figures: [{ value: 17, unit: "districts", measures: "police districts in leased offices" }] },
    ],
  },
  {
    unit: "PS-XM", kind: "SEMINAR", day: 6, participants: { leader: 1, section_chief: 2, officer: 12 },
    notes: "Station seminar on non-police tasks and inspections.",
    findings: [
      { statement: "Non-police tasks (demolition, fee collection, event guarding) take officers away from basic work.", aspect: "B6", severity: "MEDIUM", raisedBy: 8 },
      { statement: "Inspections from different bureau departments come one after another, each asking for the same material.", quote: "They asked why there were three cigarette butts in the yard.", aspect: "D4", severity: "MEDIUM", raisedBy: 6 },
    ],
  },
  {
    unit: "DT-CR", kind: "SEMINAR", day: 8, participants: { section_chief: 3, officer: 10 },
    notes: "Criminal police detachment seminar.",
    findings: [
      { statement: "No interrogation or detention room; case funds run out and evidence collection stalls.", aspect: "B2", severity: "HIGH", raisedBy: 6 },
      { statement: "Training is theoretical and repeated; shooting practice has no realistic range.", aspect: "E4", severity: "MEDIUM", raisedBy: 5 },
    ],
  },
  {
    unit: "OF-LG", kind: "INDIVIDUAL_TALK", day: 9, participants: { officer: 1 },
    notes: "Individual talk at headquarters.",
    findings: [
      { statement: "The headquarters bath is poor and the canteen unhygienic.", aspect: "D8", severity: "LOW", raisedBy: 1 },
    ],
  },
  {
    unit: "PS-JL", kind: "SEMINAR", day: 11, participants: { leader: 1, officer: 13 },
    notes: "Station seminar on entitlements.",
    findings: [
      { statement: "Heating bills of 1993-95 were never reimbursed; back pay and the 6,000-yuan cadre allowance arrived late.", aspect: "A5", severity: "MEDIUM", raisedBy: 9,
        figures: [{ value: 6000, unit: "yuan", measures: "cadre allowance paid late" }] },
    ],
  },
  {
    unit: "BR-SY", kind: "UNIT_REPORT", day: 12, participants: { leader: 3, section_chief: 5 },
    notes: "Shuangyang sub-bureau report.",
    findings: [
      { statement: "Officers have no medical insurance yet; medical bills of up to 20,000 yuan per person are unpaid.", aspect: "A4", severity: "HIGH", raisedBy: 8,
        figures: [{ value: 20000, unit: "yuan", measures: "unreimbursed medical bills of one officer" }] },
    ],
  },
  {
    unit: "OF-PD", kind: "SEMINAR", day: 14, participants: { section_chief: 4, officer: 6 },
    notes: "Political Department's own seminar.",
    findings: [
      { statement: "Political instructors at stations are absorbed by daily business and do little ideological work.", aspect: "F4", severity: "MEDIUM", raisedBy: 5 },
      { statement: "The campaign should become a regular practice of grassroots research.", quote: "For the first time I could tell the city bureau what is in my heart.", aspect: "G1", severity: "LOW", raisedBy: 10 },
    ],
  },
];
