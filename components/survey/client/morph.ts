// Brings a live DOM subtree in line with freshly rendered HTML, changing only what differs: the
// element being typed in (and its input method's composition), the focused button and the status
// live regions stay the same nodes, so screen readers announce changes and keyboards keep their
// place. Elements are matched by position, and by id or data-key where they have one.

function sameElement(a: Element, b: Element): boolean {
  return a.tagName === b.tagName && a.id === b.id && a.getAttribute("data-key") === b.getAttribute("data-key");
}

function matches(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType) return false;
  return a.nodeType !== Node.ELEMENT_NODE || sameElement(a as Element, b as Element);
}

function syncAttributes(from: Element, to: Element): void {
  for (const { name } of Array.from(from.attributes)) if (!to.hasAttribute(name)) from.removeAttribute(name);
  for (const { name, value } of Array.from(to.attributes)) if (from.getAttribute(name) !== value) from.setAttribute(name, value);
}

/** Form controls keep their state in properties, which attributes stop governing once edited. */
function syncControl(from: Element, to: Element): void {
  const focused = from === document.activeElement;
  // Tag names, not instanceof: the new nodes belong to a template's inert document.
  if (from.tagName === "INPUT") {
    const [a, b] = [from as HTMLInputElement, to as HTMLInputElement];
    if (a.type === "checkbox" || a.type === "radio") a.checked = b.defaultChecked;
    else if (!focused && a.value !== b.defaultValue) a.value = b.defaultValue;
  } else if (from.tagName === "TEXTAREA") {
    const [a, b] = [from as HTMLTextAreaElement, to as HTMLTextAreaElement];
    if (!focused && a.value !== b.defaultValue) a.value = b.defaultValue;
  }
}

function morphNode(from: Node, to: Node): void {
  if (from.nodeType !== Node.ELEMENT_NODE) {
    if (from.nodeValue !== to.nodeValue) from.nodeValue = to.nodeValue;
    return;
  }
  const a = from as Element;
  const b = to as Element;
  syncAttributes(a, b);
  syncControl(a, b);
  // A textarea's text is its default value, handled above; rewriting it would disturb typing.
  if (a.tagName === "TEXTAREA") return;
  morphChildren(a, b);
}

function morphChildren(from: Node, to: Node): void {
  let current = from.firstChild;
  let next = to.firstChild;
  while (next) {
    const following: ChildNode | null = next.nextSibling;
    if (current && matches(current, next)) {
      morphNode(current, next);
      current = current.nextSibling;
    } else {
      // An element with an identity further on is moved here rather than rebuilt.
      let found: ChildNode | null = null;
      if (next.nodeType === Node.ELEMENT_NODE && ((next as Element).id || (next as Element).hasAttribute("data-key"))) {
        for (let c = current?.nextSibling ?? null; c; c = c.nextSibling) if (matches(c, next)) { found = c; break; }
      }
      if (found) {
        from.insertBefore(found, current);
        morphNode(found, next);
      } else {
        from.insertBefore(next, current);
      }
    }
    next = following;
  }
  while (current) {
    const after: ChildNode | null = current.nextSibling;
    from.removeChild(current);
    current = after;
  }
}

/** Makes `root`'s children those of `markup`, reusing every node that can be. */
export function morph(root: Element, markup: string): void {
  const template = document.createElement("template");
  template.innerHTML = markup;
  morphChildren(root, template.content);
}
