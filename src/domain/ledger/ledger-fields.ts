/**
 * The fields an imported ledger (台账) row can fill, with the Chinese headers offices use for them.
 * Ledgers are kept by hand in Excel, so headers vary (收到日期, 受理日期, 申请日期 …); the mapping step
 * guesses from these and the person confirms.
 */

export const ledgerFields = [
  'applicantName',
  'applicantType',
  'idNumber',
  'creditCode',
  'phone',
  'description',
  'receivedOn',
  'repliedOn',
  'outcome',
  'channel',
  'feeAmount',
] as const;
export type LedgerField = (typeof ledgerFields)[number];

export interface LedgerFieldInfo {
  label: string;
  required: boolean;
  /** Header texts that name this field, most specific first (compared after normalising). */
  headers: readonly string[];
  hint: string;
}

export const ledgerFieldInfo: Readonly<Record<LedgerField, LedgerFieldInfo>> = {
  applicantName: { label: '申请人', required: true, headers: ['申请人姓名', '申请人名称', '申请人', '姓名', '单位名称'], hint: '自然人姓名或单位名称' },
  applicantType: {
    label: '申请人类型',
    required: false,
    headers: ['申请人类型', '申请人类别', '申请主体类型', '申请主体', '类型', '类别'],
    hint: '自然人、商业企业、科研机构、社会公益组织、法律服务机构或其他；不填时有身份证号的按自然人',
  },
  idNumber: { label: '身份证号', required: false, headers: ['身份证号码', '身份证号', '公民身份号码', '证件号码', '身份证'], hint: '自然人的居民身份证号码（校验位会被核对）' },
  creditCode: { label: '统一社会信用代码', required: false, headers: ['统一社会信用代码', '信用代码', '组织机构代码'], hint: '单位申请人的统一社会信用代码' },
  phone: { label: '联系电话', required: false, headers: ['联系电话', '联系方式', '电话', '手机号码', '手机'], hint: '' },
  description: {
    label: '申请内容',
    required: true,
    headers: ['申请公开的政府信息', '申请内容', '申请事项', '所需信息', '信息内容', '内容描述', '申请信息'],
    hint: '所需政府信息的名称、文号或便于查询的特征描述',
  },
  receivedOn: { label: '收到日期', required: true, headers: ['收到申请日期', '收到日期', '受理日期', '收件日期', '登记日期', '申请日期'], hint: '收到申请之日（条例第三十一条）' },
  repliedOn: { label: '答复日期', required: false, headers: ['答复日期', '办结日期', '答复时间', '办结时间', '告知日期'], hint: '尚未答复的留空，导入后按办理中处理' },
  outcome: { label: '办理结果', required: false, headers: ['办理结果', '答复结果', '处理结果', '答复类型', '结果'], hint: '按年度报告表三的结果填写，如“部分公开”“不予公开-国家秘密”' },
  channel: { label: '受理方式', required: false, headers: ['受理方式', '申请方式', '提交方式', '申请渠道', '收件方式', '渠道'], hint: '网上、当面、邮寄或传真；不填按当面' },
  feeAmount: { label: '收费金额（元）', required: false, headers: ['收费金额', '信息处理费', '收费'], hint: '仅“逾期未缴费”的申请需要：收费通知的金额' },
};

/** Column index (0-based) per field; null when the ledger has no such column. */
export type ColumnMapping = Record<LedgerField, number | null>;

export function isLedgerField(value: string): value is LedgerField {
  return (ledgerFields as readonly string[]).includes(value);
}

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(ledgerFields.map((field) => [field, null])) as ColumnMapping;
}
