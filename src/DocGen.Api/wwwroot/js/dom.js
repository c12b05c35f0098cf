// Small DOM helpers: elements are built with properties and children, never from HTML strings,
// so nothing typed or uploaded can become markup.

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key in node && !key.startsWith('aria') && key !== 'for' && key !== 'role') node[key] = value;
    else node.setAttribute(key === 'for' ? 'for' : key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

let counter = 0;
/** Ids unique in the page, so every label's `for` finds its own input even in repeated rows. */
export function uid(prefix = 'f') {
  counter += 1;
  return `${prefix}${counter}`;
}

/** Draws an image blob on a canvas. Decoding a blob needs no image URL, so a strict img-src policy does not matter. */
export async function drawImage(canvas, blob) {
  const bitmap = await createImageBitmap(blob);
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  bitmap.close();
}

export function base64ToBytes(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const authorityOrder = ['henan', 'hebei', 'guangzhou', 'miit'];

export const provenanceNames = { official: '官方原文', reconstructed: '复原件' };

// How sure a reconstruction is: the text of a national copy, a province's copy, or built from the notice's requirements.
export const confidenceNames = { 'national-copy': '依国家格式副本', 'provincial-copy': '依省级转发副本', synthetic: '依通知要求拟制' };

export function confidenceBadge(confidence) {
  return confidence ? el('span', { class: `badge confidence ${confidence}` }, confidenceNames[confidence] ?? confidence) : null;
}

// Each copy a reconstruction was compared with: its title, year (or 未注明年份), address and what was taken from it.
export function consultedList(consulted) {
  return el('ul', { class: 'consulted' }, consulted.map((c) => el('li', {},
    `${c.title}（${c.year ? `${c.year}年` : '未注明年份'}）：${c.took} `,
    /^https?:\/\//.test(c.address) ? el('a', { href: c.address, rel: 'noopener noreferrer' }, c.address) : el('span', { class: 'id' }, c.address))));
}
