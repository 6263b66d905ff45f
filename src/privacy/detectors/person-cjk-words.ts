/**
 * Words that a family name's character or syllable of the fuller list (`cjkMoreSurnames`) opens or
 * ends, which keep `cjkNamed` from reading them as names.
 */

/**
 * Chinese and Japanese words and places of two characters opening with a family name's character of
 * the fuller list (`cjkMoreSurnames`): time, all, tomorrow, plan, solve, manage, connect, product,
 * router, Bluetooth, milk, apply, pay, graduate, game, Huawei, Tokyo, Nanjing, Chengdu, relation,
 * function, …: a value opening with one (`计算器`, a calculator; `関数名`) is no name.
 */
export const everydayHan = new Set(
  `万一 万元 万能 万用 万分 万达 万科 乔迁 付款 付费 付出 向量 向导 向上 向下 季度 季节 安卓 安静 安心 安徽
安置 安检 尚未 尚可 岳父 岳母 岳阳 常见 常用 常规 常务 常州 常德 常识 庄园 康复 康师 成功 成为 成果 成立
成熟 成都 成人 成长 成交 成分 文档 文章 文字 文具 文明 文学 施工 易用 易于 易县 柳州 柳树 柴油 温州 温暖
温馨 毕业 洪水 洪湖 涂料 涂装 焦点 焦作 牛奶 牛肉 牛仔 申请 申报 申诉 祝福 祝贺 章节 章程 简介 简单 简历
简体 简称 纪录 纪念 纪律 耿直 葛根 蓝色 蓝牙 蓝天 邢台 骆驼 麦克 齐全 游戏 游客 游泳 甘肃 甘蔗 左边 左右
左侧 车辆 车型 车载 车站 车主 符合 符号 容器 容量 容易 滕州 苗条 凌晨 华为 华南 华北 华东 华西 华中 华人
华丽 卫生 卫星 卫浴 米饭 米兰 池塘 商品 商务 商城 商家 商店 商业 商户 商标 燕麦 燕京 乐观 乐园 乐器 乐视
时间 时候 时代 时尚 时长 时段 时区 项目 阳光 阳台 揭示 连接 连续 连锁 连云 古代 古典 谷歌 谷物 廉价 景点
景色 景德 辛苦 舒适 舒服 管理 管道 管家 卓越 谈话 谈判 乌龙 乌鲁 童装 童年 童话 宗教 宗旨 明天 明年 明显
明细 明确 明星 明信 明日 明治 穆斯 霍乱 浦东 房间 房屋 房地 房租 路由 路线 路径 路况 危险 危机 计划 计算
计费 计数 伏特 桂林 桂花 蒙古 蒙牛 班级 班车 仇恨 宁波 宁夏 宁静 尤其 楚雄 全部 全国 全面 全球 全家 全体
全年 党员 仲裁 花费 花园 花生 解决 解释 解析 封面 封装 边缘 边界 柏林 云端 云南 云服 云计 强制 强大 强调
宫殿 惠普 茅台 冷却 冷藏 盛大 利息 利润 利用 利率 曲线 曲奇 巴黎 巴西 农业 农村 支付 支持 支出 成年 车间
常驻 全科 全职 班主 古筝 华文 安保 晋城 靖江 查询 查看 查找 祖国 管控 關於 關係 關閉 時間 時候 華為 萬元
連接 車輛 計劃 計算 強制 雲端 陽光 樂觀 簡單 簡介 紀錄 東京 東北 東海 東部 東洋 東口 西日 西部 西洋 西口
西安 南京 南口 南部 南米 北海 北京 北部 北口 北米 関西 関東 関係 関数 関連 常連 関心 岡山 星座 星空 谷間
堤防 岸辺 泉水 岩石 浜辺 梅雨 島国 坂道 宮殿 杉並 沖縄 柴犬 桐生 芝生 館内`.split(/\s+/),
);
/**
 * Han that ends a unit's or a body's name (department, section, office, bureau, company, shop, team,
 * group, temple, centre) or a post's (staff, head, master: `文员`, a clerk; `班长`; `牧师`, a pastor).
 */
