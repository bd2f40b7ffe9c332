// Demo data for 廉情 Lianqing: the units under watch (预警对象) and their cadres (干部) of an
// imaginary county, 临江县. Pure and deterministic: the same options (and seed) always give
// the same output. No Node APIs, no clock, no Math.random.
import { at, mulberry32, pick, randInt, type Rng } from '../../../../shared/kernel/random.ts';

export type UnitType = '行政村' | '社区' | '镇（街道）' | '机关部门' | '基层站所' | '国有企业' | '事业单位' | '其他';
export type Rank = '正处级' | '副处级' | '正科级' | '副科级' | '科员及以下' | '村（社区）干部' | '企业管理人员' | '其他';
export type PersonCategory = '主要负责人' | '班子成员' | '一般干部';

export interface DemoUnit { key: string; name: string; type: UnitType; parentKey: string | null; headcount: number; leaderName: string }
export interface DemoPerson { name: string; unitKey: string; post: string; rank: Rank; partyMember: boolean; category: PersonCategory }
export interface DemoData { units: DemoUnit[]; people: DemoPerson[] }

export interface DemoDataOptions {
  /** PRNG seed; default 20260101. */
  seed?: number;
  /** Number of units; default 200. */
  units?: number;
  /** Average people per unit, used only when targetPeople is not given; default 10. */
  peoplePerUnit?: number;
  /** Total number of people; default units × peoplePerUnit (2000 with the defaults). */
  targetPeople?: number;
}

/** The fictional county the demo data describes. */
export const DEMO_COUNTY_NAME = '临江县';

export const UNIT_TYPES: readonly UnitType[] = ['行政村', '社区', '镇（街道）', '机关部门', '基层站所', '国有企业', '事业单位', '其他'];
export const RANKS: readonly Rank[] = ['正处级', '副处级', '正科级', '副科级', '科员及以下', '村（社区）干部', '企业管理人员', '其他'];
export const PERSON_CATEGORIES: readonly PersonCategory[] = ['主要负责人', '班子成员', '一般干部'];

const DEFAULT_SEED = 20260101;
const DEFAULT_UNITS = 200;
const DEFAULT_PEOPLE_PER_UNIT = 10;

// ---------------------------------------------------------------------------------------------
// PRNG

function pickWeighted<T>(rng: Rng, items: readonly T[], weight: (item: T) => number): T {
  let total = 0;
  for (const it of items) total += weight(it);
  let r = rng() * total;
  for (const it of items) {
    r -= weight(it);
    if (r < 0) return it;
  }
  return at(items, items.length - 1);
}

function shuffled<T>(rng: Rng, list: readonly T[]): T[] {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = at(out, i);
    out[i] = at(out, j);
    out[j] = tmp;
  }
  return out;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 25 → 二十五, 103 → 一零三 (good enough for name suffixes). */
function cnNumber(n: number): string {
  if (n < 10) return at(CN_DIGITS, n);
  if (n < 20) return '十' + (n % 10 === 0 ? '' : at(CN_DIGITS, n % 10));
  if (n < 100) return at(CN_DIGITS, Math.floor(n / 10)) + '十' + (n % 10 === 0 ? '' : at(CN_DIGITS, n % 10));
  return String(n).split('').map((d) => at(CN_DIGITS, Number(d))).join('');
}

// ---------------------------------------------------------------------------------------------
// Names of people

/** Surnames with rough frequency weights (percent of population, rounded). */
const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['王', 72], ['李', 71], ['张', 68], ['刘', 52], ['陈', 45], ['杨', 31], ['黄', 22], ['赵', 20], ['吴', 19], ['周', 18],
  ['徐', 13], ['孙', 12], ['马', 12], ['朱', 11], ['胡', 10], ['郭', 10], ['何', 9], ['林', 9], ['高', 9], ['罗', 9],
  ['郑', 8], ['梁', 7], ['谢', 6], ['宋', 5], ['唐', 5], ['许', 5], ['韩', 5], ['冯', 5], ['邓', 5], ['曹', 5],
  ['彭', 4], ['曾', 4], ['肖', 4], ['田', 4], ['董', 4], ['袁', 3], ['潘', 3], ['于', 3], ['蒋', 3], ['蔡', 3],
  ['余', 3], ['杜', 3], ['叶', 3], ['程', 3], ['苏', 3], ['魏', 3], ['吕', 3], ['丁', 3], ['任', 3], ['沈', 2],
  ['姚', 2], ['卢', 2], ['姜', 2], ['崔', 2], ['钟', 2], ['谭', 2], ['陆', 2], ['汪', 2], ['范', 2], ['金', 2],
  ['石', 2], ['廖', 2], ['贾', 2], ['夏', 2], ['韦', 2], ['付', 2], ['方', 2], ['白', 2], ['邹', 2], ['孟', 2],
  ['熊', 2], ['秦', 2], ['邱', 2], ['江', 2], ['尹', 2], ['薛', 1], ['闫', 1], ['段', 1], ['雷', 1], ['侯', 1],
  ['龙', 1], ['史', 1], ['陶', 1], ['黎', 1], ['贺', 1], ['顾', 1], ['毛', 1], ['郝', 1], ['龚', 1], ['邵', 1],
  ['万', 1], ['覃', 1], ['武', 1], ['钱', 1], ['严', 1], ['欧阳', 0.3], ['司马', 0.1], ['诸葛', 0.1], ['上官', 0.1],
];

