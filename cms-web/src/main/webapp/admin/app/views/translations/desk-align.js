// Keeps the blocks of a desk row side by side: the n-th block of the source beside the n-th block
// of the translation, each pair starting at the same height and as tall as the taller one. Runs
// again whenever either side changes size or the translation's blocks change (typing, folding,
// adding, moving); a source block is folded with its partner. Styles go through the CSSOM, which
// the page's style-src policy allows. Nothing happens when the columns are stacked (narrow screens).
const SET = 'deskAligned';

export class BlockAligner {
  constructor(row) {
    this.row = row;
    this.frame = 0;
    this.resize = new ResizeObserver(() => this.schedule());
    this.mutation = new MutationObserver(() => this.schedule());
    this.mutation.observe(row, {childList: true, subtree: true});
    this.observed = new Set();
    this.schedule();
  }

  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.sync();
    });
  }

  pairs() {
    const left = [...this.row.querySelectorAll('.desk-source .desk-blocks > .desk-block')];
    const right = [...this.row.querySelectorAll('.desk-target cms-field-blocks > .blocks > .block')];
    return {left, right};
  }

  reset(elements) {
    for (const element of elements) {
      if (element.dataset[SET]) {
        element.style.removeProperty('margin-top');
        element.style.removeProperty('min-height');
        delete element.dataset[SET];
      }
    }
  }

  sync() {
    if (!this.row.isConnected) return;
    const {left, right} = this.pairs();
    this.reset([...left, ...right]);
    // observe what is there now
    const now = new Set([...left, ...right]);
    for (const element of this.observed) if (!now.has(element)) this.resize.unobserve(element);
    for (const element of now) if (!this.observed.has(element)) this.resize.observe(element);
    this.observed = now;
    left.forEach((element, i) => {
      const folded = Boolean(right[i] && right[i].querySelector(':scope > .block__fields[hidden]'));
      element.toggleAttribute('data-folded', folded);
    });
    if (!left.length || !right.length) return;
    const stacked = left[0].getBoundingClientRect().left >= right[0].getBoundingClientRect().left;
    if (stacked) return;
    const count = Math.min(left.length, right.length);
    for (let i = 0; i < count; i++) {
      const a = left[i];
      const b = right[i];
      const gap = b.getBoundingClientRect().top - a.getBoundingClientRect().top;
      if (Math.abs(gap) >= 1) {
        const lower = gap > 0 ? a : b;
        const current = parseFloat(getComputedStyle(lower).marginTop) || 0;
        lower.style.setProperty('margin-top', `${current + Math.abs(gap)}px`);
        lower.dataset[SET] = '1';
      }
      const height = Math.max(a.getBoundingClientRect().height, b.getBoundingClientRect().height);
      for (const element of [a, b]) {
        if (element.getBoundingClientRect().height < height - 0.5) {
          element.style.setProperty('min-height', `${height}px`);
          element.dataset[SET] = '1';
        }
      }
    }
  }

  disconnect() {
    cancelAnimationFrame(this.frame);
    this.resize.disconnect();
    this.mutation.disconnect();
    this.reset(this.observed);
  }
}
