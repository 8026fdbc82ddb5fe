// ${styleProps({left: '30%', 'object-position': '50% 20%'})} in an element's tag: sets inline
// styles through the CSSOM, which the page's style-src 'self' allows. (Lit's styleMap writes a style
// attribute on its first render, which that policy blocks.)
import {noChange} from 'lit';
import {Directive, directive, PartType} from 'lit/directive.js';

class StyleProps extends Directive {
  constructor(part) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps belongs in an element tag');
    this.names = new Set();
  }

  render() {
    return noChange;
  }

  update(part, [props]) {
    const style = part.element.style;
    for (const name of this.names) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.names = new Set(Object.keys(props));
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