/** Two-character given names typical of people born 1965–2000. */
const GIVEN_NAMES_2: readonly string[] = [
  '建国', '建华', '建军', '建平', '建新', '建明', '建林', '志强', '志刚', '志明', '志勇', '志华', '志军', '国强',
  '国庆', '国华', '国平', '国栋', '海涛', '海波', '海燕', '海峰', '海军', '晓明', '晓东', '晓红', '晓燕', '晓峰',
  '晓丽', '晓静', '春梅', '春燕', '春生', '春华', '丽娟', '丽华', '丽萍', '丽君', '秀英', '秀兰', '秀芳', '秀珍',
  '桂英', '桂芳', '桂兰', '玉兰', '玉梅', '玉华', '文华', '文杰', '文斌', '文涛', '文静', '明辉', '明华', '明亮',
  '俊杰', '俊峰', '红梅', '红霞', '红军', '卫东', '卫国', '卫华', '永红', '永强', '永刚', '永生', '德明', '德华',
  '德胜', '立新', '立军', '立华', '学军', '学文', '学明', '宏伟', '宏亮', '振华', '振东', '金凤', '金华', '金龙',
  '云飞', '云峰', '少华', '少军', '新民', '新华', '爱华', '爱民', '爱国', '光明', '长江', '长青', '家明', '家豪',
  '子涵', '子轩', '梓涵', '浩然', '浩宇', '宇航', '宇轩', '思远', '思琪', '佳怡', '佳琪', '欣怡', '雨欣', '雨轩',
  '诗琪', '梦琪', '一鸣', '天宇', '天佑', '嘉怡', '婷婷', '丹丹', '莉莉', '亚楠', '亚军', '雪梅', '雪莲', '美玲',
  '美华', '淑珍', '淑华', '素芳', '凤英', '凤琴', '翠英', '春兰', '秋菊', '冬梅', '秋生', '冬生', '庆华', '庆丰',
  '兴旺', '兴华', '林峰', '鹏飞', '鹏程', '瑞林', '瑞华', '晨曦', '雅琴', '静怡', '慧敏', '慧琳', '泽宇', '博文',
  '俊熙', '锦程', '建勇', '正阳', '向东', '向阳', '小军', '小平', '小红', '大伟', '大勇', '荣华', '成林', '成刚',
];

const GIVEN_NAMES_1: readonly string[] = [
  '伟', '强', '磊', '军', '勇', '杰', '涛', '明', '超', '刚', '平', '辉', '鹏', '华', '飞', '鑫', '波', '斌', '宇',
  '浩', '凯', '健', '俊', '帆', '旭', '宁', '龙', '林', '阳', '峰', '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞',
  '玲', '燕', '萍', '红', '梅', '琳', '莉', '婷', '雪', '慧', '颖', '倩', '洁', '兰', '英', '蕾', '琴', '琦', '晶',
];

function makeName(rng: Rng): string {
  const surname = pickWeighted(rng, SURNAMES, (s) => s[1])[0];
  const given = rng() < 0.28 ? pick(rng, GIVEN_NAMES_1) : pick(rng, GIVEN_NAMES_2);
  return surname + given;
}

// ---------------------------------------------------------------------------------------------
// Posts

interface PostSpec { post: string; rank: Rank; max: number; weight?: number; party?: number }

interface Staffing {
  leader: { post: string; rank: Rank; party: number };
  /** Team posts, in priority order; each may repeat up to max. */
  team: readonly PostSpec[];
  /** Staff posts, chosen by weight while their max allows. */
  staff: readonly PostSpec[];
  /** Team size as a share of the unit's people, before the caps. */
  teamShare: number;
}

const VILLAGE_TEAM: readonly PostSpec[] = [
  { post: '村委会主任', rank: '村（社区）干部', max: 1, party: 0.9 },
  { post: '村党组织副书记', rank: '村（社区）干部', max: 1, party: 1 },
  { post: '村务监督委员会主任', rank: '村（社区）干部', max: 1, party: 0.85 },
  { post: '村委会副主任', rank: '村（社区）干部', max: 1, party: 0.7 },
  { post: '村党组织委员', rank: '村（社区）干部', max: 2, party: 1 },
  { post: '村委会委员', rank: '村（社区）干部', max: 3, party: 0.6 },
];
const VILLAGE_STAFF: readonly PostSpec[] = [
  { post: '村会计', rank: '村（社区）干部', max: 1, weight: 5 },
  { post: '村文书', rank: '村（社区）干部', max: 1, weight: 5 },
  { post: '村报账员', rank: '村（社区）干部', max: 1, weight: 3 },
  { post: '村妇联主席', rank: '村（社区）干部', max: 1, weight: 3 },
  { post: '民兵连长', rank: '村（社区）干部', max: 1, weight: 2 },
  { post: '网格员', rank: '村（社区）干部', max: 4, weight: 3 },
  { post: '村民小组长', rank: '村（社区）干部', max: 6, weight: 2 },
];

const COMMUNITY_TEAM: readonly PostSpec[] = [
  { post: '社区居委会主任', rank: '村（社区）干部', max: 1, party: 0.9 },
  { post: '社区党组织副书记', rank: '村（社区）干部', max: 1, party: 1 },
  { post: '社区居务监督委员会主任', rank: '村（社区）干部', max: 1, party: 0.85 },
  { post: '社区居委会副主任', rank: '村（社区）干部', max: 2, party: 0.7 },
  { post: '社区党组织委员', rank: '村（社区）干部', max: 2, party: 1 },
];
const COMMUNITY_STAFF: readonly PostSpec[] = [
  { post: '社区会计', rank: '村（社区）干部', max: 1, weight: 4 },
  { post: '社区文书', rank: '村（社区）干部', max: 1, weight: 4 },
  { post: '网格员', rank: '村（社区）干部', max: 8, weight: 6 },
  { post: '社区专职工作者', rank: '村（社区）干部', max: 8, weight: 5 },
];

const TOWN_TEAM: readonly PostSpec[] = [
  { post: '镇长', rank: '正科级', max: 1, party: 1 },
  { post: '镇党委副书记', rank: '副科级', max: 2, party: 1 },
  { post: '镇纪委书记', rank: '副科级', max: 1, party: 1 },
  { post: '镇人大主席', rank: '副科级', max: 1, party: 1 },
  { post: '副镇长', rank: '副科级', max: 4, party: 0.9 },
  { post: '镇党委组织委员', rank: '副科级', max: 1, party: 1 },
  { post: '镇党委宣传委员', rank: '副科级', max: 1, party: 1 },
  { post: '镇武装部部长', rank: '副科级', max: 1, party: 1 },
];
const STREET_TEAM: readonly PostSpec[] = [
  { post: '街道办事处主任', rank: '正科级', max: 1, party: 1 },
  { post: '街道党工委副书记', rank: '副科级', max: 2, party: 1 },
  { post: '街道纪工委书记', rank: '副科级', max: 1, party: 1 },
  { post: '街道人大工委主任', rank: '副科级', max: 1, party: 1 },
  { post: '街道办事处副主任', rank: '副科级', max: 4, party: 0.9 },
  { post: '街道党工委组织委员', rank: '副科级', max: 1, party: 1 },
  { post: '街道党工委宣传委员', rank: '副科级', max: 1, party: 1 },
  { post: '街道武装部部长', rank: '副科级', max: 1, party: 1 },
];
const TOWN_STAFF: readonly PostSpec[] = [
  { post: '党政综合办公室主任', rank: '科员及以下', max: 1, weight: 3 },
  { post: '经济发展办公室主任', rank: '科员及以下', max: 1, weight: 3 },
  { post: '社会事务办公室主任', rank: '科员及以下', max: 1, weight: 3 },
  { post: '农业农村办公室主任', rank: '科员及以下', max: 1, weight: 2 },
  { post: '综合行政执法队队长', rank: '科员及以下', max: 1, weight: 2 },
  { post: '会计', rank: '科员及以下', max: 1, weight: 3 },
  { post: '出纳', rank: '科员及以下', max: 1, weight: 3 },
  { post: '文书', rank: '科员及以下', max: 1, weight: 2 },
  { post: '科员', rank: '科员及以下', max: 99, weight: 10 },
  { post: '综合行政执法队队员', rank: '科员及以下', max: 20, weight: 3 },
  { post: '驻村工作队员', rank: '科员及以下', max: 10, weight: 2 },
];

