// The demo questionnaire: every question type, all 7 report sections, coarse profile bands with
// "prefer not to say". Keys are stable column names for paper templates and exports. Every text
// is in English (the questionnaire's own language, as the seed report reached us) and in Chinese,
// written as the report's original would be: the Political Department's plain official register.

type DemoQuestionType = "SINGLE_CHOICE" | "MULTI_CHOICE" | "LIKERT" | "NUMBER" | "TEXT";
type DemoOption = [value: string, label: string, labelZh: string];
export type DemoQuestion = {
  key: string;
  type: DemoQuestionType;
  prompt: string;
  promptZh: string;
  help?: string;
  helpZh?: string;
  required?: boolean;
  aspect?: string;
  profile?: "ROLE_LEVEL" | "SERVICE_YEARS" | "AGE_BAND";
  options?: DemoOption[];
  number?: { unit: string; unitZh: string; min: number; max: number; norm?: number; normLabel?: string; normLabelZh?: string };
};
export type DemoSection = { title: string; titleZh: string; questions: DemoQuestion[] };

const NOT_SAY: DemoOption = ["prefer_not", "Prefer not to say", "不愿透露"];
export const LIKERT_LABELS: [en: string, zh: string][] = [
  ["Strongly disagree", "非常不同意"],
  ["Disagree", "不同意"],
  ["Neutral", "一般"],
  ["Agree", "同意"],
  ["Strongly agree", "非常同意"],
];

