import { h, spinner } from './dom';
import type { Messages } from './messages';
import type { State } from './state';

/**
 * The parts around the panel that both the wizard and Email reports share: the section switch,
 * the wizard's stepper and the spoken status line.
 */

export function navView(state: State, m: Messages, setView: (view: State['view']) => void): HTMLElement[] {
  const item = (view: State['view'], label: string) =>
    h(
      'button',
      { type: 'button', id: `nav-${view}`, className: 'nav-btn', 'aria-current': state.view === view ? 'page' : null, disabled: !!state.busy && state.view !== view, onclick: () => setView(view) },
      label,
    );
  return [item('setup', m.navSetup), item('reports', m.navReports)];
}

export function stepperView(state: State, m: Messages): HTMLElement[] {
  return m.steps.map((label, i) =>
    h(
      'li',
      { className: `step${i === state.step ? ' current' : ''}${i < state.step ? ' complete' : ''}`, 'aria-current': i === state.step ? 'step' : null },
      h('span', { className: 'step-num', 'aria-hidden': 'true' }, i < state.step ? '✓' : String(i + 1)),
      h('span', { className: 'step-label' }, label),
    ),
  );
}

/** Progress while a call runs; afterwards what it did, so a screen reader hears the outcome. */
export function statusView(state: State, m: Messages): HTMLElement[] {
  if (state.busy) return [spinner(), h('span', {}, m[state.busy])];
  if (state.announce) return [h('span', { className: 'status-done', 'aria-hidden': 'true' }, '✓'), h('span', {}, state.announce)];
  return [];
}