function deptTeam(leaderTitle: string, leaderRank: Rank): PostSpec[] {
  const senior = leaderRank === '副处级';
  const deputy = leaderTitle === '书记' ? '副书记' : `副${leaderTitle}`;
  const out: PostSpec[] = [];
  if (senior) out.push({ post: `常务${deputy}`, rank: '正科级', max: 1, party: 1 });
  out.push({ post: deputy, rank: '副科级', max: senior ? 3 : 4, party: 0.9 });
  out.push({ post: '派驻纪检监察组组长', rank: '副科级', max: 1, party: 1 });
  out.push({ post: '党组成员', rank: '副科级', max: 1, party: 1 });
  out.push({ post: '四级调研员', rank: '副科级', max: 1, party: 0.9 });
  return out;
}
const DEPT_STAFF: readonly PostSpec[] = [
  { post: '办公室主任', rank: '科员及以下', max: 1, weight: 4 },
  { post: '财务股股长', rank: '科员及以下', max: 1, weight: 4 },
  { post: '政策法规股股长', rank: '科员及以下', max: 1, weight: 2 },
  { post: '业务股股长', rank: '科员及以下', max: 3, weight: 2 },
  { post: '会计', rank: '科员及以下', max: 1, weight: 3 },
  { post: '出纳', rank: '科员及以下', max: 1, weight: 3 },
  { post: '一级主任科员', rank: '科员及以下', max: 2, weight: 1 },
  { post: '科员', rank: '科员及以下', max: 99, weight: 12 },
  { post: '工作人员', rank: '其他', max: 10, weight: 1 },
];

const SOE_TEAM: readonly PostSpec[] = [
  { post: '总经理', rank: '企业管理人员', max: 1, party: 0.9 },
  { post: '党委副书记', rank: '企业管理人员', max: 1, party: 1 },
  { post: '纪委书记', rank: '企业管理人员', max: 1, party: 1 },
  { post: '副总经理', rank: '企业管理人员', max: 4, party: 0.8 },
  { post: '财务总监', rank: '企业管理人员', max: 1, party: 0.8 },
  { post: '监事会主席', rank: '企业管理人员', max: 1, party: 0.9 },
];
const SOE_STAFF: readonly PostSpec[] = [
  { post: '综合办公室主任', rank: '企业管理人员', max: 1, weight: 3 },
  { post: '财务部经理', rank: '企业管理人员', max: 1, weight: 3 },
  { post: '工程管理部经理', rank: '企业管理人员', max: 1, weight: 3 },
  { post: '投资发展部经理', rank: '企业管理人员', max: 1, weight: 2 },
  { post: '招标采购部经理', rank: '企业管理人员', max: 1, weight: 2 },
  { post: '项目经理', rank: '企业管理人员', max: 10, weight: 3 },
  { post: '会计', rank: '其他', max: 2, weight: 3 },
  { post: '出纳', rank: '其他', max: 1, weight: 3 },
  { post: '采购员', rank: '其他', max: 4, weight: 2 },
  { post: '业务员', rank: '其他', max: 99, weight: 8 },
];

function institutionTeam(leaderTitle: string, hasPartyCommittee: boolean): PostSpec[] {
  const out: PostSpec[] = [];
  if (hasPartyCommittee) {
    out.push({ post: '党委副书记', rank: '副科级', max: 1, party: 1 });
    out.push({ post: '纪委书记', rank: '副科级', max: 1, party: 1 });
  } else {
    out.push({ post: '党支部书记', rank: '副科级', max: 1, party: 1 });
  }
  out.push({ post: `副${leaderTitle}`, rank: '副科级', max: 4, party: 0.85 });
  out.push({ post: '工会主席', rank: '科员及以下', max: 1, party: 0.9 });
  return out;
}
const HOSPITAL_STAFF: readonly PostSpec[] = [
  { post: '院办主任', rank: '科员及以下', max: 1, weight: 3 },
  { post: '财务科科长', rank: '科员及以下', max: 1, weight: 3 },
  { post: '医务科科长', rank: '科员及以下', max: 1, weight: 3 },
  { post: '药剂科主任', rank: '其他', max: 1, weight: 3 },
  { post: '设备科科长', rank: '科员及以下', max: 1, weight: 3 },
  { post: '总务科科长', rank: '科员及以下', max: 1, weight: 2 },
  { post: '临床科室主任', rank: '其他', max: 20, weight: 6 },
  { post: '护士长', rank: '其他', max: 15, weight: 4 },
  { post: '会计', rank: '科员及以下', max: 3, weight: 2 },
  { post: '出纳', rank: '科员及以下', max: 1, weight: 2 },
  { post: '收费员', rank: '其他', max: 10, weight: 2 },
  { post: '采购员', rank: '其他', max: 3, weight: 2 },
];
const SCHOOL_STAFF: readonly PostSpec[] = [
  { post: '办公室主任', rank: '科员及以下', max: 1, weight: 3 },
  { post: '教务处主任', rank: '科员及以下', max: 1, weight: 3 },
  { post: '政教处主任', rank: '科员及以下', max: 1, weight: 3 },
  { post: '总务处主任', rank: '科员及以下', max: 1, weight: 3 },
  { post: '年级组长', rank: '其他', max: 6, weight: 3 },
  { post: '教研组长', rank: '其他', max: 10, weight: 3 },
  { post: '报账员', rank: '科员及以下', max: 1, weight: 2 },
  { post: '食堂管理员', rank: '其他', max: 2, weight: 2 },
  { post: '教师', rank: '其他', max: 99, weight: 8 },
];
const CENTRE_STAFF: readonly PostSpec[] = [
  { post: '办公室主任', rank: '科员及以下', max: 1, weight: 3 },
  { post: '财务股股长', rank: '科员及以下', max: 1, weight: 3 },
  { post: '业务股股长', rank: '科员及以下', max: 3, weight: 3 },
  { post: '会计', rank: '科员及以下', max: 1, weight: 2 },
  { post: '出纳', rank: '科员及以下', max: 1, weight: 2 },
  { post: '专业技术人员', rank: '其他', max: 30, weight: 4 },
  { post: '工作人员', rank: '科员及以下', max: 99, weight: 8 },
];

