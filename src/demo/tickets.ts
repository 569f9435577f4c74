/** The support desk's export: one row per ticket, the newest still open. */
import type { SheetData } from './types';
import type { Random } from './random';
import { daysInMonth, demoMonths, localTime } from './time';
import { firstContactRate, medianResolutionHours, ticketCount } from './story';

export const TICKETS_SHEET = 'Support tickets';

export const TICKET_HEADERS = ['Ticket ID', 'Opened', 'Resolved', 'Resolved on first contact', 'Channel'] as const;

export function ticketsSheet(random: Random): SheetData {
  const tickets: { opened: Date; resolved: Date | ''; first: string; channel: string }[] = [];
  for (const month of demoMonths()) {
    const count = ticketCount(month, random);
    for (let i = 0; i < count; i++) {
      const day = random.int(1, daysInMonth(month.year, month.month));
      const opened = localTime(month.year, month.month, day, random.int(8, 20), random.int(0, 59), random.int(0, 59));
      const channel = random.weighted([['Email', 35], ['Phone', 25], ['Chat', 25], ['Zalo', 15]] as const);
      const first = random.chance(firstContactRate(month) + (channel === 'Chat' ? 0.05 : 0));
      // Solved on first contact means minutes to a few hours; otherwise log-normal around the median.
      const hours = first ? 0.2 + random.next() * 3 : medianResolutionHours(month) * Math.exp(0.6 * random.normal());
      const resolved = new Date(opened.getTime() + Math.round(hours * 3600) * 1000);
      tickets.push({ opened, resolved, first: first ? 'Yes' : 'No', channel });
    }
  }
  tickets.sort((a, b) => a.opened.getTime() - b.opened.getTime());
  // The last tickets of October are still open on 24 November: no resolved date, no flag yet.
  for (const ticket of tickets.slice(-3)) {
    ticket.resolved = '';
    ticket.first = '';
  }
  const rows: unknown[][] = tickets.map((t, i) => [`T-${10001 + i}`, t.opened, t.resolved, t.first, t.channel]);
  rows[25][4] = ''; // channel not recorded
  const blank = TICKET_HEADERS.map(() => '');
  return { name: TICKETS_SHEET, rows: [[...TICKET_HEADERS], ...rows, blank, [...blank]], frozenRows: 1 };
}
