// Hand-written prior knowledge: the vocabulary a domain expert associates with each aspect and
// category, in both languages. It lets the model recognise words the labelled examples never used,
// and it is where an admin-side expert adds words without writing examples. Terms are run through
// the same tokenizer as comments, so "patrol car" becomes a phrase feature and "警车" a word plus
// its character bigrams. Sources: PRODUCT.md's category glosses and the seed report's sections.
// Aspect terms also count for the aspect's primary category.

import { ASPECTS, CATEGORIES, type Category } from "./taxonomy";

const ASPECT_TERMS: Record<string, string> = {
  A1: "assault, assaulted, attacked, beaten, beat up, punched, slapped, kicked, bitten, spat, insulted, abusive, swore at, threatened, violence against officers, resisting arrest, obstruct, obstruction, drunk, drunken, troublemaker, dignity, humiliated, legal protection, legal backing, harassed, filmed, attacker, assaulting, headbutted, abused, verbal abuse, slander, slandered, attack officers, hit a cop; 袭警, 暴力抗法, 抗法, 殴打, 打伤, 被打, 挨打, 扇耳光, 吐口水, 辱骂, 谩骂, 骂人, 侮辱, 威胁, 恐吓, 抓伤, 咬伤, 醉汉, 醉酒, 闹事, 滋事, 寻衅, 妨碍公务, 阻碍执法, 人身安全, 人格尊严, 尊严, 执法权威, 法律保护, 执法环境, 拍视频, 憋屈",
  A2: "overtime, overtime pay, unpaid overtime, time off in lieu, comp days, compensatory leave, days off, day off, rest day, weekends, holidays, public holiday, national day, spring festival, night duty, duty pay, 40 hours, 84 hours, labor law, triple pay, no rest, OT, unpaid OT, OT pay, TOIL, lieu, lieu days, days in lieu, days off in lieu, comp time, comp leave, standby, holiday pay; 加班, 加班费, 加班补贴, 补休, 调休, 倒休, 轮休, 休息日, 周末, 双休, 节假日, 法定假日, 春节, 国庆, 长假, 值班费, 通宵, 连轴转, 劳动法, 四十小时, 休息时间, 没有补偿, 三倍工资",
  A3: "allowance, subsidy, meal allowance, meal subsidy, travel allowance, travel standard, accommodation, phone bill, communication fee, taxi, fuel, petrol, own money, own pocket, out of pocket, stakeout, per diem, hazard allowance, mileage, phone credit, expense claims, subsidies, allowances; 补贴, 补助, 津贴, 误餐, 餐补, 伙食补助, 差旅费, 差旅补贴, 住宿费, 住宿标准, 话费, 通讯费, 通讯补贴, 打车, 油费, 加油, 自掏腰包, 自己掏, 自己出钱, 垫付, 垫钱, 贴钱, 保健津贴",
  A4: "medical, medical insurance, health insurance, medical card, medical bills, medical costs, hospital, doctor, treatment, medicine, drug costs, reimbursement, reimbursed, chronic illness, occupational disease, injury on duty, hospital bills, medical expenses, medical claims, surgery, prescription, prescriptions, meds, medication, clinic, healthcare, outpatient; 医疗, 医保, 医疗保险, 医疗卡, 医保卡, 医药费, 医疗费, 药费, 看病, 住院, 医院, 治疗, 报销, 公费医疗, 慢性病, 职业病, 因公受伤, 因公负伤, 买药",
  A5: "back pay, wages owed, unpaid wages, arrears, outstanding pay, never paid, transfer subsidy, annual leave, paid leave, leave request, vacation, health check, check-up, physical examination, personal insurance, life insurance, housing, housing allocation, flat, housing subsidy, rank allowance, entitlements, owed, bonus owed, checkup, checkups, medical exam, physical exam, housing allowance, leave entitlement, benefits never paid; 欠发, 拖欠工资, 补发, 军转干部, 年假, 年休假, 休假, 公休, 疗养, 体检, 身体检查, 人身保险, 分房, 住房, 房子, 住房补贴, 警衔津贴, 待遇, 兑现",
  B1: "pressure, stress, stressed, overload, overloaded, overworked, exhausted, exhaustion, burnout, worn out, insomnia, nerves, tension, heart trouble, targets, clearance rate, crime rate, quota, special operations, too many cases, never home, donations, donate, charity, same pay, income, earn less, civil servants, imbalance, burnt out, burned out, overwork, anxiety, sleeping pills, collapse, unbearable, mental pressure, underpaid, quotas, arrest quota; 压力, 压力大, 超负荷, 透支, 累垮, 疲惫, 身心俱疲, 失眠, 神经衰弱, 紧张, 心脏病, 指标, 破案率, 发案率, 任务重, 专项行动, 不回家, 捐款, 爱心捐款, 募捐, 收入, 工资低, 同工不同酬, 心理不平衡, 公务员, 喘不过气",
  B2: "funds, funding, budget, office budget, case funds, no money, shortage of funds, expenses, bills, electricity, power cut, heating bill, heating, rent, lease, overdue, unpaid bills, finance, appropriation, approved, costs, underfunded, budget cuts, cash-strapped, utility bills, utilities, electric bill, water bill, sponsorship, travel budget, allocation, funding gap, out of funds, disconnected, fiscal year, contingency fund; 经费, 办案经费, 办公经费, 经费紧张, 没钱, 缺钱, 资金, 预算, 拨款, 财政, 开支, 费用, 电费, 停电, 暖气费, 取暖费, 供暖, 房租, 欠费, 电话费, 批不下来, 花光",
  B3: "equipment, gear, vehicle, car, cars, patrol car, police car, garage, repair, broken down, radio, walkie-talkie, gun, firearm, pistol, weapon, ammunition, body armour, body armor, vest, helmet, baton, computer, body cam, body cams, bodycam, body camera, body cameras, stab vest, stab vests, bulletproof vest, taser, tasers, pepper spray, handcuffs, cuffs, torch, torches, flashlight, flashlights, motorbike, motorbikes, motorcycle, police van, tyres, brakes, printers, uniforms, walkie-talkies, radios, kit, laptop, laptops, desktop, desktops, scanner, scanners, fingerprint scanner, CCTV, cameras, drone, drones, breathalyser, breathalyzer, alcohol tester, forensic kit, riot shield, riot shields, gas masks, generator, GPS, police terminals, lockers, dilapidated, leaking roof; 装备, 警车, 车辆, 巡逻车, 修理厂, 修车, 维修, 对讲机, 电台, 通讯设备, 枪, 枪支, 配枪, 手枪, 子弹, 武器, 防弹衣, 防刺背心, 头盔, 钢盔, 警棍, 执法记录仪, 电脑, 单警装备",
  B4: "110, dispatch, dispatched, patrol officers, patrol police, criminal squadron, squadron, coordination, cooperate, cooperation, share information, passing the buck, bounced, jurisdiction, districts, crime scene, scene protection, cherry-pick, command centre, command center, dispatch centre, dispatch center, dispatcher, shared database; 110, 指挥中心, 派警, 接警, 处警, 巡警, 刑警中队, 中队, 配合, 协作, 联动, 衔接, 推诿, 扯皮, 踢皮球, 信息共享, 辖区交界, 管辖, 现场保护, 挑案子, 交接",
  B5: "case procedure, procedure, handover, hand-over, handed over, pre-trial, interrogation, clues, leads, evidence lost, evidence chain, continuity, case files, prosecution, approval signatures, witnesses, investigate to the end, prosecutor, prosecutors, procuratorate, signatures, detention approval; 办案程序, 程序, 移交, 转手, 流转, 预审, 审讯, 线索, 证据链, 取证, 笔录, 卷宗, 起诉, 检察院, 环节, 手续, 退补, 超期, 证人, 深挖",
  B6: "non-police, not police work, newspaper, newspapers, subscriptions, subscribe, bicycle shed, bike shelter, stairwell lights, parking lot, demolition, investment promotion, street office, sanitation, collect debts, litter, errands, ribbon-cutting, relocation, forced relocation, collect fees, developer, magazines, handyman, flyers, leaflets, census, lottery tickets, tourism; 非警务, 非警务活动, 订报纸, 报刊, 征订, 摊派, 车棚, 楼道灯, 停车场, 拆迁, 拆违, 强拆, 招商引资, 创卫, 街道, 催收, 本职工作",
  B7: "family, wife, husband, spouse, children, child, kids, son, daughter, school, grandparents, marriage, divorce, divorced, partners, childcare, kindergarten, guilt, kid, mum, mom, baby, newborn, newborns, girlfriend, boyfriend, birth, parental leave, elderly parents, dad, daddy, father, mother, toddler, wedding, funeral; 家庭, 爱人, 老婆, 媳妇, 妻子, 丈夫, 孩子, 子女, 儿子, 女儿, 上学, 接送, 家长会, 高考, 婚姻, 离婚, 夫妻, 顾不上家, 入托, 幼儿园, 有愧",
  B8: "family finances, household income, household budget, laid off, unemployed, only income, one income, mortgage, loan, borrow money, school fees, tuition, cost of living, struggling, hardship, debt, debts, in debt, jobless, payday, savings, financial hardship, one salary; 家庭经济, 家庭收入, 下岗, 失业, 没工作, 买断工龄, 一份收入, 房贷, 车贷, 借钱, 学费, 生活费, 生活困难, 紧巴巴, 入不敷出, 养家, 经济压力, 吃不消",
  C1: "complaint, complaints, false complaint, malicious complaint, petition, petitions, petitioning, accused, false accusation, framed, hotline, mayor's hotline, suspended, investigated, backing, back us, apologise, scapegoat, wronged, 12345, complainant, complainants, complainers, baseless, went viral, viral, written warning, malicious; 投诉, 恶意投诉, 不实投诉, 上访, 信访, 缠访, 闹访, 举报, 诬告, 冤枉, 停职, 撑腰, 维护民警, 赔礼道歉, 道歉, 背锅, 澄清, 市长热线, 息事宁人, 寒心, 弱势群体",
  C2: "too strict, strict, prohibitions, bans, discipline, disciplinary, blame, blamed, accountability, accountable, punished, punishment, circular, reprimand, afraid, fear, timid, dare, initiative, mistakes, mistake, tolerance, high-voltage line, zero tolerance, scared, paranoid, lifetime accountability, hesitate, forbidden; 高压线, 禁令, 太严, 过严, 纪律, 问责, 追责, 追究, 处分, 通报, 怕担责任, 担当, 不敢, 怕出事, 缩手缩脚, 提心吊胆, 多干多错, 不求有功, 容错, 出错, 差错, 保护自己, 安全感",
  C3: "assessment, evaluation, appraisal, performance appraisal, scoring, scores, points, ranking, rankings, year-end scores, not scientific, unfair evaluation, padded, yardstick, criteria, KPI, KPIs, metrics, league table, popularity contest, ratings, points deducted, score sheet, scored, ranked last; 考核, 考评, 评比, 绩效, 绩效考核, 打分, 分数, 扣分, 排名, 年终考核, 考核指标, 考核办法, 不科学, 不客观, 水分, 一刀切, 体现不出来, 评价体系",
  D1: "rules, rule, regulations, regulation, policy, policies, unrealistic, impractical, unworkable, behind closed doors, without research, consultation, consulted, pilot, cannot be applied, contradict, enforcement code, standards too high, arrest rate, drug rehabilitation, drug users, regs, directive, directives, new rules, new standard, drafted; 规定, 制度, 政策, 办法, 规范, 出台, 闭门造车, 拍脑袋, 不切实际, 不符合实际, 脱离实际, 落地, 执行不了, 可操作性, 征求意见, 试点, 相互矛盾, 标准太高, 逮捕率, 戒毒, 强戒",
  D2: "meeting, meetings, conference, video conference, minutes, documents, circulars, notices, paperwork, relay, too many meetings, teleconference, red-header documents, sign-in sheets, briefings; 会议, 开会, 视频会议, 大会, 传达, 会议精神, 会议记录, 文件, 红头文件, 发文, 下发, 文山会海",
  D3: "tasks, task, assignments, assigned, assigns, deadline, deadlines, temporary tasks, priorities, overall plan, coordinate, every department, one after another, extra requirements, ad hoc, urgent task, urgent tasks, top priority, work plan; 任务, 布置任务, 临时任务, 指令性, 时限, 限期, 期限, 统筹, 规划, 工作计划, 主次不分, 多头, 层层加码, 压给派出所, 专项, 打乱",
  D4: "inspection, inspections, inspect, inspection team, inspection groups, inspectors, inspected, checks, supervision, surprise checks, ledgers, audit, spot checks, audits, inspection prep, checkers; 检查, 检查组, 迎检, 督查, 督导, 督察, 暗访, 明察暗访, 台账, 检查团, 验收, 抽查, 考核组",
  D5: "arrogant, rude, scold, lecture us, nitpick, nitpicking, fault-finding, hunting for faults, privilege, personal favour, abuse of power, look down, bossy, headquarters staff, officials, condescending, banquet, banquets, gifts, privileges; 挑毛病, 挑刺, 刁难, 架子, 摆架子, 傲慢, 训人, 指手画脚, 特权, 办私事, 以权谋私, 吃拿卡要, 招待, 机关干部, 上级干部, 作风",
  D6: "reports, statistics, figures, numbers, data, forms, form-filling, spreadsheets, monthly reports, year-end summaries, reporting systems, clerk, stats, excel, data entry, templates, re-enter, weekly report, quarterly report; 报表, 统计, 数据, 报送, 上报, 填表, 表格, 月报, 周报, 总结, 年终总结, 分析材料, 简报, 录入, 内勤, 口径",
  D7: "slogan, slogans, promise, promises, pledge, pledges, service pledge, whenever in trouble, 24 hours, at your service, locks, locksmith, locksmiths, plumber, plumbers, snakes, lost cats, barking dog, helpline, propaganda, all-purpose; 口号, 承诺, 服务承诺, 有困难找警察, 有求必应, 二十四小时, 24小时, 服务员, 万能, 开锁, 求助, 职责边界",
  D8: "canteen, cafeteria, food, dishes, bathhouse, bath, shower, hot water, furniture, desks, chairs, lift, elevator, office building, headquarters building, logistics, dormitory, hygiene, aircon, toilets, shower room, showers, dorm, mould, mold, cramped; 食堂, 饭菜, 伙食, 碗筷, 浴池, 澡堂, 洗澡, 热水, 桌椅, 椅子, 桌子, 办公桌, 空调, 电梯, 办公楼, 机关大楼, 后勤, 宿舍, 卫生",
  E1: "training content, courses, outdated, out of date, textbook, materials, theory, lectures, practical, practical skills, hands-on, scenario, case studies, relevant, tailored, targeted, tactics, self-defence, live firing, new law, first aid, powerpoint, slides, cybercrime, telecom fraud, restraint techniques, mediation skills, theoretical; 培训内容, 教材, 课件, 陈旧, 过时, 理论, 大道理, 实用, 实战, 实操, 案例, 针对性, 岗位需要, 技能, 擒敌, 实弹, 用不上",
  E2: "training too short, short course, squeezed, rushed, full-time study, away on courses, clash with work, targets while training, training clashes, on a course, during training, pulled out of the course; 培训时间, 时间太短, 太短, 压缩, 仓促, 脱产, 脱产学习, 工学矛盾, 参训期间, 学习期间, 培训期间, 走过场, 学时",
  E3: "repeated, repetition, repeats, same course, same material, same teacher, same lecture, same people, overlapping, duplicate, coverage, training places, training record, refresher, recycled, same slides, training quota; 重复, 重复培训, 内容重复, 同样的, 同一个老师, 同一批人, 普及率, 覆盖面, 名额, 凑数, 轮不上, 培训档案",
  E4: "facilities, training facilities, shooting range, range, gym, training equipment, simulation, trainers, qualified teachers, lecturers, teaching staff, firing range, training ground, training centre, training center, mats, training venue, projectors, trainers with no experience, dummies, simulator, simulators, training base, training hall; 训练场, 训练馆, 场地, 靶场, 打靶, 射击, 健身, 器材, 模拟训练, 设施, 师资, 教官, 老师, 教员, 授课, 警校, 培训基地, 教室",
  F1: "understaffed, short of officers, shortage of officers, too few officers, not enough officers, manpower, police strength, headcount, households, residents, population, nobody could replace, new officers, recruits, on duty at night, does three jobs, short-staffed, understaffing, auxiliary, auxiliaries, rota, sick leave, vacancies, vacancy, replacements; 警力, 警力不足, 人手, 人手不够, 缺人, 户数, 人口, 替班, 顶岗, 没人替, 新警, 青黄不接",
  F2: "promotion, promoted, promote, reserve cadre, reserve list, age limit, degree, diploma, bachelor's degree, rank promotion, non-leadership, criteria, transparent, chosen in advance, competition for posts, prospects, seniority, career, career prospects, connections, age cut-off, promotion list, promotions; 提拔, 晋升, 后备干部, 学历, 本科, 文凭, 职级, 非领导职务, 透明, 不透明, 公示, 竞争上岗, 内定, 论资排辈, 前途, 盼头, 晋升空间, 上不去",
  F3: "cadre management, cadres, rotation, rotate, exchange of cadres, appointment, appointing, approval, middle managers, retired cadres, veteran cadres, demoted, vitality, same post, personnel system, deploy, demote, reshuffle, appointments; 干部管理, 干部, 交流, 轮岗, 任用, 任免, 中层干部, 老干部, 退休干部, 能上不能下, 能进不能出, 活力, 人事, 用人自主权, 审批",
  F4: "political instructor, instructor, instructors, political commissar, commissar, authority, political instructors, instructor post; 指导员, 教导员, 政委, 重业务轻政治, 权威, 边缘",
  F5: "far from home, far away, distance, commute, commuting, drive home, transfer closer, posting, remote, shuttle bus, transfer request, transfer requests, closer to home, km from home; 离家远, 离家太远, 路上, 通勤, 班车, 上下班, 就近, 调近, 调动, 最远, 两地分居, 交流到",
  G1: "research, survey, questionnaire, listening, listen to us, hear us, come down, visit, visits, campaign, routine, regular, feedback, real situation, first time, surveys, listening sessions; 调研, 问卷, 座谈, 座谈会, 听取意见, 倾听, 下基层, 下来看看, 蹲点, 真实情况, 反馈, 落实情况, 坚持下去, 常来, 第一次, 心里话, 警示工程",
  G2: "ideological work, political education, political study, formalism, for show, empty, preaching, heart-to-heart, psychological, counselling, mental health, visiting officers, concrete difficulties, counsellor, counselor, counseling, wellbeing, morale, box-ticking, warmth, stress counselling, trauma, traumatic, psychologist, peer support; 思想政治工作, 思想工作, 政治学习, 政治教育, 形式主义, 花架子, 说教, 空洞, 关心, 关怀, 谈心, 心理, 心理咨询, 心理辅导, 心理疏导, 温暖, 人情味",
  G3: "political cadres, political-work cadres, political staff, political teams, political work, party work, party affairs, party branch, organisation, competent, capable, trust, choose, select, political officers, publicity; 政工干部, 政工队伍, 政工, 政工岗位, 政工力量, 党建, 党支部, 组织工作, 配强, 配齐, 素质, 信得过, 选拔",
  G4: "recognition, recognised, award, awards, merit, merit awards, commendation, commendations, praise, honour, honor, role model, model officer, heroes, excellence, basic work, ordinary officers, medals, medal, commended, outstanding officer, unsung; 表彰, 奖励, 立功, 嘉奖, 表扬, 荣誉, 评功评奖, 评先评优, 先进, 典型, 先进事迹, 默默无闻, 基础工作, 肯定, 英雄",
};

