import { describe, expect, it } from 'vitest';
import { parseCalendarText } from './calendar-entry-text.ts';

const summary = (text: string, kind: 'holiday' | 'swappedWorkday' = 'holiday') => {
  const { days, issues } = parseCalendarText(text, 2027, kind, 'holidays');
  return { days: days.map((d) => `${d.date} ${d.kind} ${d.name}`), issues: issues.map((i) => i.message) };
};

describe('parseCalendarText', () => {
  it('reads a holiday per line, as ranges or single dates, with or without the year', () => {
    expect(summary('元旦：2027-01-01\n春节 2月6日至2月8日\n清明节：4月5日')).toEqual({
      days: ['2027-01-01 holiday 元旦', '2027-02-06 holiday 春节', '2027-02-07 holiday 春节', '2027-02-08 holiday 春节', '2027-04-05 holiday 清明节'],
      issues: [],
    });
  });

  it('reads the notice as the State Council publishes it, working days included', () => {
    const pasted = '二、春节：2月15日（农历腊月二十八）至17日（农历正月初一）放假调休，共3天。2月14日（星期日）、2月20日（星期六）上班。';
    expect(summary(pasted).days).toEqual([
      '2027-02-15 holiday 春节',
      '2027-02-16 holiday 春节',
      '2027-02-17 holiday 春节',
      '2027-02-14 swappedWorkday 春节调休上班',
      '2027-02-20 swappedWorkday 春节调休上班',
    ]);
  });

  it('reads a list of swapped working days with or without names', () => {
    expect(summary('2027-02-14 春节调休上班\n2027/10/9、2027年10月10日', 'swappedWorkday').days).toEqual([
      '2027-02-14 swappedWorkday 春节调休上班',
      '2027-10-09 swappedWorkday 调休上班',
      '2027-10-10 swappedWorkday 调休上班',
    ]);
  });

  it('says which line is wrong and why', () => {
    expect(summary('春节：2月30日\n国庆节 10月7日至10月1日\n2027-05-01\n劳动节\n端午节：13日').issues).toEqual([
      '第1行“春节：2月30日”中的“2月30日”不是有效日期。',
      '第2行“国庆节 10月7日至10月1日”的日期范围2027-10-07至2027-10-01有误（结束早于开始，或超过15天）。',
      '第3行“2027-05-01”没有写节日名称，例如“春节：2月6日至2月8日”。',
      '第4行“劳动节”中没有日期。',
      '第5行“端午节：13日”中的“13日”缺少月份。',
    ]);
  });
});
