// Builds an HTML form from a form version's JSON Schema (the subset of docs/catalog.md) and reads the
// data back as JSON. Every field is a node that knows its JSON pointer, so the API's errors can be
// shown next to the field they are about.
import { el, uid, drawImage, base64ToBytes } from './dom.js';

/** Strings without a limit, or with one above this, are paragraphs rather than names or numbers. */
const SHORT_TEXT_LIMIT = 100;
/** Above this many choices a radio group gets too long to scan; a select is used instead. */
const MAX_RADIOS = 10;
const IMAGE_TYPES = 'image/png,image/jpeg,image/gif,image/bmp';

/** Counts 字 as the API does: code points, without line breaks. */
export function countChars(text) {
  let count = 0;
  for (const ch of text) if (ch !== '\n' && ch !== '\r') count += 1;
  return count;
}

function escapePointer(segment) {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

export function parsePointer(pointer) {
  if (!pointer) return [];
  return pointer.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function isBlank(value) {
  return value === undefined || value === null || value === ''
    || (Array.isArray(value) && value.length === 0)
    || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
}

/** Follows local $refs and folds allOf members in, so a node sees one plain schema. */
function resolve(schema, root, depth = 0) {
  if (!schema || typeof schema !== 'object' || depth > 16) return schema ?? {};
  let s = schema;
  if (s.$ref && s.$ref.startsWith('#/')) {
    let target = root;
    for (const part of parsePointer(s.$ref.slice(1))) target = target?.[part];
    const { $ref, ...local } = s;
    s = { ...resolve(target, root, depth + 1), ...local };
  }
  if (Array.isArray(s.allOf)) {
    const merged = { ...s, properties: { ...(s.properties ?? {}) }, required: [...(s.required ?? [])] };
    for (const part of s.allOf.map((p) => resolve(p, root, depth + 1))) {
      Object.assign(merged.properties, part.properties ?? {});
      merged.required.push(...(part.required ?? []));
    }
    s = merged;
  }
  return s;
}

function typeOf(s) {
  const t = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  if (t) return t;
  if (s.properties) return 'object';
  if (s.items) return 'array';
  if (s.enum) return typeof s.enum[0] === 'number' ? 'number' : 'string';
  return 'string';
}

function requiredMark() {
  return el('span', { class: 'req', title: '定稿时必填' }, '*', el('span', { class: 'sr-only' }, '（定稿必填）'));
}

/** Common to every field: where it sits (pointer), whether the user has touched it, its error line. */
class Node {
  constructor(ctx, schema, title, required) {
    this.ctx = ctx;
    this.schema = schema;
    this.title = title;
    this.required = required;
    this.parent = null;
    this.touched = false;
    this.errorBox = el('p', { class: 'error', id: uid('e'), hidden: true, 'aria-live': 'polite' });
    // Shown only by the fields that have a limit a draft may still fall short of.
    this.warningBox = el('p', { class: 'warning', id: uid('w'), hidden: true, 'aria-live': 'polite' });
  }

  pointer() {
    return this.parent ? `${this.parent.pointer()}/${escapePointer(this.parent.keyOf(this))}` : '';
  }

  child() {
    return undefined;
  }

  children() {
    return [];
  }

  /** The deepest node a pointer reaches; an error about a field the form does not show lands on its nearest ancestor. */
  find(segments) {
    if (segments.length === 0) return this;
    const next = this.child(segments[0]);
    return next ? next.find(segments.slice(1)) : this;
  }

  walk(visit) {
    visit(this);
    for (const c of this.children()) c.walk(visit);
  }

  touch() {
    for (let n = this; n; n = n.parent) n.touched = true;
  }

  setErrors(messages) {
    this.errorBox.textContent = messages.join('；');
    this.errorBox.hidden = messages.length === 0;
    for (const input of this.ownInputs()) {
      if (messages.length) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    this.element.classList.toggle('has-error', messages.length > 0);
  }

  inputs() {
    return [];
  }

  /** What a final submission will still refuse that a draft allows (a text or list short of its minimum), or null. */
  shortOf() {
    return null;
  }

  setWarning(message) {
    this.warningBox.textContent = message ?? '';
    this.warningBox.hidden = !message;
  }

  /** The inputs this node's own error is about (a group's error is not about its first field). */
  ownInputs() {
    return this.inputs();
  }

  focus() {
    const [first] = this.inputs();
    (first ?? this.element).focus();
    this.element.scrollIntoView({ block: 'center' });
  }

  changed() {
    this.touch();
    this.ctx.onChange(this);
  }

  relabel() {}
}

/**
 * The field's instruction and limits. A requirement the group above it already states (a 附表 item whose
 * 是否符合 field repeats the item's text) is not printed twice: only what the field adds to it is shown.
 */
function help(schema, extra, shown) {
  let description = schema.description ?? '';
  if (shown && description.startsWith(shown)) description = description.slice(shown.length).trim();
  const text = [description, extra].filter(Boolean).join(' ');
  return text ? el('p', { class: 'help', id: uid('h') }, text) : null;
}

function describedBy(...nodes) {
  return nodes.filter(Boolean).map((n) => n.id).join(' ') || undefined;
}

/** Text, number, date, e-mail and telephone fields, with a 字 counter when the field has a limit. */
class ScalarNode extends Node {
  constructor(ctx, schema, title, required) {
    super(ctx, schema, title, required);
    this.type = typeOf(schema);
    const id = uid();
    const format = schema.format;
    const long = this.type === 'string' && !format && !schema.pattern
      && (schema.maxLength === undefined || schema.maxLength > SHORT_TEXT_LIMIT);
    this.input = long
      ? el('textarea', { id, rows: schema.maxLength && schema.maxLength <= 300 ? 4 : 6 })
      : el('input', { id, ...this.inputProps(schema, format) });
    this.label = el('label', { for: id }, title);
    if (required) this.label.append(requiredMark());
    const limits = [];
    if (schema.minLength > 1) limits.push(`定稿时不少于${schema.minLength}字`);
    if (schema.maxLength !== undefined) limits.push(`最多${schema.maxLength}字`);
    if (schema.minimum !== undefined) limits.push(`不小于 ${schema.minimum}`);
    if (schema.exclusiveMinimum !== undefined) limits.push(`大于 ${schema.exclusiveMinimum}`);
    if (schema.maximum !== undefined) limits.push(`不大于 ${schema.maximum}`);
    this.help = help(schema, limits.length ? `（${limits.join('，')}）` : '', ctx.shown);
    this.counter = schema.maxLength ? el('span', { class: 'counter', id: uid('c') }) : null;
    this.input.setAttribute('aria-describedby', describedBy(this.help, this.counter, this.errorBox, this.warningBox));
    this.element = el('div', { class: `field${long ? ' wide' : ''}` },
      this.label, this.help, this.input,
      el('div', { class: 'field-foot' }, el('div', {}, this.errorBox, this.warningBox), this.counter));
    this.input.addEventListener('input', () => {
      this.updateCounter();
      this.changed();
    });
    this.raw = false;
    this.updateCounter();
  }

  inputProps(schema, format) {
    if (this.type === 'number' || this.type === 'integer') {
      return {
        type: 'number',
        inputmode: this.type === 'integer' ? 'numeric' : 'decimal',
        step: this.type === 'integer' ? '1' : 'any',
        min: schema.minimum ?? schema.exclusiveMinimum,
        max: schema.maximum ?? schema.exclusiveMaximum,
      };
    }
    switch (format) {
      case 'email': return { type: 'email', autocomplete: 'email', spellcheck: false };
      case 'phone': return { type: 'tel', autocomplete: 'tel', placeholder: '手机号码或带区号的固定电话' };
      case 'date': return { type: 'date' };
      case 'year': return { type: 'text', inputmode: 'numeric', placeholder: '如：2024' };
      case 'uscc': return { type: 'text', autocapitalize: 'characters', spellcheck: false, placeholder: '18位统一社会信用代码' };
      case 'industry': return { type: 'text', spellcheck: false };
      default: return { type: 'text' };
    }
  }

  updateCounter() {
    if (!this.counter) return;
    const count = countChars(this.input.value);
    this.counter.textContent = `${count}/${this.schema.maxLength}字`;
    this.counter.classList.toggle('over', count > this.schema.maxLength);
  }

  inputs() {
    return [this.input];
  }

  /** A text shorter than the minimum: allowed in a draft, to be finished before the final submission. */
  shortOf() {
    const min = this.schema.minLength;
    const count = countChars(this.input.value.trim() === '' ? '' : this.input.value);
    return min > 1 && count > 0 && count < min ? `${this.title}定稿时不少于${min}字（当前${count}字），草稿可先下载` : null;
  }

  /** A number box that holds something the browser cannot read as a number says so itself; the API never sees it. */
  localError() {
    return this.input.validity?.badInput ? `${this.title}应为数字` : null;
  }

  get() {
    const value = this.input.value;
    if (value === '') return undefined;
    if (!this.raw && (this.type === 'number' || this.type === 'integer')) return Number(value);
    if (!this.raw && this.schema.format === 'year' && this.type !== 'string' && /^\d+$/.test(value)) return Number(value);
    return value;
  }

  set(value) {
    const text = value === undefined || value === null ? '' : String(value);
    this.input.value = text;
    // A loaded value the typed box cannot hold (a date as "2025年6月", a number as text) is kept as text,
    // so nothing loaded is silently dropped and the API can say what is wrong with it.
    if (this.input.value !== text && this.input.tagName === 'INPUT') {
      this.input.type = 'text';
      this.input.value = text;
      this.raw = true;
    }
    this.updateCounter();
  }

  relabel(title) {
    this.title = title;
    this.label.firstChild.textContent = title;
  }
}

/** One choice out of an enum: radio buttons (a select for long lists). */
class ChoiceNode extends Node {
  constructor(ctx, schema, title, required) {
    super(ctx, schema, title, required);
    this.options = schema.enum;
    this.outside = undefined;
    this.help = help(schema, '', ctx.shown);
    this.note = el('p', { class: 'note', hidden: true });
    if (this.options.length > MAX_RADIOS) {
      const id = uid();
      this.select = el('select', { id, 'aria-describedby': describedBy(this.help, this.errorBox) },
        el('option', { value: '' }, '（未选择）'),
        this.options.map((o, i) => el('option', { value: String(i) }, String(o))));
      this.select.addEventListener('change', () => { this.outside = undefined; this.changed(); });
      this.label = el('label', { for: id }, title);
      if (required) this.label.append(requiredMark());
      this.element = el('div', { class: 'field' }, this.label, this.help, this.select, this.note, this.errorBox);
      return;
    }
    const name = uid('g');
    this.radios = this.options.map((option, i) => el('input', { type: 'radio', name, value: String(i), id: uid() }));
    for (const radio of this.radios) radio.addEventListener('change', () => { this.outside = undefined; this.changed(); });
    this.clear = el('button', { type: 'button', class: 'link', hidden: true, 'aria-label': `清除“${title}”的选择` }, '清除选择');
    this.clear.addEventListener('click', () => {
      for (const r of this.radios) r.checked = false;
      this.outside = undefined;
      this.radios[0].focus();
      this.changed();
    });
    this.legend = el('legend', {}, title);
    if (required) this.legend.append(requiredMark());
    this.element = el('fieldset', { class: 'choice', 'aria-describedby': describedBy(this.help, this.errorBox) },
      this.legend, this.help,
      el('div', { class: 'options' }, this.radios.map((radio, i) => el('label', { class: 'option', for: radio.id }, radio, String(this.options[i])))),
      this.clear, this.note, this.errorBox);
  }

  changed() {
    this.sync();
    super.changed();
  }

  sync() {
    if (this.clear) this.clear.hidden = !this.radios.some((r) => r.checked);
    this.note.hidden = this.outside === undefined;
    this.note.textContent = this.outside === undefined ? '' : `载入的值“${this.outside}”不在选项中，请重新选择`;
  }

  inputs() {
    if (this.select) return [this.select];
    const checked = this.radios.find((r) => r.checked);
    return checked ? [checked, ...this.radios.filter((r) => r !== checked)] : this.radios;
  }

  get() {
    if (this.outside !== undefined) return this.outside;
    const index = this.select ? this.select.value : this.radios.find((r) => r.checked)?.value;
    return index === undefined || index === '' ? undefined : this.options[Number(index)];
  }

  set(value) {
    const index = this.options.findIndex((o) => o === value);
    this.outside = value === undefined || value === null || index >= 0 ? undefined : value;
    if (this.select) this.select.value = index >= 0 ? String(index) : '';
    else this.radios.forEach((r, i) => { r.checked = i === index; });
    this.sync();
  }

  relabel(title) {
    this.title = title;
    (this.legend ?? this.label).firstChild.textContent = title;
  }
}

/** Several choices out of an enum (an array of enum values): check boxes, at most maxItems ticked. */
class MultiChoiceNode extends Node {
  constructor(ctx, schema, itemSchema, title, required) {
    super(ctx, schema, title, required);
    this.options = itemSchema.enum;
    const limits = [];
    if (schema.minItems) limits.push(`至少选${schema.minItems}项`);
    if (schema.maxItems) limits.push(`最多选${schema.maxItems}项`);
    this.help = help(schema, limits.length ? `（${limits.join('，')}）` : '（可多选）', ctx.shown);
    this.boxes = this.options.map(() => el('input', { type: 'checkbox', id: uid() }));
    for (const box of this.boxes) box.addEventListener('change', () => { this.limit(); this.changed(); });
    this.legend = el('legend', {}, title);
    if (required) this.legend.append(requiredMark());
    this.element = el('fieldset', { class: 'choice multi', 'aria-describedby': describedBy(this.help, this.errorBox) },
      this.legend, this.help,
      el('div', { class: 'options' }, this.boxes.map((box, i) => el('label', { class: 'option', for: box.id }, box, String(this.options[i])))),
      this.errorBox);
  }

  limit() {
    const max = this.schema.maxItems;
    if (!max) return;
    const full = this.boxes.filter((b) => b.checked).length >= max;
    for (const box of this.boxes) box.disabled = full && !box.checked;
  }

  inputs() {
    return this.boxes;
  }

  get() {
    const chosen = this.options.filter((_, i) => this.boxes[i].checked);
    return chosen.length ? chosen : undefined;
  }

  set(value) {
    const values = Array.isArray(value) ? value : [];
    this.boxes.forEach((box, i) => { box.checked = values.includes(this.options[i]); });
    this.limit();
  }

  relabel(title) {
    this.title = title;
    this.legend.firstChild.textContent = title;
  }
}

/** A yes/no field as one check box. */
class BooleanNode extends Node {
  constructor(ctx, schema, title, required) {
    super(ctx, schema, title, required);
    this.help = help(schema, '', ctx.shown);
    this.box = el('input', { type: 'checkbox', id: uid(), 'aria-describedby': describedBy(this.help, this.errorBox) });
    this.box.addEventListener('change', () => this.changed());
    this.label = el('label', { class: 'option', for: this.box.id }, this.box, title);
    if (required) this.label.append(requiredMark());
    this.element = el('div', { class: 'field' }, this.label, this.help, this.errorBox);
  }

  inputs() {
    return [this.box];
  }

  get() {
    return this.box.checked ? true : undefined;
  }

  set(value) {
    this.box.checked = value === true;
  }
}

/** A photo: chosen from a file, kept as a data URI (base64), previewed on a canvas. */
class ImageNode extends Node {
  constructor(ctx, schema, title, required) {
    super(ctx, schema, title, required);
    this.value = undefined;
    const id = uid();
    this.file = el('input', { type: 'file', id, accept: IMAGE_TYPES });
    this.label = el('label', { for: id }, title);
    if (required) this.label.append(requiredMark());
    this.help = help(schema, '（PNG、JPEG、GIF 或 BMP 图片）', ctx.shown);
    this.preview = el('canvas', { class: 'thumb', hidden: true, role: 'img', 'aria-label': `${title}预览` });
    this.status = el('span', { class: 'image-status' }, '未选择图片');
    this.remove = el('button', { type: 'button', class: 'small secondary', hidden: true }, '移除图片');
    this.file.setAttribute('aria-describedby', describedBy(this.help, this.status, this.errorBox));
    this.file.addEventListener('change', () => this.load(this.file.files[0]));
    this.remove.addEventListener('click', () => {
      this.show(undefined);
      this.file.value = '';
      this.file.focus();
      this.changed();
    });
    this.element = el('div', { class: 'field image' }, this.label, this.help, this.file,
      el('div', { class: 'image-row' }, this.preview, this.status, this.remove), this.errorBox);
    this.status.id = uid('s');
  }

  load(file) {
    if (!file) return;
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      this.show(reader.result, file.name);
      this.changed();
    });
    reader.readAsDataURL(file);
  }

  async show(value, name) {
    this.value = value || undefined;
    this.remove.hidden = !this.value;
    this.preview.hidden = true;
    if (!this.value) {
      this.status.textContent = '未选择图片';
      return;
    }
    const match = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(this.value);
    const base64 = match ? match[3] : this.value;
    const kb = Math.round((base64.length * 3) / 4 / 1024);
    this.status.textContent = `${name ?? '已载入图片'}（${kb} KB）`;
    try {
      await drawImage(this.preview, new Blob([base64ToBytes(base64)], { type: match?.[1] || 'image/png' }));
      this.preview.hidden = false;
    } catch {
      this.status.textContent += '，无法显示预览';
    }
  }

  inputs() {
    return [this.file];
  }

  get() {
    return this.value;
  }

  set(value) {
    this.file.value = '';
    this.show(typeof value === 'string' ? value : undefined);
  }

  relabel(title) {
    this.title = title;
    this.label.firstChild.textContent = title;
    this.preview.setAttribute('aria-label', `${title}预览`);
  }
}

/** A group of fields (a table section, a project's indicators); the data root is one too. */
class ObjectNode extends Node {
  constructor(ctx, schema, title, required, depth) {
    super(ctx, schema, title, required);
    this.fields = new Map();
    const requiredNames = new Set(schema.required ?? []);
    const body = el('div', { class: 'fields' });
    const shown = ctx.shown;
    for (const [name, sub] of Object.entries(schema.properties ?? {})) {
      ctx.shown = depth > 0 ? schema.description : undefined;
      const node = build(ctx, sub, sub.title ?? name, requiredNames.has(name), depth + 1);
      ctx.shown = shown;
      node.parent = this;
      this.fields.set(name, node);
      body.append(node.element);
    }
    this.help = help(schema, '', ctx.shown);
    if (depth === 0) {
      this.element = el('div', { class: 'form-root' }, this.help, this.errorBox, body);
    } else {
      this.legend = el('legend', {}, title);
      if (required) this.legend.append(requiredMark());
      this.element = el('fieldset', { class: `group depth-${Math.min(depth, 3)} wide` }, this.legend, this.help, this.errorBox, body);
    }
  }

  ownInputs() {
    return [];
  }

  keyOf(node) {
    for (const [name, n] of this.fields) if (n === node) return name;
    return '';
  }

  child(segment) {
    return this.fields.get(segment);
  }

  children() {
    return [...this.fields.values()];
  }

  inputs() {
    for (const node of this.fields.values()) {
      const found = node.inputs();
      if (found.length) return found;
    }
    return [];
  }

  get() {
    const value = {};
    for (const [name, node] of this.fields) {
      const v = node.get();
      if (!isBlank(v)) value[name] = v;
    }
    return isBlank(value) ? undefined : value;
  }

  set(value) {
    const data = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
    for (const [name, node] of this.fields) node.set(data[name]);
    for (const name of Object.keys(data)) {
      if (!this.fields.has(name)) this.ctx.ignored.push(`${this.pointer()}/${escapePointer(name)}`);
    }
  }

  relabel(title) {
    this.title = title;
    if (this.legend) this.legend.firstChild.textContent = title;
  }
}

/** Repeating rows (projects, staff, photos): add and remove within minItems…maxItems. */
class ArrayNode extends Node {
  constructor(ctx, schema, itemSchema, title, required, depth) {
    super(ctx, schema, title, required);
    this.itemSchema = itemSchema;
    this.depth = depth;
    this.items = [];
    this.itemName = itemSchema.title || '项';
    const unit = schema['x-unit'] ?? '项';
    const limits = [];
    if (schema.minItems) limits.push(`至少${schema.minItems}${unit}`);
    if (schema.maxItems) limits.push(`最多${schema.maxItems}${unit}`);
    this.help = help(schema, limits.length ? `（${limits.join('，')}）` : '', ctx.shown);
    this.list = el('ol', { class: 'items' });
    this.add = el('button', { type: 'button', class: 'secondary add' }, `添加${this.itemName}`);
    this.add.addEventListener('click', () => {
      const node = this.append(undefined);
      this.update();
      node.focus();
      this.changed();
    });
    this.legend = el('legend', {}, title);
    if (required) this.legend.append(requiredMark());
    this.count = el('p', { class: 'count', 'aria-live': 'polite' });
    this.element = el('fieldset', { class: `group array depth-${Math.min(depth, 3)} wide` },
      this.legend, this.help, this.errorBox, this.warningBox, this.list, el('div', { class: 'array-foot' }, this.add, this.count));
    this.reset();
  }

  initialCount() {
    return this.schema.minItems ?? 0;
  }

  reset() {
    this.list.replaceChildren();
    this.items = [];
    for (let i = 0; i < this.initialCount(); i += 1) this.append(undefined);
    this.update();
  }

  append(value) {
    const node = build(this.ctx, this.itemSchema, '', false, this.depth + 1);
    node.parent = this;
    const remove = el('button', { type: 'button', class: 'small danger remove' }, '删除');
    remove.addEventListener('click', () => this.removeItem(node));
    node.removeButton = remove;
    node.row = el('li', { class: 'item' }, node.element, remove);
    this.items.push(node);
    this.list.append(node.row);
    if (value !== undefined) node.set(value);
    return node;
  }

  removeItem(node) {
    const index = this.items.indexOf(node);
    this.items.splice(index, 1);
    node.row.remove();
    this.update();
    const next = this.items[Math.min(index, this.items.length - 1)];
    (next ?? { focus: () => this.add.focus() }).focus();
    this.changed();
  }

  update() {
    const min = this.schema.minItems ?? 0;
    const max = this.schema.maxItems ?? Infinity;
    this.items.forEach((node, i) => {
      const label = `${this.itemName} ${i + 1}`;
      node.relabel(label);
      node.removeButton.textContent = `删除${this.itemName} ${i + 1}`;
      node.removeButton.disabled = this.items.length <= min;
    });
    this.add.disabled = this.items.length >= max;
    this.count.textContent = `共 ${this.items.length} ${this.schema['x-unit'] ?? '项'}`
      + (this.items.length >= max ? `（已达上限 ${max}）` : '');
  }

  ownInputs() {
    return [];
  }

  /** Fewer rows than the minimum: allowed in a draft, to be completed before the final submission. */
  shortOf() {
    const min = this.schema.minItems;
    const count = this.get()?.length ?? 0;
    const unit = this.schema['x-unit'] ?? '项';
    return min > 1 && count > 0 && count < min ? `${this.title}定稿时至少${min}${unit}（当前${count}${unit}），草稿可先下载` : null;
  }

  keyOf(node) {
    return String(this.items.indexOf(node));
  }

  child(segment) {
    if (!/^\d+$/.test(segment)) return undefined;
    const index = Number(segment);
    return this.items[this.sent?.[index] ?? index];
  }

  children() {
    return this.items;
  }

  inputs() {
    return this.items.length ? this.items[0].inputs() : [this.add];
  }

  /**
   * Empty rows of objects stay as {} so every later row keeps its index (and its errors); empty photos or
   * lines are left out (the API takes a blank item for a wrong one), and `sent` maps the indexes the API
   * will speak of back to the rows on screen. Empty rows at the end are dropped.
   */
  get() {
    const values = [];
    this.sent = [];
    this.items.forEach((n, i) => {
      const v = n.get();
      if (isBlank(v) && !(n instanceof ObjectNode)) return;
      values.push(isBlank(v) ? {} : v);
      this.sent.push(i);
    });
    while (values.length && isBlank(values[values.length - 1])) {
      values.pop();
      this.sent.pop();
    }
    return values.length ? values : undefined;
  }

  set(value) {
    const values = Array.isArray(value) ? value : [];
    this.list.replaceChildren();
    this.items = [];
    const count = Math.max(values.length, this.initialCount());
    for (let i = 0; i < count; i += 1) this.append(values[i] ?? undefined);
    this.update();
  }

  relabel(title) {
    this.title = title;
    this.legend.firstChild.textContent = title;
  }
}

function build(ctx, rawSchema, title, required, depth) {
  const schema = resolve(rawSchema, ctx.root);
  const type = typeOf(schema);
  if (type === 'object') return new ObjectNode(ctx, schema, title, required, depth);
  if (type === 'array') {
    const items = resolve(schema.items ?? {}, ctx.root);
    if (items.enum) return new MultiChoiceNode(ctx, schema, items, title, required);
    return new ArrayNode(ctx, schema, items, title, required, depth);
  }
  if (schema.enum) return new ChoiceNode(ctx, schema, title, required);
  if (type === 'boolean') return new BooleanNode(ctx, schema, title, required);
  if (schema.format === 'image') return new ImageNode(ctx, schema, title, required);
  return new ScalarNode(ctx, schema, title, required);
}

/**
 * The form for one schema. `onChange(node)` is called on every edit; `showErrors(errors, showAll)` puts
 * the API's errors (pointer, field, message) next to their fields: all of them when `showAll`, else only
 * on fields the user has touched (a just-opened form is not covered in red for what is still to come).
 */
export class SchemaForm {
  constructor(schema, container, onChange) {
    this.ctx = { root: schema, onChange, ignored: [] };
    this.root = build(this.ctx, schema, schema.title ?? '', false, 0);
    container.replaceChildren(this.root.element);
  }

  get() {
    return this.root.get() ?? {};
  }

  /** Replaces the data; returns the pointers of values the form has no field for (they are dropped). */
  set(data) {
    this.ctx.ignored = [];
    this.root.set(data);
    this.root.walk((n) => { n.touched = false; });
    return this.ctx.ignored;
  }

  nodeAt(pointer) {
    return this.root.find(parsePointer(pointer));
  }

  /** Local problems the API cannot see (a number box holding text), as errors of the same shape. */
  localErrors() {
    const errors = [];
    this.root.walk((n) => {
      const message = n.localError?.();
      if (message) errors.push({ pointer: n.pointer(), field: n.title, message });
    });
    return errors;
  }

  showErrors(errors, showAll) {
    const byNode = new Map();
    for (const error of errors) {
      const node = this.nodeAt(error.pointer);
      if (!byNode.has(node)) byNode.set(node, []);
      byNode.get(node).push(error.message);
    }
    this.root.walk((n) => n.setErrors(showAll || n.touched ? byNode.get(n) ?? [] : []));
  }

  /** Limits only a final submission must meet (a text or a list still short of its minimum), shown as warnings in a draft. */
  showWarnings(draft) {
    const warnings = [];
    this.root.walk((n) => {
      const message = draft ? n.shortOf() : null;
      n.setWarning(message);
      if (message) warnings.push({ pointer: n.pointer(), field: n.title, message });
    });
    return warnings;
  }

  /**
   * The form's sections (its top-level fields), each with its element and its progress: whether it is begun, and
   * how many of the fields a final submission needs are filled. A field counts when it is required and so is every
   * group above it, or the group above it has been begun (then its own required fields apply), or it is a row on
   * the screen. A required section none of whose fields is required on its own (a table where any entry will do)
   * counts as one. `progress: false` leaves the counting out, for callers that need only where sections are.
   */
  sections({ progress = true } = {}) {
    return this.root.children().map((node) => {
      const key = this.root.keyOf(node);
      if (!progress) return { key, title: node.title, node };
      const begun = !isBlank(node.get());
      let required = 0;
      let filled = 0;
      const count = (n, needed) => {
        const kids = n.children();
        if (kids.length === 0 && !(n instanceof ArrayNode)) {
          if (needed) {
            required += 1;
            if (!isBlank(n.get())) filled += 1;
          }
          return;
        }
        const begun = !isBlank(n.get());
        for (const kid of kids) {
          const row = n instanceof ArrayNode;
          count(kid, row ? needed || !isBlank(kid.get()) : kid.required && (needed || begun));
        }
      };
      count(node, node.required);
      if (node.required && required === 0) {
        required = 1;
        filled = begun ? 1 : 0;
      }
      return { key, title: node.title, node, begun, required, filled };
    });
  }

  /** The section a data pointer falls in ('' for the form as a whole). */
  sectionOf(pointer) {
    return parsePointer(pointer)[0] ?? '';
  }

  /**
   * Where a field sits inside its section, in the form's own words: the groups and rows between the section and
   * the field (e.g. "重点项目 2"), so two "项目内容" errors say which project each is about.
   */
  placeOf(pointer) {
    const node = this.nodeAt(pointer);
    const names = [];
    for (let n = node.parent; n && n.parent && n.parent !== this.root; n = n.parent) names.unshift(n.title);
    return names.filter(Boolean).join(' › ');
  }
}