const STATION_STAFF: readonly PostSpec[] = [
  { post: '会计', rank: '科员及以下', max: 1, weight: 3 },
  { post: '出纳', rank: '科员及以下', max: 1, weight: 3 },
  { post: '内勤', rank: '科员及以下', max: 1, weight: 2 },
  { post: '工作人员', rank: '科员及以下', max: 99, weight: 8 },
];
const POLICE_STAFF: readonly PostSpec[] = [
  { post: '警长', rank: '科员及以下', max: 4, weight: 3 },
  { post: '社区民警', rank: '科员及以下', max: 10, weight: 5 },
  { post: '民警', rank: '科员及以下', max: 99, weight: 6 },
  { post: '内勤', rank: '科员及以下', max: 1, weight: 2 },
  { post: '辅警', rank: '其他', max: 30, weight: 4 },
];
const CLINIC_STAFF: readonly PostSpec[] = [
  { post: '会计', rank: '科员及以下', max: 1, weight: 3 },
  { post: '出纳', rank: '科员及以下', max: 1, weight: 3 },
  { post: '药房负责人', rank: '其他', max: 1, weight: 3 },
  { post: '公共卫生科科长', rank: '其他', max: 1, weight: 2 },
  { post: '医生', rank: '其他', max: 30, weight: 6 },
  { post: '护士', rank: '其他', max: 30, weight: 4 },
  { post: '收费员', rank: '其他', max: 3, weight: 2 },
];

const OTHER_STAFF: readonly PostSpec[] = [
  { post: '办公室主任', rank: '科员及以下', max: 1, weight: 3 },
  { post: '会计', rank: '科员及以下', max: 1, weight: 2 },
  { post: '出纳', rank: '科员及以下', max: 1, weight: 2 },
  { post: '科员', rank: '科员及以下', max: 99, weight: 8 },
];

// ---------------------------------------------------------------------------------------------
// Unit catalogues

const TOWN_NAMES: readonly string[] = [
  '城关镇', '东湖街道', '河口镇', '城南街道', '西山镇', '青石镇', '白沙镇', '柳林镇', '桃源镇', '双河镇', '南坪镇',
  '石桥镇', '龙潭镇', '马坪镇', '新集镇', '黄岗镇', '松林镇', '清水镇', '杨柳镇', '花园镇', '北岭镇', '滨江街道',
];
const PLACE_FIRST: readonly string[] = [
  '柳', '桃', '杏', '杨', '松', '柏', '竹', '梅', '兰', '桂', '枣', '槐', '枫', '石', '沙', '泉', '溪', '塘', '龙',
  '凤', '马', '牛', '鹤', '雁', '金', '银', '新', '高', '西', '东', '南', '北', '上', '下', '前', '后', '中', '大',
  '小', '黄', '白', '青', '红', '双', '三', '五', '七', '九', '长', '和', '平', '安', '兴', '福', '丰', '旺', '太',
  '永', '胜', '团', '朝', '望', '清', '古', '茶', '桑', '麻', '莲', '荷', '蒲', '芦', '菱', '草', '花', '李',
];
const PLACE_SECOND: readonly string[] = [
  '树', '林', '园', '山', '岭', '坪', '湾', '沟', '河', '溪', '塘', '桥', '庄', '岗', '坡', '湖', '口', '田', '峪',
  '冲', '坝', '店', '铺', '寨', '堡', '营', '屯', '岩', '台', '洲', '埠', '垭', '畈', '滩', '渡', '泉', '井', '港',
];
const COMMUNITY_NAMES: readonly string[] = [
  '南门', '北门', '东门', '西门', '文化路', '建设路', '人民路', '解放路', '滨江', '锦绣', '和平', '幸福', '新华',
  '育才', '府前', '朝阳', '清泉', '丽景', '翠苑', '金桥', '阳光', '春晖', '长青', '光明', '振兴', '向阳', '民主',
  '胜利', '工农', '红星', '学府', '书香', '康乐', '安居', '福源', '桂苑', '枫林', '湖滨', '江畔', '站前',
];

interface DeptDef { name: string; title: string; rank: Rank; hc: readonly [number, number] }
const DEPARTMENTS: readonly DeptDef[] = [
  { name: '县财政局', title: '局长', rank: '正科级', hc: [40, 80] },
  { name: '县自然资源局', title: '局长', rank: '正科级', hc: [50, 110] },
  { name: '县住房和城乡建设局', title: '局长', rank: '正科级', hc: [40, 90] },
  { name: '县教育局', title: '局长', rank: '正科级', hc: [40, 80] },
  { name: '县卫生健康局', title: '局长', rank: '正科级', hc: [30, 70] },
  { name: '县市场监督管理局', title: '局长', rank: '正科级', hc: [70, 120] },
  { name: '县交通运输局', title: '局长', rank: '正科级', hc: [40, 90] },
  { name: '县水利局', title: '局长', rank: '正科级', hc: [30, 70] },
  { name: '县农业农村局', title: '局长', rank: '正科级', hc: [50, 110] },
  { name: '县民政局', title: '局长', rank: '正科级', hc: [25, 50] },
  { name: '县人力资源和社会保障局', title: '局长', rank: '正科级', hc: [40, 80] },
  { name: '县审计局', title: '局长', rank: '正科级', hc: [20, 40] },
  { name: '县发展和改革局', title: '局长', rank: '正科级', hc: [25, 50] },
  { name: '县公安局', title: '局长', rank: '副处级', hc: [90, 120] },
  { name: '县司法局', title: '局长', rank: '正科级', hc: [25, 50] },
  { name: '县科技和工业信息化局', title: '局长', rank: '正科级', hc: [20, 40] },
  { name: '县商务局', title: '局长', rank: '正科级', hc: [20, 40] },
  { name: '县文化广电和旅游局', title: '局长', rank: '正科级', hc: [30, 60] },
  { name: '县退役军人事务局', title: '局长', rank: '正科级', hc: [20, 35] },
  { name: '县应急管理局', title: '局长', rank: '正科级', hc: [25, 50] },
  { name: '县统计局', title: '局长', rank: '正科级', hc: [20, 30] },
  { name: '县医疗保障局', title: '局长', rank: '正科级', hc: [20, 45] },
  { name: '县林业局', title: '局长', rank: '正科级', hc: [40, 90] },
  { name: '县城市管理局', title: '局长', rank: '正科级', hc: [60, 120] },
  { name: '县行政审批服务局', title: '局长', rank: '正科级', hc: [30, 60] },
  { name: '县信访局', title: '局长', rank: '正科级', hc: [20, 30] },
  { name: '县委办公室', title: '主任', rank: '正科级', hc: [25, 45] },
  { name: '县人民政府办公室', title: '主任', rank: '正科级', hc: [25, 50] },
  { name: '县委组织部', title: '部长', rank: '副处级', hc: [25, 45] },
  { name: '县委宣传部', title: '部长', rank: '副处级', hc: [20, 40] },
  { name: '县委统战部', title: '部长', rank: '副处级', hc: [20, 30] },
  { name: '县委政法委员会', title: '书记', rank: '副处级', hc: [20, 35] },
  { name: '县委机构编制委员会办公室', title: '主任', rank: '正科级', hc: [20, 25] },
  { name: '县人民政府国有资产监督管理办公室', title: '主任', rank: '正科级', hc: [20, 30] },
  { name: '县粮食和物资储备局', title: '局长', rank: '正科级', hc: [20, 35] },
  { name: '县生态环境保护局', title: '局长', rank: '正科级', hc: [30, 60] },
  { name: '县体育局', title: '局长', rank: '正科级', hc: [20, 30] },
  { name: '县档案局', title: '局长', rank: '正科级', hc: [20, 25] },
];