export const hanUnitEnd =
  /(?:部|課|室|局|所|会|會|社|店|署|班|科|庁|廳|院|館|堂|寺|屋|厅|组|組|队|隊|团|團|处|處|中心|员|員|长|長|师|師)$/;
/**
 * Last syllables of a unit, a post or an agent in Korean (team, department, office, branch, company,
 * association, agency, bureau, hall, head, a professional's `사`, a doer's `자`, city, county, district:
 * `인사팀`, `지점장`, `변호사`, `소비자`, `부산시`), which end no given name after a family name of the fuller list.
 */
export const koreanUnitEnds = '팀부실점사회청국단관장자시군구';
/** Particles that end a word as few given names do: subject `가`, `이`, also `도`, to `로`, only `만`. */
export const koreanParticleEnds = '가이도로만';
/**
 * Korean words of three syllables opening with a family name's syllable of the fuller list: the
 * placeholder `가나다` (ABC), and words for people by their work or place that end in `원` (staff) or
 * `인` (person), like given names do: researcher, bank clerk, flight attendant, public official,
 * guard, office worker, agent, seller, delivery worker, guide, bodyguard, councillor, manager,
 * heir, celebrity, broadcaster, businessperson, intellectual, artist; and system, default, club,
 * marketing, helper.
 */
export const koreanEveryday = new Set(
  '가나다 연구원 은행원 승무원 공무원 경비원 사무원 상담원 판매원 배달원 안내원 경호원 시의원 도의원 지배인 상속인 연예인 방송인 기업인 지식인 예술인 시스템 기본값 동아리 마케팅 도우미 시험용'.split(
    ' ',
  ),
);

/**
 * Hangul words a text uses as identifiers in code, which it prints elsewhere as column names
 * (`agg(주문수=('주문번호', 'count'))` over a frame headed `주문수`): a word before an assignment's `=`
 * (a keyword argument, a variable; not `==`), and the Hangul parts of a snake_case name that holds
 * Latin letters too (`test_전화번호_정규화`, `df_정규화`). Three-syllable words opening with a family
 * name's syllable (`주문수`, order count; `정규화`, normalisation) have a name's shape; no one names a
 * variable after a customer. Undefined when there are none.
 */
export function hangulIdentifiers(text: string): Set<string> | undefined {
  const words = new Set<string>();
  const add = (word: string): void => {
    if (word.length >= 2) words.add(word);
  };
  for (let p = text.indexOf('='); p !== -1; p = text.indexOf('=', p + 1)) {
    if (text.charCodeAt(p + 1) === 61) {
      p++;
      continue;
    }
    let end = p;
    while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
    if (end < p - 1 || comparison.includes(text.charAt(end - 1))) continue;
    let start = end;
    while (start > 0 && isHangulSyllable(text.charCodeAt(start - 1))) start--;
    if (start > 0 && isIdentifierChar(text.charCodeAt(start - 1))) continue;
    add(text.slice(start, end));
  }
  for (let p = text.indexOf('_'); p !== -1; p = text.indexOf('_', p + 1)) {
    let start = p;
    while (start > 0 && isIdentifierChar(text.charCodeAt(start - 1))) start--;
    let end = p + 1;
    while (end < text.length && isIdentifierChar(text.charCodeAt(end))) end++;
    const name = text.slice(start, end);
    if (/[A-Za-z]/.test(name)) for (const part of name.split(/[^\uac00-\ud7a3]+/)) add(part);
    p = end;
  }
  return words.size > 0 ? words : undefined;
}

/** The last character of a comparison's operator before its `=` (`!=`, `<=`, `>=`). */
const comparison = '!<>=';
const isHangulSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
/** A character of an identifier in code: ASCII letters and digits, `_`, Hangul syllables. */
const isIdentifierChar = (c: number): boolean =>
  isHangulSyllable(c) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
