import { beforeAll, describe, expect, it } from 'vitest';
import { demoAtScale, ensureBuilt, openDemo } from '../../src/emulator/demo-session';
import { FORM_SHEET } from '../../src/demo';

/**
 * Apps Script charges per service call and stops a run at 6 minutes, so what the sidebar and the
 * monthly report cost must not grow with the rows (issue 18 item 4; the 10^6-row times are the
 * bench's). Given the demo workbook with its survey sheet at 1,000 and at 10,000 rows × 10 columns,
 * each step makes the very same calls.
 */

beforeAll(() => ensureBuilt());

function callsAt(surveyRows: number) {
  const emu = openDemo({ workbook: demoAtScale(surveyRows, 10) });
  const sheets = emu.spreadsheet.app.getActive().getSheets().map((sheet) => sheet.getName());
  emu.calls.reset();
  const { mapping } = emu.call<{ mapping: unknown }>('detectMapping', { sheets, lang: 'en' });
  const detect = emu.calls.snapshot();
  emu.calls.reset();
  const preview = emu.call<{ metrics: { metric: string; n: number }[] }>('previewMetrics', { mapping, lang: 'en' });
  const previewCalls = emu.calls.snapshot();
  emu.call('saveMapping', { mapping, lang: 'en' });
  emu.calls.reset();
  const sent = emu.call<{ subject: string }>('sendTestReport', { lang: 'en' });
  return { detect, preview: previewCalls, report: emu.calls.snapshot(), getValues: emu.calls.count('Range.getValues'), sent, npsN: preview.metrics.find((m) => m.metric === 'NPS')?.n };
}

describe('the add-on on a big survey sheet', () => {
  it('detects, previews and sends the monthly report with the same service calls on 1,000 and on 10,000 rows × 10 columns', () => {
    const small = callsAt(1_000);
    const large = callsAt(10_000);
    // The rows were really read: the preview counts ten times the answers.
    expect(large.npsN).toBeGreaterThan(5 * (small.npsN ?? 0));
    expect(large.sent.subject).toBe(small.sent.subject);
    expect(large.detect).toEqual(small.detect);
    expect(large.preview).toEqual(small.preview);
    expect(large.report).toEqual(small.report);
    // One batched read per sheet the report uses, not one per row or cell.
    expect(large.getValues).toBeLessThanOrEqual(demoAtScale(1).sheets.length);
  });

  it('widens the survey sheet to 10 columns with an order id no metric uses', () => {
    const survey = demoAtScale(3, 10).sheets.find((sheet) => sheet.name === FORM_SHEET)!;
    expect(survey.rows).toHaveLength(4);
    expect(survey.rows.every((row) => row.length === 10)).toBe(true);
    expect(survey.rows[0][survey.rows[0].length - 1]).toBe('Order ID');
    expect(survey.rows[3][9]).toBe('SV-100002');
  });
});