interface SoeDef { name: string; hc: readonly [number, number] }
const SOES: readonly SoeDef[] = [
  { name: `${DEMO_COUNTY_NAME}城市建设投资集团有限公司`, hc: [120, 300] },
  { name: `${DEMO_COUNTY_NAME}水务有限责任公司`, hc: [80, 200] },
  { name: `${DEMO_COUNTY_NAME}交通建设投资有限公司`, hc: [60, 160] },
  { name: `${DEMO_COUNTY_NAME}国有资产经营有限公司`, hc: [30, 80] },
  { name: `${DEMO_COUNTY_NAME}农业发展投资有限公司`, hc: [30, 90] },
  { name: `${DEMO_COUNTY_NAME}文化旅游投资开发有限公司`, hc: [40, 120] },
  { name: `${DEMO_COUNTY_NAME}公共交通有限公司`, hc: [100, 260] },
  { name: `${DEMO_COUNTY_NAME}粮油购销有限公司`, hc: [30, 80] },
  { name: `${DEMO_COUNTY_NAME}融资担保有限公司`, hc: [30, 50] },
  { name: `${DEMO_COUNTY_NAME}燃气有限公司`, hc: [50, 140] },
  { name: `${DEMO_COUNTY_NAME}产业投资发展有限公司`, hc: [30, 90] },
  { name: `${DEMO_COUNTY_NAME}保安服务有限公司`, hc: [60, 200] },
];

type InstKind = 'hospital' | 'school' | 'centre';
interface InstDef { name: string; title: string; rank: Rank; kind: InstKind; partyCommittee: boolean; hc: readonly [number, number] }
const INSTITUTIONS: readonly InstDef[] = [
  { name: '县人民医院', title: '院长', rank: '正科级', kind: 'hospital', partyCommittee: true, hc: [450, 700] },
  { name: '县第一中学', title: '校长', rank: '正科级', kind: 'school', partyCommittee: true, hc: [160, 260] },
  { name: '县中医医院', title: '院长', rank: '正科级', kind: 'hospital', partyCommittee: true, hc: [200, 380] },
  { name: '县公共资源交易中心', title: '主任', rank: '副科级', kind: 'centre', partyCommittee: false, hc: [15, 30] },
  { name: '县不动产登记中心', title: '主任', rank: '副科级', kind: 'centre', partyCommittee: false, hc: [20, 40] },
  { name: '县第二中学', title: '校长', rank: '正科级', kind: 'school', partyCommittee: true, hc: [110, 200] },
  { name: '县疾病预防控制中心', title: '主任', rank: '副科级', kind: 'centre', partyCommittee: false, hc: [40, 80] },
  { name: '县妇幼保健院', title: '院长', rank: '副科级', kind: 'hospital', partyCommittee: false, hc: [80, 160] },
  { name: '县职业技术教育中心', title: '主任', rank: '正科级', kind: 'school', partyCommittee: true, hc: [80, 150] },
  { name: '县实验小学', title: '校长', rank: '副科级', kind: 'school', partyCommittee: false, hc: [80, 150] },
  { name: '县融媒体中心', title: '主任', rank: '正科级', kind: 'centre', partyCommittee: false, hc: [30, 60] },
  { name: '县社会保险服务中心', title: '主任', rank: '副科级', kind: 'centre', partyCommittee: false, hc: [20, 40] },
  { name: '县城市管理综合执法大队', title: '大队长', rank: '副科级', kind: 'centre', partyCommittee: false, hc: [40, 100] },
  { name: '县农业技术推广中心', title: '主任', rank: '副科级', kind: 'centre', partyCommittee: false, hc: [20, 50] },
  { name: '县机关事务服务中心', title: '主任', rank: '副科级', kind: 'centre', partyCommittee: false, hc: [15, 30] },
  { name: '县实验幼儿园', title: '园长', rank: '科员及以下', kind: 'school', partyCommittee: false, hc: [30, 60] },
  { name: '县图书馆', title: '馆长', rank: '科员及以下', kind: 'centre', partyCommittee: false, hc: [10, 20] },
  { name: '县国有林场', title: '场长', rank: '副科级', kind: 'centre', partyCommittee: false, hc: [20, 50] },
];

interface OtherDef { name: string; title: string; hc: readonly [number, number] }
const OTHERS: readonly OtherDef[] = [
  { name: '县总工会', title: '主席', hc: [10, 20] },
  { name: '县妇女联合会', title: '主席', hc: [8, 15] },
  { name: '共青团临江县委员会', title: '书记', hc: [8, 15] },
  { name: '县供销合作社联合社', title: '主任', hc: [15, 40] },
  { name: '县工商业联合会', title: '主席', hc: [8, 15] },
  { name: '县科学技术协会', title: '主席', hc: [8, 15] },
  { name: '县残疾人联合会', title: '理事长', hc: [8, 20] },
];

