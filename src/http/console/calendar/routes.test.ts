/** The calendar pages with JavaScript off: reading the year, the missing-notice warning, the admin's changes and their refusals. */
import { expect, it } from 'vitest';
import { describeEachApp } from '../../../../test/http-harness.ts';
import { listCalendarRows } from '../../../db/repositories/calendar.ts';

describeEachApp('console calendar pages', (current) => {
  it('shows a handler the year as month grids with 休 and 班, and no forms to change it', async () => {
    const handler = current().browser();
    await handler.signIn('handler', 'Lian-Chengban-2025');
    const page = await handler.get('/console/calendar');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('2025年日历');
    expect(page.body).toContain('国务院办公厅关于2025年部分节假日安排的通知');
    expect(page.body).toMatch(/title="春节"><span class="day-number">28<\/span><span class="day-mark">休<\/span>/);
    expect(page.body).toContain('<span class="day-mark">班</span>');
    expect(page.body).toContain('<strong>国庆节、中秋节</strong>：10月1日至10月8日放假，共8天');
    expect(page.body).not.toContain('录入新一年的节假日安排');
    expect((await handler.get('/console/calendar?year=2019')).body).toContain('2019年日历');
    expect((await handler.postForm('/console/calendar/adjustments', { date: '2025-03-10', kind: 'holiday', reason: '停电' })).statusCode).toBe(403);
  });

  it('warns from November on when next year is missing', async () => {
    const { clock } = current();
    const before = clock.now();
    clock.set(new Date('2026-11-05T02:00:00Z'));
    try {
      const admin = current().browser();
      await admin.signIn('system-admin', 'Lian-Xitong-2025');
      const page = await admin.get('/console/calendar');
      expect(page.body).toContain('尚未录入2027年节假日安排');
      expect(page.body).toContain('value="2027"');
    } finally {
      clock.set(before);
    }
  });

  it('lets the system admin adjust a date and undo it, showing the result, and refuses bad input beside the form', async () => {
    const admin = current().browser();
    await admin.signIn('system-admin', 'Lian-Xitong-2025');
    await admin.get('/console/calendar');
    const changed = await admin.postForm('/console/calendar/adjustments', { date: '2025-03-14', kind: 'holiday', reason: '县政府通知：防汛放假' });
    expect(changed.statusCode).toBe(200);
    expect(changed.body).toContain('工作日历已修改');
    expect(changed.body).toContain('将2025-03-14调整为休息日（县政府通知：防汛放假）。');
    expect((await listCalendarRows(current().handle.db)).days).toContainEqual({ date: '2025-03-14', source: 'local', kind: 'holiday', name: '县政府通知：防汛放假' });
    const again = await admin.postForm('/console/calendar/adjustments', { date: '2025-03-14', kind: 'holiday', reason: '重复' });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('2025-03-14已经是休息日，无需调整。');
    expect(again.body).toContain('value="重复"');
    const page = await admin.get('/console/calendar');
    expect(page.body).toContain('县政府通知：防汛放假');
    expect(page.body).toContain('<span class="day-local-mark">*</span>');
    const undone = await admin.postForm('/console/calendar/adjustments/remove', { date: '2025-03-14' });
    expect(undone.body).toContain('撤销2025-03-14的本地调整（县政府通知：防汛放假）。');
    expect((await listCalendarRows(current().handle.db)).days).toEqual([]);
  });

  it('takes a pasted notice for a new year and shows its grid', async () => {
    const admin = current().browser();
    await admin.signIn('system-admin', 'Lian-Xitong-2025');
    await admin.get('/console/calendar');
    const holidays = '一、元旦：1月1日至3日放假，共3天。\n二、春节：2月6日（农历除夕）至13日放假调休，共8天。2月14日（星期日）、2月20日（星期六）上班。';
    const bad = await admin.postForm('/console/calendar/years', { year: '2027', notice: '国务院办公厅关于2027年部分节假日安排的通知', holidays: '春节：2月30日', swappedWorkdays: '' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('第1行“春节：2月30日”中的“2月30日”不是有效日期。');
    const saved = await admin.postForm('/console/calendar/years', { year: '2027', notice: '国务院办公厅关于2027年部分节假日安排的通知', holidays, swappedWorkdays: '' });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).toContain('录入2027年节假日安排（国务院办公厅关于2027年部分节假日安排的通知）：11天法定节假日，2天调休上班。');
    const grid = await admin.get('/console/calendar?year=2027');
    expect(grid.body).toContain('2027年日历');
    expect(grid.body).toContain('管理员录入');
    expect(grid.body).toContain('2月14日（周日）上班：春节调休上班');
  });
});
