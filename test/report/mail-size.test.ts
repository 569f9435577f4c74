import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../src/cells/bytes';
import { cleanText, cutText, oneLine } from '../../src/report/format';
import { buildReport } from '../../src/report/model';
import { MAIL_HTML_BUDGET, renderHtml } from '../../src/report/render-html';
import { renderText, reportSubject } from '../../src/report/render-text';
import { MAX_COMMENT_CHARS } from '../../src/report/view';
import { fullInput, surveyColumns, surveyRows } from './fixture';

/**
 * Whatever the sheet holds, the email stays under MailApp's body limit (200 KB on consumer
 * accounts, https://developers.google.com/apps-script/guides/services/quotas) and under Gmail's
 * ~102 KB clipping, says what it shortened, and its subject and lines carry no bidirectional
 * controls or cut surrogate pairs (issue 15).
 */

const MAILAPP_BODY_LIMIT = 200 * 1024;
const GMAIL_CLIP = 102 * 1024;

describe('the email size', () => {
  // Five detractors, each with a 50,000-character comment (a cell's maximum) full of < and &,
  // which escaping makes four and five times longer.
  const huge = Array.from({ length: 7 }, (_, i) => `${i}:` + '<&'.repeat(25_000).slice(0, 49_998));
  const report = buildReport(fullInput({ survey: surveyColumns(surveyRows({ comments: huge })) }));

  it('stays well under the MailApp limit and Gmail clipping with five 50,000-character comments', () => {
    const html = renderHtml(report);
    const text = renderText(report);
    expect(report.detractors!.comments.every((c) => c.comment.length === 50_000)).toBe(true); // the model keeps them whole
    expect(utf8Length(html)).toBeLessThan(MAIL_HTML_BUDGET);
    expect(utf8Length(html)).toBeLessThan(GMAIL_CLIP);
    expect(utf8Length(html) + utf8Length(text)).toBeLessThan(MAILAPP_BODY_LIMIT);
  });

  it('says how many comments were shortened, in both languages', () => {
    expect(renderText(report)).toContain(`5 comments were shortened to ${MAX_COMMENT_CHARS} characters; the sheet has them in full.`);
    expect(renderHtml(report)).toContain(`5 comments were shortened to ${MAX_COMMENT_CHARS} characters`);
    const vi = buildReport(fullInput({ lang: 'vi', survey: surveyColumns(surveyRows({ comments: huge })) }));
    expect(renderText(vi)).toContain(`5 nhận xét đã được rút gọn còn ${MAX_COMMENT_CHARS} ký tự; bảng tính có bản đầy đủ.`);
  });

  it('escapes each shortened comment', () => {
    const html = renderHtml(report);
    expect(html).toContain('“6:&lt;&amp;&lt;&amp;');
    expect(html).not.toMatch(/<&/);
  });

  it('leaves the comments out, and says so, rather than send a mail over its budget', () => {
    const tight = renderHtml(report, 40_000);
    expect(tight).not.toContain('“6:');
    expect(tight).toContain('5 comments were left out to keep this email within the mail size limit; the sheet has them.');
    expect(tight).not.toContain('were shortened');
  });

  it('stays under the budget when segment names, emails and the sheet name are 50,000 characters too', () => {
    const long = (c: string) => c.repeat(50_000);
    const survey = surveyColumns(surveyRows({ comments: huge, segmentNames: [long('<'), long('&')] }));
    survey.email = survey.email!.map((e) => (e ? long('"') : e));
    const hostile = buildReport(fullInput({ survey, spreadsheetName: long('ệ') }));
    const html = renderHtml(hostile);
    expect(utf8Length(html)).toBeLessThan(MAIL_HTML_BUDGET);
    expect(utf8Length(html) + utf8Length(renderText(hostile))).toBeLessThan(MAILAPP_BODY_LIMIT);
    expect(html).toContain('5 comments were shortened'); // the comments still fit, bounded
    expect(reportSubject(hostile).length).toBeLessThanOrEqual(200);
  });

  it('keeps a short comment whole, and says nothing was shortened', () => {
    const plain = renderText(buildReport(fullInput()));
    expect(plain).toContain('“Late again”');
    expect(plain).not.toContain('shortened');
  });
});

describe('detractor comments', () => {
  const report = buildReport(fullInput());

  it('shows the five most recent, counts the rest and links to the sheet that has them all', () => {
    // Six detractors left a comment in March (10–16 March, one without): the newest five are shown.
    expect(report.detractors).toMatchObject({ count: 10, withComment: 6 });
    expect(report.detractors!.comments.map((c) => c.comment)).toEqual(['Late again', 'Cold coffee', 'Wrong size', 'Rude staff', 'Too slow']);
    const text = renderText(report);
    expect(text).toContain('1 more comment is in the sheet. See them all in the sheet: https://docs.google.com/spreadsheets/d/abc123/edit');
    expect(renderHtml(report)).toMatch(/1 more comment is in the sheet\. <a href="https:\/\/docs\.google\.com\/spreadsheets\/d\/abc123\/edit"/);
    expect(renderText(buildReport(fullInput({ lang: 'vi' })))).toContain('Còn 1 nhận xét khác trong bảng tính. Xem tất cả trong bảng tính: https://');
  });
});

describe('subject and text lines', () => {
  const RLO = '\u202e';
  const cut = '😀'.slice(0, 1); // a high surrogate without its pair

  it('strip bidirectional controls and never carry or make a cut surrogate pair', () => {
    const report = buildReport(fullInput({ spreadsheetName: `Shop ${RLO}gpj.exe\u2066 ${cut}x\u200f` }));
    const subject = reportSubject(report);
    expect(subject).toBe('Customer experience report — March 2026 · Shop gpj.exe x');
    expect(subject).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(subject).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(renderText(report)).not.toMatch(/[\u202e\u2066\u200f]/);
    expect(renderHtml(report)).not.toMatch(/[\u202e\u2066\u200f]/);
  });

  it('cuts a long name on a code point boundary', () => {
    // 300 emoji are 600 UTF-16 units: the subject is cut at 200 units, never between the halves of one.
    const report = buildReport(fullInput({ spreadsheetName: '😀'.repeat(300) }));
    const subject = reportSubject(report);
    expect(subject.length).toBeLessThanOrEqual(200);
    expect(subject.endsWith('…')).toBe(true);
    expect(subject).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(cutText('a😀b', 3)).toBe('a…');
    expect(cutText('a😀b', 4)).toBe('a😀b');
    expect(oneLine(`x${cut}`, 10)).toBe('x');
    expect(cleanText(`ab${RLO}c`, 10)).toEqual({ text: 'abc', shortened: false });
  });
});
