// The demo questionnaire: every question type, all 7 report sections, coarse profile bands with
// "prefer not to say". Keys are stable column names for paper templates and exports.

export type DemoQuestionType = "SINGLE_CHOICE" | "MULTI_CHOICE" | "LIKERT" | "NUMBER" | "TEXT";
export type DemoQuestion = {
  key: string;
  type: DemoQuestionType;
  prompt: string;
  help?: string;
  required?: boolean;
  aspect?: string;
  profile?: "ROLE_LEVEL" | "SERVICE_YEARS" | "AGE_BAND";
  options?: [value: string, label: string][];
  number?: { unit: string; min: number; max: number; norm?: number; normLabel?: string };
};
export type DemoSection = { title: string; questions: DemoQuestion[] };

const NOT_SAY: [string, string] = ["prefer_not", "Prefer not to say"];
export const LIKERT_LABELS = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"];

export const DEMO_QUESTIONNAIRE: { title: string; intro: string; sections: DemoSection[] } = {
  title: "Listening campaign questionnaire",
  intro: "Tell the city bureau what makes your work hard and what should change. Your answers are anonymous.",
  sections: [
    {
      title: "About you (optional)",
      questions: [
        { key: "role_level", type: "SINGLE_CHOICE", profile: "ROLE_LEVEL", prompt: "Your level", options: [["leader", "Unit leader"], ["section_chief", "Section chief or instructor"], ["officer", "Front-line officer"], NOT_SAY] },
        { key: "service_years", type: "SINGLE_CHOICE", profile: "SERVICE_YEARS", prompt: "Years of service", options: [["0_5", "Under 5 years"], ["5_15", "5 to 15 years"], ["15_plus", "Over 15 years"], NOT_SAY] },
        { key: "age_band", type: "SINGLE_CHOICE", profile: "AGE_BAND", prompt: "Age", options: [["under_30", "Under 30"], ["30_45", "30 to 45"], ["over_45", "Over 45"], NOT_SAY] },
      ],
    },
    {
      title: "A. Your rights and welfare",
      questions: [
        { key: "hours_day", type: "NUMBER", required: true, aspect: "A2", prompt: "On a normal working day, how many hours do you work?", number: { unit: "hours", min: 0, max: 24, norm: 8, normLabel: "Statutory 8-hour day" } },
        { key: "hours_week", type: "NUMBER", aspect: "A2", prompt: "In a normal week, how many hours do you work in total?", number: { unit: "hours", min: 0, max: 168, norm: 40, normLabel: "40 hours under the Labour Law" } },
        { key: "own_money", type: "NUMBER", aspect: "A3", prompt: "How much of your own money do you spend on work in a month (meals, phone, travel)?", number: { unit: "yuan", min: 0, max: 5000 } },
        { key: "overtime_comp", type: "LIKERT", aspect: "A2", prompt: "My overtime is compensated with time off or pay." },
        { key: "legal_backing", type: "LIKERT", aspect: "A1", prompt: "When someone insults or attacks me on duty, the organisation backs me." },
        { key: "rights_text", type: "TEXT", aspect: "A5", prompt: "Which entitlement has not reached you (pay, leave, check-ups, insurance, housing)?" },
      ],
    },
    {
      title: "B. Difficulties in your work",
      questions: [
        { key: "pressure", type: "SINGLE_CHOICE", aspect: "B1", required: true, prompt: "Which pressure weighs most on you?", options: [["work", "Workload"], ["mind", "Mental strain"], ["income", "Income against effort"], ["none", "None in particular"]] },
        { key: "shortages", type: "MULTI_CHOICE", aspect: "B3", prompt: "What does your unit lack? (choose all that apply)", options: [["vehicles", "Vehicles"], ["radios", "Radios and phones"], ["weapons", "Service weapons"], ["protective", "Protective gear"], ["premises", "Premises and rooms"], ["funds", "Case-handling funds"]] },
        { key: "households", type: "NUMBER", aspect: "F1", prompt: "If you are a community officer: how many households are you responsible for?", number: { unit: "households", min: 0, max: 20000 } },
        { key: "work_text", type: "TEXT", aspect: "B1", prompt: "What makes it hardest to get your work done?" },
      ],
    },
    {
      title: "C. What dampens enthusiasm",
      questions: [
        { key: "assessment_fair", type: "LIKERT", aspect: "C3", prompt: "Assessment of my unit and my work is fair and objective." },
        { key: "complaints_backing", type: "LIKERT", aspect: "C1", prompt: "When a complaint against me is unfounded, I am cleared quickly." },
      ],
    },
    {
      title: "D. Higher authorities",
      questions: [
        { key: "meetings_burden", type: "LIKERT", aspect: "D2", prompt: "Meetings and documents from higher authorities take too much of my time." },
        { key: "inspections_month", type: "NUMBER", aspect: "D4", prompt: "How many inspections did your unit receive last month?", number: { unit: "inspections", min: 0, max: 60 } },
        { key: "authorities_text", type: "TEXT", aspect: "D1", prompt: "What should higher authorities do differently?" },
      ],
    },
    {
      title: "E. Education and training",
      questions: [
        { key: "training_useful", type: "LIKERT", aspect: "E1", prompt: "The training I received was practical and useful in my work." },
        { key: "training_days", type: "NUMBER", aspect: "E2", prompt: "How many days of training did you attend last year?", number: { unit: "days", min: 0, max: 120 } },
      ],
    },
    {
      title: "F. Establishment and cadres",
      questions: [
        { key: "promotion_open", type: "LIKERT", aspect: "F2", prompt: "Promotion and selection of cadres is open and fair." },
        { key: "commute_minutes", type: "NUMBER", aspect: "F5", prompt: "How long is your commute one way?", number: { unit: "minutes", min: 0, max: 300 } },
      ],
    },
    {
      title: "G. Suggestions to the Political Department",
      questions: [
        { key: "pd_listens", type: "LIKERT", aspect: "G1", prompt: "The Political Department knows the real situation at the grassroots." },
        { key: "suggestion_text", type: "TEXT", aspect: "G2", prompt: "What one thing should the Political Department do next?" },
      ],
    },
  ],
};
