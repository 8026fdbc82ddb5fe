// Keeps the blocks of a desk row side by side: each source block beside the translation's block of
// the same id (translations keep their source's block ids), each pair starting at the same height
// and as tall as the taller one; a block only one side has leaves a gap on the other, and a pair
// out of order (moved) is not aligned. Runs
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
    const rightById = new Map(right.map((element) => [element.dataset.blockId, element]));
    const pairs = [];
    let last = -1;
    for (const element of left) {
      const partner = rightById.get(element.dataset.blockId);
      element.toggleAttribute('data-folded', Boolean(partner && partner.querySelector(':scope > .block__fields[hidden]')));
      const index = partner ? right.indexOf(partner) : -1;
      if (index > last) {
        pairs.push([element, partner]);
        last = index;
      }
    }
    // blocks made without the source's ids (none in common): side by side in their order
    if (!pairs.length) left.slice(0, right.length).forEach((element, i) => pairs.push([element, right[i]]));
    if (!pairs.length || left[0].getBoundingClientRect().left >= right[0].getBoundingClientRect().left) return;
    for (const [a, b] of pairs) {
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
