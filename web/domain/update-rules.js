// The update rule each optimizer and schedule applies, in TeX, written the
// way the engine computes it (see docs/design.md, "Numerics").
import { momentumForm } from './optimizers.js';

export function optimizerTex(optimizer) {
  if (optimizer.type === 'adam') {
    return String.raw`\begin{aligned} m &\leftarrow \beta_1 m + (1-\beta_1)\,g,\quad v \leftarrow \beta_2 v + (1-\beta_2)\,g^2 \\ w &\leftarrow w - \eta\,\frac{\sqrt{1-\beta_2^t}}{1-\beta_1^t}\,\frac{m}{\sqrt{v}+\epsilon} \end{aligned}`;
  }
  if (optimizer.type === 'rmsprop') {
    const s = optimizer.centered ? String.raw`s - \bar g^2` : 's';
    const step = String.raw`\eta\,\frac{g}{\sqrt{${s} + \epsilon}}`;
    const update =
      optimizer.momentum > 0
        ? String.raw`v \leftarrow \mu v + ${step},\quad w \leftarrow w - v`
        : String.raw`w \leftarrow w - ${step}`;
    const centered = optimizer.centered ? String.raw`,\quad \bar g \leftarrow \rho \bar g + (1-\rho)\,g` : '';
    return String.raw`\begin{aligned} s &\leftarrow \rho s + (1-\rho)\,g^2${centered} \\ &${update} \end{aligned}`;
  }
  if (!(optimizer.momentum > 0)) return String.raw`w \leftarrow w - \eta\, g`;
  const velocity =
    momentumForm(optimizer) === 'average'
      ? String.raw`v \leftarrow \beta v + (1-\beta)\,g`
      : String.raw`v \leftarrow \beta v + g`;
  const step = optimizer.nesterov
    ? String.raw`w \leftarrow w - \eta\,(g + \beta v)`
    : String.raw`w \leftarrow w - \eta\, v`;
  return `${velocity},\\quad ${step}`;
}

/** η at step t (counted from 0) for a schedule with initial rate η₀. */
export function scheduleTex(schedule) {
  switch (schedule.type) {
    case 'step':
      return String.raw`\eta_t = \eta_0 \cdot r^{\lfloor t / T \rfloor}`;
    case 'exponential':
      return String.raw`\eta_t = \eta_0 \cdot r^{t / T}`;
    case 'cosine':
      return String.raw`\eta_t = \eta_0 \left((1-\alpha)\,\tfrac{1}{2}\left(1 + \cos\tfrac{\pi \min(t, T)}{T}\right) + \alpha\right)`;
    default:
      return String.raw`\eta_t = \eta_0`;
  }
}