type StationKind = '财政所' | '派出所' | '卫生院' | '市场监督管理所' | '自然资源所' | '司法所' | '林业工作站';
const STATION_KINDS: readonly StationKind[] = ['财政所', '派出所', '卫生院', '市场监督管理所', '自然资源所', '司法所', '林业工作站'];

// ---------------------------------------------------------------------------------------------
// Units

interface UnitDraft {
  key: string;
  name: string;
  type: UnitType;
  parentKey: string | null;
  headcount: number;
  staffing: Staffing;
}

interface Counts { towns: number; depts: number; stations: number; soes: number; insts: number; others: number; rest: number }

/** How many units of each kind for n units in all (12 / 35 / 30 / 10 / 14 / 4 / rest at n = 200). */
function planCounts(n: number): Counts {
  const r = n / DEFAULT_UNITS;
  const towns = Math.max(1, Math.round(12 * r));
  const c: Counts = {
    towns,
    depts: Math.min(DEPARTMENTS.length, Math.round(35 * r)),
    stations: Math.min(towns * STATION_KINDS.length, Math.round(30 * r)),
    soes: Math.min(SOES.length, Math.round(10 * r)),
    insts: Math.min(INSTITUTIONS.length, Math.round(14 * r)),
    others: Math.min(OTHERS.length, Math.round(4 * r)),
    rest: 0,
  };
  const fixedKeys = ['stations', 'depts', 'insts', 'soes', 'others', 'towns'] as const;
  const fixedSum = (): number => c.towns + c.depts + c.stations + c.soes + c.insts + c.others;
  // Keep at least about half the units for villages and communities; trim the largest groups.
  const maxFixed = Math.max(1, n - Math.floor(n * 0.4));
  while (fixedSum() > maxFixed) {
    let best: (typeof fixedKeys)[number] = 'stations';
    for (const k of fixedKeys) if (c[k] > c[best]) best = k;
    if (best === 'towns' && c.towns <= 1) break;
    c[best] -= 1;
  }
  if (c.stations > c.towns * STATION_KINDS.length) c.stations = c.towns * STATION_KINDS.length;
  c.rest = Math.max(0, n - fixedSum());
  return c;
}

