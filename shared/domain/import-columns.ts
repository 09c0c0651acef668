import { customerColumns, exportWords, type CustomerColumn } from './export-words';

/** The columns that open a member card with its balances (issue 16): from another system's export. */
export const cardFields = ['cardNumber', 'cardPoints', 'cardPrincipal', 'cardBonus', 'cardPunches', 'cardPunchKind'] as const;

/** The customer fields a spreadsheet column can fill, then a member card's. */
export const importFields = [
  'name',
  'phone',
  'gender',
  'email',
  'address',
  'company',
  'title',
  'birthday',
  'tags',
  'likes',
  'dislikes',
  'addressAs',
  'notes',
  ...cardFields,
] as const;
export type ImportField = (typeof importFields)[number];

const synonyms: Record<ImportField, string[]> = {
  name: [
    '姓名',
    '名字',
    '客户',
    '客户名',
    '客户姓名',
    '联系人',
    '顾客',
    '会员',
    '會員',
    '客戶',
    '客戶姓名',
    'name',
    'fullname',
    'customer',
    'contact',
  ],
  phone: [
    '手机',
    '手机号',
    '手机号码',
    '电话',
    '联系电话',
    '电话号码',
    '手機',
    '電話',
    '行動電話',
    'phone',
    'mobile',
    'tel',
    'telephone',
    'cell',
    'mobilephone',
    'cellphone',
    'homephone',
    'businessphone',
    'phone1value',
  ],
  gender: ['性别', '性別', 'gender', 'sex'],
  email: ['邮箱', '电子邮箱', '電子郵件', 'email', 'e-mail', 'mail', 'emailaddress', 'e-mailaddress', 'email1value'],
  address: ['地址', '住址', '通讯地址', 'address'],
  company: ['公司', '单位', '工作单位', '公司名称', '單位', 'company', 'organization', 'org'],
  title: ['职位', '职务', '職稱', 'title', 'jobtitle', 'position'],
  birthday: ['生日', '出生日期', '生日日期', '农历生日', '出生', 'birthday', 'birthdate', 'dob', 'dateofbirth'],
  tags: ['标签', '分类', '类别', '等级', '標籤', '分類', 'tags', 'tag', 'group', 'category'],
  likes: ['喜好', '爱好', '喜欢', '偏好', '愛好', '喜歡', 'likes', 'preferences', 'interests'],
  dislikes: ['不喜欢', '忌讳', '忌口', '不喜歡', '忌諱', 'dislikes', 'avoid'],
  addressAs: ['称呼', '稱呼', 'addressas', 'salutation', 'nickname'],
  notes: ['备注', '说明', '备忘', '備註', '說明', 'notes', 'note', 'remark', 'remarks', 'comment', 'comments'],
  cardNumber: ['卡号', '会员卡号', '會員卡號', '卡號', 'cardnumber', 'cardno', 'membercard', 'memberno', 'membershipnumber'],
  cardPoints: ['积分', '剩余积分', '可用积分', '點數', '積分', '红利', 'points', 'pointsbalance'],
  cardPrincipal: ['余额', '储值余额', '储值', '本金', '卡内余额', '餘額', '儲值', 'balance', 'storedvalue', 'principal'],
  cardBonus: ['赠送余额', '赠送金额', '赠金', '赠额', '贈送餘額', '贈送金額', 'bonus', 'bonusbalance'],
  cardPunches: ['剩余次数', '剩餘次數', '可用次数', '可用次數', '剩余次', '剩餘次', 'usesleft', 'remaininguses', 'punches'],
  cardPunchKind: ['次卡', '次卡名称', '次卡项目', '服务项目', '项目', '項目', '次卡名稱', 'punchcard', 'punchcardkind'],
};

const isCardField = (field: ImportField) => (cardFields as readonly ImportField[]).includes(field);

/**
 * The order headers are tried in: card columns first, as 会员卡号 holds 会员 (a name) and 赠送余额
 * holds 余额; points before the balance (积分余额), the bonus before the principal.
 */
