/**
 * The services without a loaded bundle: for tests of one service, or of add-on code that takes
 * Apps Script services as arguments. The emulator (../index.ts) wires the same services into a vm.
 */
import { createContext, type EmulatorContext } from '../context';
import { SettableClock } from './clock';
import { createServices, type ServiceOptions, type Services } from './index';

export interface Harness extends Services {
  ctx: EmulatorContext;
  clock: SettableClock;
  files: Map<string, string>;
}

export function createHarness(options: Partial<Omit<ServiceOptions, 'clock' | 'files'>> & { now?: Date; files?: Record<string, string> } = {}): Harness {
  const clock = new SettableClock(options.now ?? new Date('2026-03-02T01:00:00Z'));
  const ctx = createContext(clock, () => undefined);
  const files = new Map(Object.entries(options.files ?? {}));
  const services = createServices(ctx, {
    user: 'owner@example.com',
    userLocale: 'en',
    scriptTimeZone: () => 'Etc/UTC',
    documentId: () => 'spreadsheet-1',
    compile: () => Function as unknown as ReturnType<ServiceOptions['compile']>,
    ...options,
    clock,
    files,
  });
  return { ...services, ctx, clock, files };
}
