// The report's 16 numbered next-work measures, as follow-up actions with owners and deadlines.
export type DemoMeasure = {
  number: number;
  title: string;
  owner: string;
  dueDays: number; // after the campaign start
  status: "PLANNED" | "IN_PROGRESS" | "DONE" | "BLOCKED";
  aspect: string;
  category: "rights" | "workload" | "funding" | "equipment" | "training" | "staffing" | "other";
};

export const DEMO_MEASURES: DemoMeasure[] = [
  { number: 1, title: "Strengthen study and education; build a sense of service in the Political Department", owner: "Political Department, Education Section", dueDays: 90, status: "IN_PROGRESS", aspect: "G2", category: "other" },
  { number: 2, title: "Change the work style: go to the grassroots, tell the truth, do practical things", owner: "Political Department, General Office", dueDays: 120, status: "IN_PROGRESS", aspect: "G1", category: "other" },
  { number: 3, title: "Turn grassroots political work from deployment and inspection to guidance and service", owner: "Political Department, Political Work Section", dueDays: 150, status: "PLANNED", aspect: "G2", category: "other" },
  { number: 4, title: "Establish a long-term mechanism of job responsibilities and codes of conduct", owner: "Political Department, General Office", dueDays: 180, status: "PLANNED", aspect: "D1", category: "workload" },
  { number: 5, title: "Increase the intensity of officer training with yearly skill plans", owner: "Training Section", dueDays: 60, status: "DONE", aspect: "E2", category: "training" },
  { number: 6, title: "Choose training content for practical effect; stop repeated courses", owner: "Training Section", dueDays: 90, status: "IN_PROGRESS", aspect: "E3", category: "training" },
  { number: 7, title: "Adjust the teaching staff and improve training facilities", owner: "Police Academy", dueDays: 240, status: "PLANNED", aspect: "E4", category: "training" },
  { number: 8, title: "Reduce the burden on the grassroots: fewer meetings, documents and inspections", owner: "Bureau General Office", dueDays: 45, status: "IN_PROGRESS", aspect: "D2", category: "workload" },
  { number: 9, title: "Rationalise the establishment and the duties of grassroots units", owner: "Organisation and Establishment Section", dueDays: 200, status: "PLANNED", aspect: "F1", category: "staffing" },
  { number: 10, title: "Allocate police strength where it is most needed and request more posts", owner: "Personnel Section", dueDays: 120, status: "BLOCKED", aspect: "F1", category: "staffing" },
  { number: 11, title: "Deepen the reform of cadre selection: open competition for middle-level posts", owner: "Cadre Section", dueDays: 150, status: "IN_PROGRESS", aspect: "F2", category: "staffing" },
  { number: 12, title: "Strengthen grassroots political-work teams and instructors", owner: "Political Work Section", dueDays: 100, status: "PLANNED", aspect: "F4", category: "staffing" },
  { number: 13, title: "Build a scientific daily management and assessment mechanism", owner: "Supervision Section", dueDays: 160, status: "PLANNED", aspect: "C3", category: "staffing" },
  { number: 14, title: "Commend active collectives and individuals; tilt awards to station basic work", owner: "Publicity Section", dueDays: 30, status: "DONE", aspect: "G4", category: "staffing" },
  { number: 15, title: "Promote advanced models and care for the families of heroes", owner: "Publicity Section", dueDays: 75, status: "IN_PROGRESS", aspect: "G4", category: "staffing" },
  { number: 16, title: "Enforce the rest and leave system and make it part of leaders' assessment", owner: "Personnel Section", dueDays: 60, status: "IN_PROGRESS", aspect: "A2", category: "rights" },
];
