// The base of every field widget. A widget gets its definition, value and API path, the ids of
// its label and of the texts that describe it, and a context shared by the whole form:
//   ctx = {idPrefix, errors, blockTypes (by key), locale, itemId, mayEditAssetTexts}
// It reports a change with `field-change` {value, path} (not bubbling: the field around it listens).
import {CmsElement} from '../../../ui/element.js';

export class FieldWidget extends CmsElement {
  static properties = {
    field: {attribute: false},
    value: {attribute: false},
    path: {},
    ctx: {attribute: false},
    inputId: {attribute: 'input-id'},
    labelId: {attribute: 'label-id'},
    describedby: {},
    contentLang: {attribute: 'content-lang'},
    invalid: {type: Boolean},
    readonly: {type: Boolean}
  };

  change(value, path = this.path) {
    this.value = value;
    this.dispatchEvent(new CustomEvent('field-change', {detail: {value, path}}));
  }

  /** The text for screen readers that a value changed place or was removed (a live region). */
  announce(message) {
    this.announcement = '';
    this.requestUpdate();
    // a fresh text each time, so the same message is read again
    setTimeout(() => {
      this.announcement = message;
      this.requestUpdate();
    }, 50);
  }
}

/** Moves the element at `from` to `to` in a copy of the array. */
export function moved(array, from, to) {
  const copy = [...array];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}
