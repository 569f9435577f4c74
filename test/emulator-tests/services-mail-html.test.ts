import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../../src/emulator/services/harness';
import { CONSUMER_BODY_BYTES, MAIL_BODY_TOO_LARGE, MAIL_QUOTA_EXCEEDED } from '../../src/emulator/services/mail';
import { appsScriptError } from '../../src/emulator/services/errors';

describe('MailApp', () => {
  it('writes each message to the outbox as json, html and txt', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const h = createHarness({ outboxDir: dir });
    h.globals.MailApp.sendEmail('manager@example.com', 'March report', 'NPS 42', {
      htmlBody: '<h1>NPS 42</h1>',
      name: 'CX Metrics',
      replyTo: 'owner@example.com',
      noReply: false,
    });
    h.globals.MailApp.sendEmail({ to: 'a@example.com, Bao <b@example.vn>', cc: 'c@example.com', subject: 'Tháng 3', body: 'Chào' });
    expect(readdirSync(dir).sort()).toEqual(['message-1.html', 'message-1.json', 'message-1.txt', 'message-2.html', 'message-2.json', 'message-2.txt']);
    expect(readFileSync(join(dir, 'message-1.html'), 'utf8')).toBe('<h1>NPS 42</h1>');
    expect(readFileSync(join(dir, 'message-1.txt'), 'utf8')).toBe('NPS 42');
    const saved = JSON.parse(readFileSync(join(dir, 'message-2.json'), 'utf8'));
    expect(saved).toMatchObject({ number: 2, from: 'owner@example.com', to: ['a@example.com', 'b@example.vn'], cc: ['c@example.com'], subject: 'Tháng 3' });
    expect(readFileSync(join(dir, 'message-2.html'), 'utf8')).toBe('<pre>Chào</pre>\n');
    expect(h.state.outbox.messages[0]).toMatchObject({ name: 'CX Metrics', replyTo: 'owner@example.com', sentAt: '2026-03-02T01:00:00.000Z' });
  });

  it('takes every recipient from the daily quota and throws Apps Script’s text when it runs out', () => {
    const h = createHarness({ mailQuota: 3 });
    const mail = h.globals.MailApp;
    expect(mail.getRemainingDailyQuota()).toBe(3);
    mail.sendEmail({ to: 'a@example.com', bcc: 'b@example.com', subject: 's', body: 'b' });
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() => mail.sendEmail('a@example.com, b@example.com', 's', 'b')).toThrow(MAIL_QUOTA_EXCEEDED);
    expect(h.state.outbox.messages).toHaveLength(1);
    mail.sendEmail('a@example.com', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    // Quotas reset 24 hours after the first request.
    h.clock.advance(24 * 3600_000);
    expect(mail.getRemainingDailyQuota()).toBe(3);
  });

  it('defaults to the consumer quota of 100 recipients a day', () => {
    expect(createHarness().globals.MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('rejects a malformed address and a message without recipients', () => {
    const { globals, state } = createHarness();
    expect(() => globals.MailApp.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
    expect(() => globals.MailApp.sendEmail({ subject: 's', body: 'b' })).toThrow('Failed to send email: no recipient');
    expect(state.outbox.messages).toEqual([]);
    expect(globals.MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('refuses a body over 200 KB (UTF-8 bytes, plain and HTML together) without sending or spending quota', () => {
    const { globals, state } = createHarness();
    // 'ư' takes 2 bytes in UTF-8: 70,000 of them are 140,000 bytes, so the limit is counted in bytes, not characters.
    const vietnamese = 'ư'.repeat(70_000);
    expect(() => globals.MailApp.sendEmail('a@example.com', 's', 'x', { htmlBody: vietnamese + 'x'.repeat(CONSUMER_BODY_BYTES - 140_000) })).toThrow(MAIL_BODY_TOO_LARGE);
    expect(state.outbox.messages).toEqual([]);
    expect(globals.MailApp.getRemainingDailyQuota()).toBe(100);
    globals.MailApp.sendEmail('a@example.com', 's', 'x', { htmlBody: 'x'.repeat(CONSUMER_BODY_BYTES - 1) });
    expect(state.outbox.messages).toHaveLength(1);
  });

  it('a fault makes sendEmail throw the quota error without sending', () => {
    const h = createHarness();
    h.ctx.faults.arm('MailApp.sendEmail', () => appsScriptError(MAIL_QUOTA_EXCEEDED));
    expect(() => h.globals.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    expect(h.state.outbox.messages).toEqual([]);
    h.globals.MailApp.sendEmail('a@example.com', 's', 'b');
    expect(h.state.outbox.messages).toHaveLength(1);
  });
});

describe('HtmlService', () => {
  it('builds outputs with title, size and modes', () => {
    const { globals, ctx } = createHarness();
    const html = globals.HtmlService.createHtmlOutput('<p>Hi</p>')
      .setTitle('CX Metrics')
      .setWidth(300)
      .setHeight(200)
      .setSandboxMode(globals.HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(globals.HtmlService.XFrameOptionsMode.ALLOWALL)
      .append('<p>More</p>')
      .appendUntrusted('<b>');
    expect(html.getContent()).toBe('<p>Hi</p><p>More</p>&#60;b&#62;');
    expect([html.getTitle(), html.getWidth(), html.getHeight()]).toEqual(['CX Metrics', 300, 200]);
    expect(ctx.calls.count('HtmlOutput.setTitle')).toBe(1);
  });

  it('reads project files by name, with or without .html, and names a missing one', () => {
    const { globals } = createHarness({ files: { Sidebar: '<div id="app"></div>' } });
    expect(globals.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<div id="app"></div>');
    expect(globals.HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<div id="app"></div>');
    expect(() => globals.HtmlService.createHtmlOutputFromFile('Dialog')).toThrow('No HTML file named Dialog was found.');
  });

  it('evaluates templates: escaped, raw and code scriptlets with template variables', () => {
    const { globals } = createHarness({
      files: { Report: '<h1><?= title ?></h1><?!= chart ?><ul><? for (const m of metrics) { ?><li><?= m ?></li><? } ?></ul>' },
    });
    const template = globals.HtmlService.createTemplateFromFile('Report');
    template.title = 'NPS & CSAT <March>';
    template.chart = '<svg></svg>';
    template.metrics = ['NPS 42', 'CSAT 87%'];
    const output = template.evaluate();
    expect(output.getContent()).toBe('<h1>NPS &#38; CSAT &#60;March&#62;</h1><svg></svg><ul><li>NPS 42</li><li>CSAT 87%</li></ul>');
    expect(template.getRawContent()).toContain('<?= title ?>');
    expect(template.getCode()).toContain('__escape__(title)');
  });

  it('prints nothing for null and undefined, and fails on an unknown variable', () => {
    const { globals } = createHarness();
    const template = globals.HtmlService.createTemplate('[<?= a ?>|<?!= b ?>]');
    template.a = null;
    template.b = undefined;
    expect(template.evaluate().getContent()).toBe('[|]');
    expect(() => globals.HtmlService.createTemplate('<?= missing ?>').evaluate()).toThrow(/missing is not defined/);
  });
});