export const DEMO_QUESTIONNAIRE: { title: string; titleZh: string; intro: string; introZh: string; sections: DemoSection[] } = {
  title: "Listening campaign questionnaire",
  titleZh: "倾听民警心声调查问卷",
  intro: "Tell the city bureau what makes your work hard and what should change. Your answers are anonymous.",
  introZh: "请如实向市局反映工作中的困难和需要改进的问题。本问卷不记名填写。",
  sections: [
    {
      title: "About you (optional)",
      titleZh: "基本情况（选填）",
      questions: [
        { key: "role_level", type: "SINGLE_CHOICE", profile: "ROLE_LEVEL", prompt: "Your level", promptZh: "您的职级", options: [["leader", "Unit leader", "单位领导"], ["section_chief", "Section chief or instructor", "科所队长或教导员"], ["officer", "Front-line officer", "一线民警"], NOT_SAY] },
        { key: "service_years", type: "SINGLE_CHOICE", profile: "SERVICE_YEARS", prompt: "Years of service", promptZh: "从警年限", options: [["0_5", "Under 5 years", "5年以下"], ["5_15", "5 to 15 years", "5至15年"], ["15_plus", "Over 15 years", "15年以上"], NOT_SAY] },
        { key: "age_band", type: "SINGLE_CHOICE", profile: "AGE_BAND", prompt: "Age", promptZh: "年龄", options: [["under_30", "Under 30", "30岁以下"], ["30_45", "30 to 45", "30至45岁"], ["over_45", "Over 45", "45岁以上"], NOT_SAY] },
      ],
    },
    {
      title: "A. Your rights and welfare",
      titleZh: "一、民警合法权益保障",
      questions: [
        { key: "hours_day", type: "NUMBER", required: true, aspect: "A2", prompt: "On a normal working day, how many hours do you work?", promptZh: "您每天平均工作多少小时？", number: { unit: "hours", unitZh: "小时", min: 0, max: 24, norm: 8, normLabel: "Statutory 8-hour day", normLabelZh: "法定每日8小时工作制" } },
        { key: "hours_week", type: "NUMBER", aspect: "A2", prompt: "In a normal week, how many hours do you work in total?", promptZh: "您每周累计工作多少小时？", number: { unit: "hours", unitZh: "小时", min: 0, max: 168, norm: 40, normLabel: "40 hours under the Labour Law", normLabelZh: "《劳动法》规定的每周40小时" } },
        { key: "own_money", type: "NUMBER", aspect: "A3", prompt: "How much of your own money do you spend on work in a month (meals, phone, travel)?", promptZh: "您每月因工作自掏腰包的费用（餐费、话费、交通费等）约为多少？", number: { unit: "yuan", unitZh: "元/月", min: 0, max: 5000 } },
        { key: "overtime_comp", type: "LIKERT", aspect: "A2", prompt: "My overtime is compensated with time off or pay.", promptZh: "我的加班能够得到补休或加班补助。" },
        { key: "legal_backing", type: "LIKERT", aspect: "A1", prompt: "When someone insults or attacks me on duty, the organisation backs me.", promptZh: "执勤执法中遭受辱骂、袭击时，组织能够为我撑腰。" },
        { key: "rights_text", type: "TEXT", aspect: "A5", prompt: "Which entitlement has not reached you (pay, leave, check-ups, insurance, housing)?", promptZh: "哪些应享待遇未落实到您身上（工资补贴、休假、体检、保险、住房等）？" },
      ],
    },
    {
      title: "B. Difficulties in your work",
      titleZh: "二、完成工作任务的困难",
      questions: [
        { key: "pressure", type: "SINGLE_CHOICE", aspect: "B1", required: true, prompt: "Which pressure weighs most on you?", promptZh: "您感到压力最大的是哪一方面？", options: [["work", "Workload", "工作任务"], ["mind", "Mental strain", "思想精神"], ["income", "Income against effort", "付出与收入不相称"], ["none", "None in particular", "没有特别突出的压力"]] },
        { key: "shortages", type: "MULTI_CHOICE", aspect: "B3", prompt: "What does your unit lack? (choose all that apply)", promptZh: "您所在单位缺少哪些保障？（可多选）", options: [["vehicles", "Vehicles", "警用车辆"], ["radios", "Radios and phones", "对讲机和通讯设备"], ["weapons", "Service weapons", "警用武器"], ["protective", "Protective gear", "防护装备"], ["premises", "Premises and rooms", "办公用房和业务用房"], ["funds", "Case-handling funds", "办案经费"]] },
        { key: "households", type: "NUMBER", aspect: "F1", prompt: "If you are a community officer: how many households are you responsible for?", promptZh: "如您是社区民警，您负责管理多少户居民？", number: { unit: "households", unitZh: "户", min: 0, max: 20000 } },
        { key: "work_text", type: "TEXT", aspect: "B1", prompt: "What makes it hardest to get your work done?", promptZh: "完成工作任务中，您遇到的最大困难是什么？" },
      ],
    },
    {
      title: "C. What dampens enthusiasm",
      titleZh: "三、影响工作积极性的因素",
      questions: [
        { key: "assessment_fair", type: "LIKERT", aspect: "C3", prompt: "Assessment of my unit and my work is fair and objective.", promptZh: "对我所在单位和我本人的考核评价客观公正。" },
        { key: "complaints_backing", type: "LIKERT", aspect: "C1", prompt: "When a complaint against me is unfounded, I am cleared quickly.", promptZh: "遭到不实投诉时，能够及时为我澄清正名。" },
      ],
    },
    {
      title: "D. Higher authorities",
      titleZh: "四、对上级机关的意见",
      questions: [
        { key: "meetings_burden", type: "LIKERT", aspect: "D2", prompt: "Meetings and documents from higher authorities take too much of my time.", promptZh: "上级机关的会议和文件占用我过多时间。" },
        { key: "inspections_month", type: "NUMBER", aspect: "D4", prompt: "How many inspections did your unit receive last month?", promptZh: "上个月您所在单位接受了多少次检查？", number: { unit: "inspections", unitZh: "次", min: 0, max: 60 } },
        { key: "authorities_text", type: "TEXT", aspect: "D1", prompt: "What should higher authorities do differently?", promptZh: "您希望上级机关在哪些方面改进工作？" },
      ],
    },
    {
      title: "E. Education and training",
      titleZh: "五、教育培训",
      questions: [
        { key: "training_useful", type: "LIKERT", aspect: "E1", prompt: "The training I received was practical and useful in my work.", promptZh: "我参加的培训贴近实战，对工作有帮助。" },
        { key: "training_days", type: "NUMBER", aspect: "E2", prompt: "How many days of training did you attend last year?", promptZh: "去年您共参加了多少天培训？", number: { unit: "days", unitZh: "天", min: 0, max: 120 } },
      ],
    },
    {
      title: "F. Establishment and cadres",
      titleZh: "六、警力编制和干部管理",
      questions: [
        { key: "promotion_open", type: "LIKERT", aspect: "F2", prompt: "Promotion and selection of cadres is open and fair.", promptZh: "干部选拔任用公开公平。" },
        { key: "commute_minutes", type: "NUMBER", aspect: "F5", prompt: "How long is your commute one way?", promptZh: "您单程上下班需要多长时间？", number: { unit: "minutes", unitZh: "分钟", min: 0, max: 300 } },
      ],
    },
    {
      title: "G. Suggestions to the Political Department",
      titleZh: "七、对政治部工作的意见建议",
      questions: [
        { key: "pd_listens", type: "LIKERT", aspect: "G1", prompt: "The Political Department knows the real situation at the grassroots.", promptZh: "政治部了解基层的真实情况。" },
        { key: "suggestion_text", type: "TEXT", aspect: "G2", prompt: "What one thing should the Political Department do next?", promptZh: "您认为政治部下一步最应当做好哪一件事？" },
      ],
    },
  ],
};
