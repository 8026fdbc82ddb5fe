// Reordering an ordered list with the mouse (drag a row by its handle) and the keyboard (move up
// and down buttons, or Alt+Arrow keys on a row's handle), announcing each move to screen readers.
import {html} from '../../ui/element.js';
import {t} from '../../core/i18n.js';
import {icon} from '../../ui/icons.js';

/** A copy of the list with the entry at `from` moved to `to`. */
export function moved(list, from, to) {
  if (to < 0 || to >= list.length || from === to) return list;
  const copy = [...list];
  const [entry] = copy.splice(from, 1);
  copy.splice(to, 0, entry);
  return copy;
}

/**
 * Wires reordering into a host element. `get()` gives the list, `set(list)` stores a new one,
 * `label(entry)` names an entry in announcements, `id(entry)` identifies its row.
 */
export class Reorder {
  constructor(host, {get, set, label, id}) {
    Object.assign(this, {host, get, set, label, id});
    this.dragging = null;
  }

  move(from, to) {
    const list = this.get();
    if (to < 0 || to >= list.length) return;
    const entry = list[from];
    const focused = document.activeElement;
    this.set(moved(list, from, to));
    this.announce(t('settings.reorder.moved', {name: this.label(entry), position: to + 1, count: list.length}));
    // the row's node moves, which takes the focus away from it: give it back once the list (and
    // whoever holds it, for a list passed down) has drawn the new order
    setTimeout(() => this.host.updateComplete.then(() => {
      if (!focused || !this.host.contains(focused) || document.activeElement === focused) return;
      if (!focused.disabled) {
        focused.focus();
        return;
      }
      const row = this.host.querySelector(`[data-reorder-id="${CSS.escape(this.id(entry))}"]`);
      row?.querySelector('[data-move]:not([disabled])')?.focus();
    }));
  }

  announce(message) {
    const region = this.host.querySelector('[data-reorder-status]');
    if (region) {
      region.textContent = '';
      setTimeout(() => (region.textContent = message), 50);
    }
  }

  /** The live region announcements go to; put it once in the host's template. */
  status() {
    return html`<p class="visually-hidden" role="status" aria-live="polite" data-reorder-status></p>`;
  }

  /** Handlers of the row at `index` (drag and drop, Alt+Arrow keys): spread them on the row. */
  rowHandlers(index) {
    return {
      keydown: (event) => {
        if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
        if (event.target.closest('select')) return;
        event.preventDefault();
        event.stopPropagation();
        this.move(index, index + (event.key === 'ArrowUp' ? -1 : 1));
      },
      dragover: (event) => {
        if (this.dragging === null) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        event.currentTarget.classList.add('is-drop-target');
      },
      dragleave: (event) => event.currentTarget.classList.remove('is-drop-target'),
      drop: (event) => {
        event.preventDefault();
        event.currentTarget.classList.remove('is-drop-target');
        if (this.dragging !== null && this.dragging !== index) this.move(this.dragging, index);
        this.dragging = null;
      }
    };
  }

  /** The drag handle (for the mouse) and the move buttons of the row at `index`. */
  controls(index, name) {
    const count = this.get().length;
    const dragstart = (event) => {
      const row = event.currentTarget.closest('[data-reorder-id]');
      this.dragging = index;
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', String(index));
      if (row) {
        event.dataTransfer.setDragImage(row, 16, 16);
        row.classList.add('is-dragging');
      }
    };
    const dragend = (event) => {
      this.dragging = null;
      event.currentTarget.closest('[data-reorder-id]')?.classList.remove('is-dragging');
      this.host.querySelectorAll('.is-drop-target').forEach((el) => el.classList.remove('is-drop-target'));
    };
    return html`<span class="reorder-handle" aria-hidden="true" draggable="true" title=${t('settings.reorder.hint')}
        @dragstart=${dragstart} @dragend=${dragend}>${icon('drag')}</span>
      <button class="button button--quiet button--small reorder-button" type="button" data-move="up" ?disabled=${index === 0}
        aria-label=${t('settings.reorder.up', {name})} title=${t('settings.reorder.hint')}
        @click=${() => this.move(index, index - 1)}>${icon('up')}</button>
      <button class="button button--quiet button--small reorder-button" type="button" data-move="down" ?disabled=${index === count - 1}
        aria-label=${t('settings.reorder.down', {name})} title=${t('settings.reorder.hint')}
        @click=${() => this.move(index, index + 1)}>${icon('down')}</button>`;
  }
}
