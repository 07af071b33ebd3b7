/**
 * A tiny, safe element builder for the victim status page. Text is always added as text nodes (never as
 * HTML), so anything typed by staff is shown exactly as typed and can never run as script.
 */
export type Child = Node | string | number | null | undefined | false;
export type Attributes = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** A visually hidden span, for words only screen reader users need. */
export function hidden(text: string): HTMLSpanElement {
  return h('span', { class: 'govuk-visually-hidden' }, text);
}