function townShort(name: string): string {
  if (name.endsWith('街道')) return name.slice(0, -2);
  if (name.endsWith('镇') || name.endsWith('乡')) return name.slice(0, -1);
  return name;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function villageStaffing(rng: Rng): Staffing {
  const combined = rng() < 0.7; // 书记、主任“一肩挑”
  return {
    leader: { post: combined ? '村党组织书记、村委会主任' : '村党组织书记', rank: '村（社区）干部', party: 1 },
    team: combined ? VILLAGE_TEAM.filter((p) => p.post !== '村委会主任') : VILLAGE_TEAM,
    staff: VILLAGE_STAFF,
    teamShare: 0.4,
  };
}

function communityStaffing(rng: Rng): Staffing {
  const combined = rng() < 0.6;
  return {
    leader: { post: combined ? '社区党组织书记、居委会主任' : '社区党组织书记', rank: '村（社区）干部', party: 1 },
    team: combined ? COMMUNITY_TEAM.filter((p) => p.post !== '社区居委会主任') : COMMUNITY_TEAM,
    staff: COMMUNITY_STAFF,
    teamShare: 0.35,
  };
}

function stationStaffing(kind: StationKind): Staffing {
  switch (kind) {
    case '派出所':
      return {
        leader: { post: '所长', rank: '副科级', party: 1 },
        team: [
          { post: '教导员', rank: '副科级', max: 1, party: 1 },
          { post: '副所长', rank: '科员及以下', max: 3, party: 0.9 },
        ],
        staff: POLICE_STAFF,
        teamShare: 0.2,
      };
    case '卫生院':
      return {
        leader: { post: '院长', rank: '科员及以下', party: 0.95 },
        team: [
          { post: '党支部书记', rank: '科员及以下', max: 1, party: 1 },
          { post: '副院长', rank: '科员及以下', max: 3, party: 0.8 },
        ],
        staff: CLINIC_STAFF,
        teamShare: 0.2,
      };
    case '林业工作站':
      return {
        leader: { post: '站长', rank: '科员及以下', party: 0.95 },
        team: [{ post: '副站长', rank: '科员及以下', max: 2, party: 0.8 }],
        staff: STATION_STAFF,
        teamShare: 0.25,
      };
    default:
      return {
        leader: { post: '所长', rank: kind === '财政所' ? '副科级' : '科员及以下', party: 0.97 },
        team: [{ post: '副所长', rank: '科员及以下', max: 2, party: 0.85 }],
        staff: STATION_STAFF,
        teamShare: 0.25,
      };
  }
}

function buildUnits(rng: Rng, n: number): UnitDraft[] {
  const counts = planCounts(n);
  const units: UnitDraft[] = [];
  const usedNames = new Set<string>();
  const uniqueName = (base: string): string => {
    let name = base;
    for (let i = 2; usedNames.has(name); i++) name = base + cnNumber(i);
    usedNames.add(name);
    return name;
  };

  // Towns and sub-districts.
  const townNames: string[] = TOWN_NAMES.slice(0, counts.towns);
  if (townNames.length < counts.towns) {
    const shorts = new Set(townNames.map(townShort));
    const extra = shuffled(rng, PLACE_FIRST.flatMap((a) => PLACE_SECOND.filter((b) => b !== a).map((b) => a + b)));
    for (const s of extra) {
      if (townNames.length >= counts.towns) break;
      if (shorts.has(s)) continue;
      shorts.add(s);
      townNames.push(s + '镇');
    }
  }
  const towns: UnitDraft[] = townNames.map((tn, i) => {
    const street = tn.endsWith('街道');
    return {
      key: `town-${pad(i + 1, 2)}`,
      name: uniqueName(tn),
      type: '镇（街道）',
      parentKey: null,
      headcount: street ? randInt(rng, 40, 80) : randInt(rng, 45, 110),
      staffing: {
        leader: street
          ? { post: '街道党工委书记', rank: '正科级', party: 1 }
          : { post: '镇党委书记', rank: '正科级', party: 1 },
        team: street ? STREET_TEAM : TOWN_TEAM,
        staff: TOWN_STAFF,
        teamShare: 0.45,
      },
    };
  });
  units.push(...towns);

  // Villages and communities: communities go mainly to sub-districts and the county seat.
  const nCommunities = Math.round(counts.rest * 0.16);
  const nVillages = counts.rest - nCommunities;
  const isUrban = (t: UnitDraft): boolean => t.name.endsWith('街道') || t.name.startsWith('城关');
  const urban = towns.filter(isUrban);
  const rural = towns.filter((t) => !isUrban(t));
  const communityHosts = urban.length > 0 ? urban : towns;
  const villageHosts = rural.length > 0 ? rural : towns;
  const townWeight = new Map<string, number>(towns.map((t) => [t.key, 0.6 + rng()]));
  const villagesPerTown = new Map<string, number>();
  const communitiesPerTown = new Map<string, number>();
  for (let i = 0; i < nCommunities; i++) {
    // Mostly urban; one in five goes to a rural town seat.
    const host = i % 5 === 4 && rural.length > 0 ? pick(rng, rural) : at(communityHosts, i % communityHosts.length);
    communitiesPerTown.set(host.key, (communitiesPerTown.get(host.key) ?? 0) + 1);
  }
  for (let i = 0; i < nVillages; i++) {
    // Every rural town gets villages first, then the rest by weight (urban ones rarely).
    const host = i < villageHosts.length
      ? at(villageHosts, i)
      : pickWeighted(rng, towns, (t) => (townWeight.get(t.key) ?? 1) * (isUrban(t) && rural.length > 0 ? 0.15 : 1));
    villagesPerTown.set(host.key, (villagesPerTown.get(host.key) ?? 0) + 1);
  }

  const villagePool = shuffled(rng, PLACE_FIRST.flatMap((a) => PLACE_SECOND.filter((b) => b !== a).map((b) => a + b)));
  const communityPool = [
    ...shuffled(rng, COMMUNITY_NAMES),
    ...shuffled(rng, PLACE_FIRST.flatMap((a) => PLACE_SECOND.filter((b) => b !== a).map((b) => a + b))),
  ];
  const usedVillageBase = new Set<string>();
  const usedCommunityBase = new Set<string>();
  const nextBase = (pool: readonly string[], used: Set<string>, townName: string, suffix: string): string => {
    for (const b of pool) {
      if (used.has(b) || usedNames.has(townName + b + suffix)) continue;
      used.add(b);
      return b;
    }
    // Pool exhausted county-wide: reuse a base under another town (the town prefix keeps it unique).
    for (const b of pool) if (!usedNames.has(townName + b + suffix)) return b;
    return at(pool, 0); // uniqueName() adds a numeral
  };
  let vSeq = 0;
  let cSeq = 0;
  for (const t of towns) {
    for (let i = 0; i < (communitiesPerTown.get(t.key) ?? 0); i++) {
      const base = nextBase(communityPool, usedCommunityBase, t.name, '社区');
      units.push({
        key: `community-${pad(++cSeq, 3)}`,
        name: uniqueName(`${t.name}${base}社区`),
        type: '社区',
        parentKey: t.key,
        headcount: randInt(rng, 7, 15),
        staffing: communityStaffing(rng),
      });
    }
    for (let i = 0; i < (villagesPerTown.get(t.key) ?? 0); i++) {
      const base = nextBase(villagePool, usedVillageBase, t.name, '村');
      units.push({
        key: `village-${pad(++vSeq, 3)}`,
        name: uniqueName(`${t.name}${base}村`),
        type: '行政村',
        parentKey: t.key,
        headcount: randInt(rng, 5, 12),
        staffing: villageStaffing(rng),
      });
    }
  }

  // County departments.
  DEPARTMENTS.slice(0, counts.depts).forEach((d, i) => {
    units.push({
      key: `dept-${pad(i + 1, 2)}`,
      name: uniqueName(d.name),
      type: '机关部门',
      parentKey: null,
      headcount: randInt(rng, d.hc[0], d.hc[1]),
      staffing: {
        leader: { post: d.title === '书记' ? '政法委书记' : d.title, rank: d.rank, party: 1 },
        team: deptTeam(d.title, d.rank),
        staff: DEPT_STAFF,
        teamShare: 0.3,
      },
    });
  });

  // Grassroots stations: kind by kind across the towns (every town gets a 财政所 first, …).
  let sSeq = 0;
  outer: for (const kind of STATION_KINDS) {
    for (const t of shuffled(rng, towns)) {
      if (sSeq >= counts.stations) break outer;
      const short = townShort(t.name);
      const name = kind === '卫生院' ? `${short}${rng() < 0.5 ? '中心' : ''}卫生院` : `${short}${kind}`;
      let headcount: number;
      if (kind === '派出所') headcount = randInt(rng, 15, 40);
      else if (kind === '卫生院') headcount = randInt(rng, 20, 60);
      else headcount = randInt(rng, 5, 15);
      units.push({
        key: `station-${pad(++sSeq, 3)}`,
        name: uniqueName(name),
        type: '基层站所',
        parentKey: t.key,
        headcount,
        staffing: stationStaffing(kind),
      });
    }
  }

  // State-owned enterprises.
  SOES.slice(0, counts.soes).forEach((s, i) => {
    units.push({
      key: `soe-${pad(i + 1, 2)}`,
      name: uniqueName(s.name),
      type: '国有企业',
      parentKey: null,
      headcount: randInt(rng, s.hc[0], s.hc[1]),
      staffing: {
        leader: { post: '党委书记、董事长', rank: '企业管理人员', party: 1 },
        team: SOE_TEAM,
        staff: SOE_STAFF,
        teamShare: 0.3,
      },
    });
  });

  // Public institutions.
  INSTITUTIONS.slice(0, counts.insts).forEach((d, i) => {
    let staff: readonly PostSpec[];
    if (d.kind === 'hospital') staff = HOSPITAL_STAFF;
    else if (d.kind === 'school') staff = SCHOOL_STAFF;
    else staff = CENTRE_STAFF;
    units.push({
      key: `inst-${pad(i + 1, 2)}`,
      name: uniqueName(d.name),
      type: '事业单位',
      parentKey: null,
      headcount: randInt(rng, d.hc[0], d.hc[1]),
      staffing: {
        leader: { post: d.partyCommittee ? `党委书记、${d.title}` : d.title, rank: d.rank, party: d.partyCommittee ? 1 : 0.95 },
        team: institutionTeam(d.title, d.partyCommittee),
        staff,
        teamShare: 0.2,
      },
    });
  });

  // People's organisations (群团组织) and the like.
  OTHERS.slice(0, counts.others).forEach((d, i) => {
    units.push({
      key: `other-${pad(i + 1, 2)}`,
      name: uniqueName(d.name),
      type: '其他',
      parentKey: null,
      headcount: randInt(rng, d.hc[0], d.hc[1]),
      staffing: {
        leader: { post: d.title, rank: '正科级', party: 1 },
        team: [{ post: d.title === '书记' ? '副书记' : `副${d.title}`, rank: '副科级', max: 3, party: 0.9 }],
        staff: OTHER_STAFF,
        teamShare: 0.3,
      },
    });
  });

  return units;
}

// ---------------------------------------------------------------------------------------------
// People per unit

/**
 * Spread `target` (≥ units) people over the units by headcount: each unit gets min(headcount, 3)
 * (just 1 if the target is too small for that), the rest in proportion to headcount^0.7 (so a
 * 600-bed hospital does not swallow the county), never more than the unit's headcount. If the headcounts cannot hold the target, the
 * headcounts grow to fit.
 */
function allocatePeople(units: UnitDraft[], target: number): number[] {
  let alloc = units.map((u) => Math.min(u.headcount, 3));
  if (alloc.reduce((a, b) => a + b, 0) > target) alloc = units.map(() => 1); // a leader each, at least
  let remaining = target - alloc.reduce((a, b) => a + b, 0);
  const weights = units.map((u) => Math.pow(u.headcount, 0.7));
  let capped = true;
  while (remaining > 0) {
    const open = units.map((u, i) => i).filter((i) => !capped || at(alloc, i) < at(units, i).headcount);
    if (open.length === 0) {
      capped = false;
      continue;
    }
    const totalW = open.reduce((s, i) => s + at(weights, i), 0);
    const shares = open.map((i) => {
      const exact = (remaining * at(weights, i)) / totalW;
      const room = capped ? at(units, i).headcount - at(alloc, i) : Number.POSITIVE_INFINITY;
      return { i, whole: Math.min(Math.floor(exact), room), frac: exact - Math.floor(exact), room };
    });
    let given = 0;
    for (const s of shares) {
      alloc[s.i] = at(alloc, s.i) + s.whole;
      given += s.whole;
    }
    remaining -= given;
    // Largest remainders take the odd ones, one each, where there is room.
    const order = shares
      .filter((s) => s.whole < s.room)
      .sort((a, b) => b.frac - a.frac || a.i - b.i);
    for (const s of order) {
      if (remaining <= 0) break;
      alloc[s.i] = at(alloc, s.i) + 1;
      remaining -= 1;
    }
    if (given === 0 && order.length === 0) capped = false;
  }
  if (!capped) {
    units.forEach((u, i) => {
      u.headcount = Math.max(u.headcount, at(alloc, i));
    });
  }
  return alloc;
}

function partyMember(rng: Rng, probability: number): boolean {
  return probability >= 1 || rng() < probability;
}

function staffUnit(rng: Rng, unit: UnitDraft, count: number): DemoPerson[] {
  const names = new Set<string>();
  const newName = (): string => {
    for (let tries = 0; tries < 1000; tries++) {
      const n = makeName(rng);
      if (!names.has(n)) {
        names.add(n);
        return n;
      }
    }
    throw new Error('demoData: could not find a unique name');
  };
  const s = unit.staffing;
  const people: DemoPerson[] = [];
  people.push({
    name: newName(),
    unitKey: unit.key,
    post: s.leader.post,
    rank: s.leader.rank,
    partyMember: partyMember(rng, s.leader.party),
    category: '主要负责人',
  });
  if (count <= 1) return people;

  const teamCapacity = s.team.reduce((a, p) => a + p.max, 0);
  let teamCount = Math.max(1, Math.round(count * s.teamShare));
  teamCount = Math.min(teamCount, teamCapacity, count >= 3 ? count - 2 : count - 1);
  // The team fills in priority order, round by round: every post once, then second deputies, …
  const used = new Map<string, number>();
  let placed = 0;
  for (let round = 0; placed < teamCount; round++) {
    let any = false;
    for (const p of s.team) {
      if (placed >= teamCount) break;
      const n = used.get(p.post) ?? 0;
      if (n >= p.max || n > round) continue;
      used.set(p.post, n + 1);
      people.push({
        name: newName(),
        unitKey: unit.key,
        post: p.post,
        rank: p.rank,
        partyMember: partyMember(rng, p.party ?? 0.85),
        category: '班子成员',
      });
      placed++;
      any = true;
    }
    if (!any) break;
  }

  const staffCount = count - people.length;
  const staffUsed = new Map<string, number>();
  for (let i = 0; i < staffCount; i++) {
    const open = s.staff.filter((p) => (staffUsed.get(p.post) ?? 0) < p.max);
    // Every post full (a very large unit): the most common post takes the overflow.
    const spec = open.length > 0
      ? pickWeighted(rng, open, (p) => p.weight ?? 1)
      : s.staff.reduce((a, b) => (b.max > a.max ? b : a));
    staffUsed.set(spec.post, (staffUsed.get(spec.post) ?? 0) + 1);
    people.push({
      name: newName(),
      unitKey: unit.key,
      post: spec.post,
      rank: spec.rank,
      partyMember: partyMember(rng, spec.party ?? 0.6),
      category: '一般干部',
    });
  }
  return people;
}

// ---------------------------------------------------------------------------------------------

/**
 * Demo units and cadres for the fictional county 临江县. Defaults: 200 units, 2,000 people.
 * Deterministic: the same options give the same data.
 */
export function makeDemoData(options: DemoDataOptions = {}): DemoData {
  const seed = Number.isFinite(options.seed) ? Math.trunc(options.seed ?? DEFAULT_SEED) : DEFAULT_SEED;
  const rng = mulberry32(seed);
  const nUnits = Math.max(1, Math.floor(options.units ?? DEFAULT_UNITS));
  const perUnit = options.peoplePerUnit ?? DEFAULT_PEOPLE_PER_UNIT;
  const target = Math.max(nUnits, Math.floor(options.targetPeople ?? Math.round(nUnits * perUnit)));

  const drafts = buildUnits(rng, nUnits);
  const alloc = allocatePeople(drafts, target);

  const units: DemoUnit[] = [];
  const people: DemoPerson[] = [];
  drafts.forEach((d, i) => {
    const staff = staffUnit(rng, d, at(alloc, i));
    const leader = at(staff, 0);
    units.push({ key: d.key, name: d.name, type: d.type, parentKey: d.parentKey, headcount: d.headcount, leaderName: leader.name });
    people.push(...staff);
  });
  return { units, people };
}
