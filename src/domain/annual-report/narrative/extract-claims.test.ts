import { describe, expect, it } from 'vitest';
import { extractClaimsFromText, extractNarrativeClaims } from './extract-claims.ts';

const read = (text: string) => extractClaimsFromText(text, 'overview').map((c) => `${c.topic} ${c.value}`);

describe('extractClaimsFromText', () => {
  it.each([
    ['全年共受理政府信息公开申请35件。', ['applications.received 35']],
    ['湘潭县全年依申请公开受理量达178件，并且全部办理完成。', ['applications.received 178']],
    ['针对包括上年度结转在内的35件政府信息公开申请，均做到了件件有回应。', ['applications.receivedWithCarriedOver 35']],
    [
      '本年度共收到政府信息公开申请178件，其中新收173件，上年结转5件。',
      ['applications.received 178', 'applications.newReceived 173', 'applications.carriedOver 5'],
    ],
    [
      '2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），均在法定期限内予以答复。',
      [
        'applications.received 3119',
        'applications.answered 3050',
        'applications.carriedOver 34',
        'applications.carriedForward 103',
      ],
    ],
    ['新收政府信息公开申请三十五件。', ['applications.newReceived 35']],
    ['受理政府信息公开申请1,234件。', ['applications.received 1234']],
    ['受理政府信息公开申请１７８件。', ['applications.received 178']],
    ['全年共办结政府信息公开申请170件，结转下年度继续办理5件。', ['applications.answered 170', 'applications.carriedForward 5']],
    ['收到政府信息公开申请40件，另有5件申请结转至下一年度办理。', ['applications.received 40', 'applications.carriedForward 5']],
    ['2023年结转的政府信息公开申请2件已全部办结。', ['applications.carriedOver 2']],
    ['受理申请人提出的政府信息公开申请35件。', ['applications.received 35']],
  ])('reads the application figures of %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['主动公开县政府规范性文件，其中新制定7件，失效31件，废止4件，现行有效102件。', [
      'normativeDocuments.issued 7',
      'normativeDocuments.expired 31',
      'normativeDocuments.abolished 4',
      'normativeDocuments.inForce 102',
    ]],
    ['全年新增公开市政府规章 1 件、市政府及市政府办政策性文件 11 件。', ['regulations.issued 1']],
    ['废止和宣布失效规范性文件35件。', ['normativeDocuments.abolishedOrExpired 35']],
    ['制发行政规范性文件二十件。', ['normativeDocuments.issued 20']],
    ['截至年底，现行有效规章12件。', ['regulations.inForce 12']],
    ['作出7件规范性文件的废止决定。', []],
    ['清理规范性文件50件，废止12件，宣布失效8件，继续有效30件。', ['normativeDocuments.abolished 12', 'normativeDocuments.expired 8']],
  ])('reads the document figures of %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      '政府信息公开行政复议 351 件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25 件。',
      [
        'reconsideration.total 351',
        'reconsideration.upheld 72',
        'reconsideration.corrected 64',
        'reconsideration.other 178',
        'reconsideration.pending 37',
        'litigation.total 46',
        'litigation.upheld 25',
      ],
    ],
    ['发生政府信息公开行政复议案件3件，行政诉讼案件1件。', ['reconsideration.total 3', 'litigation.total 1']],
    ['未经复议直接起诉的行政诉讼2件，复议后起诉的行政诉讼1件。', ['litigationDirect.total 2', 'litigationAfterReconsideration.total 1']],
    ['行政复议、行政诉讼各0件。', ['reconsideration.total 0', 'litigation.total 0']],
    ['行政复议5件，其中2件已审结。', ['reconsideration.total 5']],
  ])('reads the review figures of %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['全年作出行政许可决定21650件、行政处罚决定2656件、行政强制决定500件。', [
      'licensing.decisions 21650',
      'penalty.decisions 2656',
      'enforcement.decisions 500',
    ]],
    ['全年行政事业性收费2030.16873万元。', ['fees.administrative 2030.16873']],
    ['行政事业性收费金额为20301687.3元。', ['fees.administrative 2030.16873']],
    ['全年收取政府信息公开信息处理费 3940 元。', ['fees.processing 3940']],
    ['2024年度，湘潭县未收取信息处理费，无其他需报告的事项。', ['fees.processingNone 0']],
    ['本年度没有收取任何信息处理费。', ['fees.processingNone 0']],
    ['信息处理费收取0元。', ['fees.processingNone 0']],
    ['本机关未产生信息处理费收费情况。', ['fees.processingNone 0']],
    ['本机关未发生因政府信息公开申请收取信息处理费的情况。', ['fees.processingNone 0']],
    ['不存在收取信息处理费的情况。', ['fees.processingNone 0']],
    ['本年度无收费情况。', ['fees.processingNone 0']],
  ])('reads the decision and fee figures of %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    '与2023年相比，受理数量大幅增长了28件。',
    '受理数量较上年增加12件。',
    '高效办理群众留言90条。',
    '湘潭县人民政府网站全年累计发布各类信息11192条。',
    '以“五专”为标准推进“高效办成一件事”改革，审核材料精简60％，办理时限压缩40％。',
    '“跨域通办”合作拓展至7省35地，服务群众3.2万人次。',
    '湘潭县持续发力推进31个领域基层政务公开工作的建设与维护。',
    '市政府网站主动公开各类政府信息 5500 余条。',
    '通过文字、图片等形式制作政策解读21 个，制作《淮安市人民政府公报》6 期。',
    '办理人大代表建议和政协提案56件。',
    '印发政策性文件15件，修订规范性文件3件。',
    '新制定规章和规范性文件共7件。',
    '完善规章制度5件。',
    '公开行政处罚信息2656件。',
    '开展行政复议业务培训3次。',
    '回复率高达100%，且所有答复均在法定期限内完成。',
    '严格落实《政府信息公开信息处理费管理办法》。',
    '无其他需要报告的事项。',
    '上年受理政府信息公开申请20件。',
    '去年共收到政府信息公开申请20件。',
  ])('reads nothing in %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('marks vague wording and approximate figures', () => {
    const claims = extractClaimsFromText(
      '共办理依申请公开事项180件。收到政府信息公开申请约300件。办理行政许可事项21650件。全年办理行政复议案件125件。' +
        '政府信息公开行政复议3件。',
      'overview',
    );
    expect(claims.map((c) => [c.topic, c.isVague, c.approximation])).toEqual([
      ['applications.answered', true, 'exact'],
      ['applications.received', false, 'about'],
      ['licensing.decisions', true, 'exact'],
      ['reconsideration.total', true, 'exact'],
      ['reconsideration.total', false, 'exact'],
    ]);
  });

  it('leaves out figures said of another year than the report’s', () => {
    const text = '2023年受理政府信息公开申请20件，2024年受理政府信息公开申请35件。';
    expect(extractClaimsFromText(text, 'overview', 2024).map((c) => c.value)).toEqual([35]);
    expect(extractClaimsFromText(text, 'overview').map((c) => c.value)).toEqual([20, 35]);
  });

  it('quotes the clause, at most 60 characters, and counts paragraphs', () => {
    const long = `在${'认真'.repeat(40)}的基础上全年共受理政府信息公开申请35件`;
    const [first, second] = extractClaimsFromText(`一段没有数字的文字。\n${long}，答复35件。`, 'problems');
    expect(first).toMatchObject({ section: 'problems', paragraph: 1 });
    expect(first!.quote.length).toBeLessThanOrEqual(60);
    expect(first!.quote.endsWith('申请35件')).toBe(true);
    expect(second!.quote).toBe('答复35件');
  });
});

describe('extractNarrativeClaims', () => {
  it('reads every section that has text and tags each claim with its section', () => {
    const claims = extractNarrativeClaims({ overview: '受理政府信息公开申请5件。', problems: null, other: '未收取信息处理费。' });
    expect(claims.map((c) => [c.section, c.topic])).toEqual([
      ['overview', 'applications.received'],
      ['other', 'fees.processingNone'],
    ]);
  });
});