const guessOrder: readonly ImportField[] = [
  'cardNumber',
  'cardPoints',
  'cardBonus',
  'cardPunches',
  'cardPunchKind',
  'cardPrincipal',
  ...importFields.filter((f) => !isCardField(f)),
];

/** Totals and history (累计积分, 已用次数, 消费次数) are not what a card holds now: never taken for a balance. */
const notABalance = /累计|累計|总|總|历史|歷史|已用|已使用|消费|消費|到店|来店|來店|光临|光臨|购买|購買|total|used/i;

/** 洗车次数 is a punch card's uses left; a bare 次数 too. */
const punchCount = /(次数|次數)$/;

/** A punch count's column may name its kind (洗车剩余次数, 剩余次数（洗车）): what is left once the words for "uses left" go. */
export function punchKindOfHeader(header: string): string | null {
  const kind = header
    .replace(/剩余次数|剩餘次數|可用次数|可用次數|剩余|剩餘|次数|次數|uses\s*left|remaining\s*uses|punches/gi, '')
    .replace(/次$/, '')
    .replace(/[\s()（）[\]【】:：_-]/g, '');
  return kind === '' ? null : kind.slice(0, 40);
}

function normalise(header: string): string {
  return header.replace(/[\s_\-:：()（）]/g, '').toLowerCase();
}

/**
 * What each column of Shuke's own customer export is taken for when it comes back. Columns the
 * book derives from the diary (visits, spend, tier, first and last visit, created) are left
 * unmapped rather than guessed into notes: notes would read "VIP" without saying what it was.
 * The dialog can still map them.
 */
const exportedAs: Record<CustomerColumn, ImportField | null> = {
  name: 'name',
  addressAs: 'addressAs',
  gender: 'gender',
  phones: 'phone',
  email: 'email',
  address: 'address',
  company: 'company',
  title: 'title',
  birthday: 'birthday',
  tags: 'tags',
  likes: 'likes',
  dislikes: 'dislikes',
  firstVisit: null,
  lastVisit: null,
  visits: null,
  spend: null,
  tier: null,
  // A staff name is checked against the book's staff: given by hand after an import, not guessed.
  responsible: null,
  about: 'notes',
  created: null,
};

/** Our export's headers in every language, the spend column's currency left off. */
const exportHeaders = new Map(
  Object.values(exportWords).flatMap((words) =>
    customerColumns.map((column) => [normalise(words.customer[column].replace('{{currency}}', '')), exportedAs[column]] as const),
  ),
);

/** Fields that several columns may fill (their values add up). */
const multiple = new Set<ImportField>(['phone', 'notes', 'tags', 'likes', 'dislikes', 'cardPunches']);

/** Outlook, Google and US sheets split the name in two columns: both are taken, joined in column order. */
const nameHalves = new Set(['firstname', 'givenname', 'lastname', 'familyname', 'surname', 'middlename', '姓', '名']);

/** Guesses which field each column holds from its header, Chinese or English; null for unknown. */
export function guessMapping(headers: string[]): (ImportField | null)[] {
  const used = new Set<ImportField>();
  return headers.map((header) => {
    const h = normalise(header);
    const exported = exportHeaders.get(normalise(header.trim().replace(/[(（]\s*[A-Z]{3}\s*[)）]$/, '')));
    if (exported !== undefined) {
      if (exported !== null && !multiple.has(exported)) {
        if (used.has(exported)) return null;
        used.add(exported);
      }
      return exported;
    }
    const balance = !notABalance.test(h);
    if (balance && punchCount.test(h)) return 'cardPunches';
    if (nameHalves.has(h)) {
      used.add('name');
      return 'name';
    }
    for (const field of guessOrder) {
      if (used.has(field) && !multiple.has(field)) continue;
      if (!balance && isCardField(field)) continue;
      if (synonyms[field].some((s) => h === normalise(s) || (s.length >= 2 && h.includes(normalise(s)) && /[\u4e00-\u9fff]/.test(s)))) {
        used.add(field);
        return field;
      }
    }
    return null;
  });
}
