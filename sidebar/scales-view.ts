import type { DetectedField, WizardMapping } from '../src/addon/api';
import { h } from './dom';
import type { Messages } from './messages';
import type { State } from './state';

/**
 * The answer-scale controls under the CSAT and CES fields of step 2: a 1–10 satisfaction question
 * read on the default 1–5 scale fails, and a 1–5 effort question read on 1–7 gives a wrong
 * number, so the person sees the detected scale and can correct it. The scales are one setting
 * of the whole mapping (the dashboard's formulas take one scale each), so every sheet's CSAT row
 * shows and changes the same value.
 */

export type ScaledField = 'csat' | 'ces';
export type ScaleChange = { scale?: number; method?: WizardMapping['scales']['ces']['method'] };

const SCALES: Record<ScaledField, readonly number[]> = { csat: [3, 5, 7, 10], ces: [5, 7] };
const METHODS = ['mean', 'percent'] as const;

/**
 * A short visible label ("Scale") kept on one line with its select; the select's own aria-label
 * names the field too, since a step may show several.
 */
function labelled(id: string, visible: string, control: HTMLElement): HTMLElement {
  return h('span', { className: 'scale-pair' }, h('label', { for: id, className: 'scale-label' }, visible), control);
}

export function scaleControls(
  state: State,
  t: Messages,
  field: DetectedField & { field: ScaledField },
  chosen: string | null,
  id: string,
  onChange: (change: ScaleChange) => void,
): HTMLElement | null {
  const mapping = state.mapping;
  if (!mapping || chosen === null) return null;
  const current = mapping.scales[field.field];
  const fieldName = field.label[state.lang];
  // Why this scale, while it is still detection's proposal for detection's column.
  const detected = field.scale && field.letter === chosen && field.scale.scale === current.scale ? field.scale : null;
  const whyId = `${id}-scale-why`;
  const scaleId = `${id}-scale`;
  const scaleSelect = h(
    'select',
    {
      id: scaleId,
      className: 'select select-small',
      'aria-label': t.scaleLabel(fieldName),
      'aria-describedby': detected ? whyId : null,
      onchange: (e) => onChange({ scale: Number((e.target as HTMLSelectElement).value) }),
    },
    SCALES[field.field].map((n) => h('option', { value: n, selected: current.scale === n }, t.scaleOption(n))),
  );
  const parts = [labelled(scaleId, t.scale, scaleSelect)];
  if (field.field === 'ces') {
    const methodId = `${id}-method`;
    const method = mapping.scales.ces.method;
    const methodSelect = h(
      'select',
      {
        id: methodId,
        className: 'select select-small',
        'aria-label': t.cesMethodLabel(fieldName),
        onchange: (e) => onChange({ method: (e.target as HTMLSelectElement).value === 'percent' ? 'percent' : 'mean' }),
      },
      METHODS.map((m) => h('option', { value: m, selected: method === m }, t.cesMethods[m])),
    );
    parts.push(labelled(methodId, t.cesMethod, methodSelect));
  }
  return h(
    'div',
    { className: 'scale-block' },
    h('div', { className: 'scale-row' }, parts),
    detected ? h('p', { className: 'samples scale-why', id: whyId, title: detected.reasons[state.lang].join('; ') }, t.scaleWhy(detected.reasons[state.lang].join('; '))) : null,
  );
}
