import { h, spinner } from './dom';
import type { Messages } from './messages';
import type { State } from './state';

/**
 * The parts around the panel that both the wizard and Email reports share: the section switch,
 * the wizard's stepper, the notice and the spoken status line.
 */

export function navView(state: State, m: Messages, setView: (view: State['view']) => void): HTMLElement[] {
  const item = (view: State['view'], label: string) =>
    h(
      'button',
      { type: 'button', id: `nav-${view}`, className: 'nav-btn', 'aria-current': state.view === view ? 'page' : null, disabled: !!state.busy && state.view !== view, onclick: () => setView(view) },
      label,
    );
  return [item('setup', m.navSetup), item('reports', m.navReports), item('alerts', m.navAlerts)];
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

/**
 * The notice above the panel: a failed call with its message and Try again, a saved setup that
 * needs Fix or Reset, or an informational line; null when there is nothing to say.
 */
export function noticeView(state: State, m: Messages, act: { fixSaved(): void; resetSaved(): void }): { className: string; children: HTMLElement[] } | null {
  const saved = state.saved;
  if (state.error) {
    const retry = state.error.retry;
    return {
      className: 'notice notice-error',
      children: [
        h('p', { className: 'notice-title' }, m.failed),
        h('p', { className: 'notice-text' }, state.error.message),
        ...(retry ? [h('button', { type: 'button', className: 'btn btn-text', onclick: () => retry() }, m.retry)] : []),
      ],
    };
  }
  if (state.view === 'setup' && saved && (saved.status === 'corrupt' || saved.status === 'old-version')) {
    return {
      className: 'notice notice-warn',
      children: [
        h('p', { className: 'notice-title' }, m.savedProblem),
        h('p', { className: 'notice-text' }, saved.message),
        h(
          'div',
          { className: 'notice-actions' },
          h('button', { type: 'button', id: 'fix-saved', className: 'btn btn-text', onclick: () => act.fixSaved() }, m.fix),
          h('button', { type: 'button', id: 'reset-saved', className: 'btn btn-text', onclick: () => act.resetSaved() }, m.reset),
        ),
      ],
    };
  }
  if (state.view === 'setup' && state.info) return { className: 'notice notice-info', children: [h('p', { className: 'notice-text' }, state.info)] };
  return null;
}