// Terms that describe a category as a whole rather than one aspect.
const CATEGORY_TERMS: Record<Category, string> = {
  rights:
    "rights, welfare, benefits, treatment, pay, salary, wages, compensation, legitimate rights; 权益, 合法权益, 福利, 待遇, 工资, 补偿",
  workload:
    "workload, burden, busy, working hours, hours, overtime work, too much work, hrs; 工作量, 负担, 减负, 忙, 工作时间, 太累",
  funding: "money, budget, funds, cost, costs, afford, spend, spent, yuan, underfunded, cash; 钱, 经费, 资金, 费用, 花钱, 没钱",
  equipment:
    "equipment, vehicles, facilities, premises, building, office space, rooms, interrogation room, logistics; 装备, 车辆, 设施, 房屋, 办公用房, 审讯室, 留置室, 后勤, 器材",
  training:
    "training, train, trained, course, courses, class, study, learn, exam; 培训, 训练, 课程, 学习, 考试, 教育训练",
  staffing:
    "staffing, manpower, cadre, cadres, promotion, posting, evaluation, personnel; 警力, 干部, 提拔, 人事, 编制, 队伍建设",
  other: "suggestion, thank, thanks, nothing to add, no comment, none, nil, nope, nothing further, no suggestions; 建议, 感谢, 谢谢, 没有意见, 无",
};

// Words every comment uses; a prior on them would only add noise.
export const GENERIC_TERMS = new Set(
  "police polic officer officers station stations work unit units department our we 民警 警察 公安 工作 派出所 单位 部门 基层 所里 一线 问题 情况".split(
    " ",
  ),
);

function split(list: string): string[] {
  return list
    .split(/[,;，；]/)
    .map((t) => t.trim())
    .filter((t) => t !== "");
}

/** Terms per aspect code. */
export const ASPECT_LEXICON: Record<string, string[]> = Object.fromEntries(
  Object.entries(ASPECT_TERMS).map(([code, list]) => [code, split(list)]),
);

/** Terms per category: its own terms plus those of every aspect whose primary category it is. */
export const CATEGORY_LEXICON: Record<Category, string[]> = Object.fromEntries(
  CATEGORIES.map((c) => [
    c,
    [
      ...split(CATEGORY_TERMS[c]),
      ...ASPECTS.filter((a) => a.category === c).flatMap((a) => ASPECT_LEXICON[a.code] ?? []),
    ],
  ]),
) as Record<Category, string[]>;
