// The seed report's organisation: one city bureau and the 21 units its 3 research groups visited
// (urban sub-bureaus, their police stations and criminal-police squadrons, detachments and bureau
// offices). Names follow the places the report mentions.
import type { RoleName } from "@/lib/auth/permissions";

type DemoUnitType = "BUREAU" | "BUREAU_OFFICE" | "BRANCH" | "DETACHMENT" | "STATION" | "SQUADRON";
export type DemoUnit = { code: string; name: string; nameZh: string; type: DemoUnitType; parent: string | null; headcount: number };

const ROOT_UNIT = "CITY";

export const DEMO_UNITS: DemoUnit[] = [
  { code: "CITY", name: "City Public Security Bureau", nameZh: "市公安局", type: "BUREAU", parent: null, headcount: 2600 },
  { code: "BR-NG", name: "Nanguan Sub-bureau", nameZh: "南关分局", type: "BRANCH", parent: "CITY", headcount: 310 },
  { code: "BR-KC", name: "Kuancheng Sub-bureau", nameZh: "宽城分局", type: "BRANCH", parent: "CITY", headcount: 280 },
  { code: "BR-CY", name: "Chaoyang Sub-bureau", nameZh: "朝阳分局", type: "BRANCH", parent: "CITY", headcount: 330 },
  { code: "BR-ED", name: "Erdao Sub-bureau", nameZh: "二道分局", type: "BRANCH", parent: "CITY", headcount: 260 },
  { code: "BR-SY", name: "Shuangyang Sub-bureau", nameZh: "双阳分局", type: "BRANCH", parent: "CITY", headcount: 190 },
  { code: "PS-MK", name: "Minkang Road Police Station", nameZh: "民康路派出所", type: "STATION", parent: "BR-NG", headcount: 42 },
  { code: "PS-DQ", name: "East Bridge Police Station", nameZh: "东桥派出所", type: "STATION", parent: "BR-KC", headcount: 36 },
  { code: "PS-XM", name: "Xinmin Street Police Station", nameZh: "新民街派出所", type: "STATION", parent: "BR-CY", headcount: 45 },
  { code: "PS-JL", name: "Jilin Avenue Police Station", nameZh: "吉林大路派出所", type: "STATION", parent: "BR-ED", headcount: 38 },
  { code: "PS-AP", name: "Airport Road Police Station", nameZh: "机场路派出所", type: "STATION", parent: "BR-ED", headcount: 29 },
  { code: "PS-SY", name: "Shuangyang Town Police Station", nameZh: "双阳镇派出所", type: "STATION", parent: "BR-SY", headcount: 24 },
  { code: "SQ-NG", name: "Nanguan Criminal-Police Squadron", nameZh: "南关刑警中队", type: "SQUADRON", parent: "BR-NG", headcount: 22 },
  { code: "SQ-CY", name: "Chaoyang Criminal-Police Squadron", nameZh: "朝阳刑警中队", type: "SQUADRON", parent: "BR-CY", headcount: 25 },
  { code: "DT-PT", name: "Patrol Detachment", nameZh: "巡警支队", type: "DETACHMENT", parent: "CITY", headcount: 260 },
  { code: "DT-SP", name: "Special Police Detachment", nameZh: "特警支队", type: "DETACHMENT", parent: "CITY", headcount: 120 },
  { code: "DT-CR", name: "Criminal Police Detachment", nameZh: "刑警支队", type: "DETACHMENT", parent: "CITY", headcount: 180 },
  { code: "DT-SE", name: "Security Police Detachment", nameZh: "治安支队", type: "DETACHMENT", parent: "CITY", headcount: 90 },
  { code: "DT-TR", name: "Traffic Police Detachment", nameZh: "交警支队", type: "DETACHMENT", parent: "CITY", headcount: 340 },
  { code: "OF-CC", name: "Command Centre (110)", nameZh: "指挥中心（110）", type: "BUREAU_OFFICE", parent: "CITY", headcount: 55 },
  { code: "OF-LG", name: "Logistics Office", nameZh: "警务保障处", type: "BUREAU_OFFICE", parent: "CITY", headcount: 40 },
  { code: "OF-PD", name: "Political Department", nameZh: "政治部", type: "BUREAU_OFFICE", parent: "CITY", headcount: 48 },
];

/** The 21 visited units (everything but the bureau itself). */
export const VISITED_UNITS = DEMO_UNITS.filter((u) => u.code !== ROOT_UNIT).map((u) => u.code);

export type DemoGroup = { name: string; nameZh: string; units: string[]; lead: string; members: string[] };

export const DEMO_GROUPS: DemoGroup[] = [
  {
    name: "Group 1",
    nameZh: "第一调研组",
    units: ["BR-NG", "PS-MK", "SQ-NG", "BR-KC", "PS-DQ", "DT-PT", "OF-CC"],
    lead: "lead@demo.local",
    members: [],
  },
  {
    name: "Group 2",
    nameZh: "第二调研组",
    units: ["BR-CY", "PS-XM", "SQ-CY", "DT-SP", "DT-CR", "DT-SE", "OF-LG"],
    lead: "lead2@demo.local",
    members: [],
  },
  {
    name: "Group 3",
    nameZh: "第三调研组",
    units: ["BR-ED", "PS-JL", "PS-AP", "BR-SY", "PS-SY", "DT-TR", "OF-PD"],
    lead: "lead3@demo.local",
    members: [],
  },
];

export type DemoUser = { email: string; name: string; role: RoleName; unit: string | null };

/** Demo accounts (demo data only; production creates its first admin from the environment). */
export const DEMO_PASSWORD = "listen-demo-2026";

export const DEMO_USERS: DemoUser[] = [
  { email: "admin@demo.local", name: "Zhao Min (admin)", role: "ADMIN", unit: "OF-PD" },
  { email: "head@demo.local", name: "Liu Qiang (head, Political Department)", role: "DEPARTMENT_HEAD", unit: ROOT_UNIT },
  { email: "branchhead@demo.local", name: "Sun Wei (head, Nanguan Sub-bureau)", role: "DEPARTMENT_HEAD", unit: "BR-NG" },
  { email: "lead@demo.local", name: "Chen Jie (lead, Group 1)", role: "RESEARCH_LEAD", unit: null },
  { email: "lead2@demo.local", name: "Wang Fang (lead, Group 2)", role: "RESEARCH_LEAD", unit: null },
  { email: "lead3@demo.local", name: "Li Na (lead, Group 3)", role: "RESEARCH_LEAD", unit: null },
];
