// The template check page: uploads a candidate template (and optional schema, sample, catalog form),
// lists every diagnostic with its location in Chinese, and shows the blank and sample pages.
import { getJson, saveBlob, send, ApiError } from './api.js';
import { el, drawImage, base64ToBytes, authorityOrder } from './dom.js';

const $ = (id) => document.getElementById(id);
const status = $('status');

// Chinese first: the catalog's title, this occurrence's Chinese message and the catalog's advice; the engine's
// English detail stays folded away as secondary text.
function diagnosticItem(d) {
  return el('li', { class: `diagnostic ${d.severity}` },
    el('header', {},
      el('span', { class: `badge ${d.severity}` }, d.severity === 'error' ? '错误' : '警告'),
      el('span', { class: 'title' }, d.title),
      el('code', {}, d.code)),
    d.messageZh !== d.title ? el('p', { class: 'message-zh' }, d.messageZh) : null,
    el('p', { class: 'where' }, '位置：', el('strong', {}, d.where)),
    d.context ? el('p', { class: 'find' }, '在 Word 中查找：', el('code', { class: 'context' }, d.context)) : null,
    d.tag ? el('p', { class: 'tag-line' }, '标签：', el('code', { class: 'tag' }, d.tag)) : null,
    d.hint ? el('p', { class: 'hint' }, '建议：', d.hint) : null,
    el('details', { class: 'detail' }, el('summary', {}, '技术细节'), el('p', { class: 'message', lang: 'en' }, d.message)));
}

/** What the tags were checked against, said the way it came about (chosen, recognised, none chosen, none found, own schema). */
function checkedAgainst(report) {
  const box = $('result-form');
  const schema = report.schema ? `按上传的数据结构（${report.schema}）检查标签。` : null;
  const unchecked = (why) => [el('strong', {}, '标签未对照任何数据结构检查：'),
    `${why}，也没有上传数据结构（schema.json），因此无法判断标签引用的字段是否存在。下面列出模板中的全部标签，请逐一核对；或上传数据结构、选择对照的表单后重新检查。`];
  box.className = 'form-match';
  if (report.form) {
    const name = `${report.form.authorityName} ${report.form.title}（${report.form.version}年版）`;
    box.replaceChildren(report.comparison === 'recognized'
      ? `已按固定文字识别为目录中的表单：${name}（相同文字占 ${Math.round(report.form.similarity * 100)}%），按该表单的数据结构、常量和示例检查。`
      : `对照目录中的表单：${name}。`);
  } else if (report.comparison === 'none-chosen') {
    box.replaceChildren(...(schema ? ['已选择“不对照”目录表单；', schema] : unchecked('已选择“不对照”目录表单')));
  } else if (report.comparison === 'own-schema') {
    box.replaceChildren(schema, '未对照目录表单（上传了自己的数据结构时不自动识别；需要时请在“对照目录中的表单”中选择）。');
  } else {
    box.replaceChildren(...(schema ? ['没有识别出模板所属的目录表单；', schema] : unchecked('没有识别出模板所属的目录表单')));
  }
  box.classList.toggle('unchecked', !report.form && !report.schema);
  const tags = $('result-tags');
  tags.hidden = report.tags.length === 0;
  // The text around a tag goes on a line of its own, and only when there is more than the tag to search for.
  tags.querySelector('ol').replaceChildren(...report.tags.map((t) => el('li', {},
    el('code', { class: 'tag' }, t.tag), '　', el('span', { class: 'where' }, t.where),
    t.context !== t.tag ? el('span', { class: 'find' }, '查找：', el('code', { class: 'context' }, t.context)) : null)));
  tags.querySelector('h3').textContent = `模板中的全部标签（${report.tags.length} 个）`;
}

/** A preview's documents are named after the template they came from, so several checks' downloads stay apart. */
function previewBlock(preview, template) {
  const pages = el('div', { class: 'pages' });
  const name = `${template.replace(/\.docx$/i, '')} ${preview.title}`;
  const documents = el('p', { class: 'actions' },
    preview.docx ? downloadButton(preview.docx, `${name}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', `下载${preview.title} DOCX`) : null,
    preview.pdf ? downloadButton(preview.pdf, `${name}.pdf`, 'application/pdf', `下载${preview.title} PDF`) : null);
  const count = preview.pageCount > preview.pages.length
    ? `共 ${preview.pageCount} 页，预览前 ${preview.pages.length} 页`
    : `共 ${preview.pageCount} 页`;
  const block = el('section', { class: `preview ${preview.kind}`, 'aria-label': preview.title },
    el('h3', {}, preview.title), documents,
    preview.problem ? el('p', { class: 'note' }, preview.problem) : el('p', { class: 'note' }, count),
    preview.note ? el('p', { class: 'preview-note', role: 'note' }, preview.note) : null,
    pages);
  preview.pages.forEach(async (png, i) => {
    const label = `${preview.title} 第${i + 1}页`;
    const canvas = el('canvas', { role: 'img', 'aria-label': label });
    pages.append(el('figure', {}, canvas, el('figcaption', {}, `第 ${i + 1} 页`)));
    try {
      await drawImage(canvas, new Blob([base64ToBytes(png)], { type: 'image/png' }));
    } catch {
      canvas.replaceWith(el('p', { class: 'note' }, `${label}无法显示`));
    }
  });
  return block;
}

function downloadButton(base64, name, type, text) {
  const button = el('button', { type: 'button', class: 'small secondary' }, text);
  button.addEventListener('click', () => saveBlob(new Blob([base64ToBytes(base64)], { type }), name));
  return button;
}

function showReport(report) {
  $('result-summary').replaceChildren(
    el('span', { class: `badge ${report.errors ? 'error' : 'official'}` }, `${report.errors} 个错误`), ' ',
    el('span', { class: `badge ${report.warnings ? 'warning' : 'official'}` }, `${report.warnings} 个警告`));
  $('result-sources').textContent = [
    `模板：${report.template}`,
    `数据结构：${report.schema ?? '未提供（只检查标签本身）'}`,
    `示例：${report.sample ?? '未提供'}`,
  ].join('；');
  checkedAgainst(report);
  const list = $('diagnostics');
  list.replaceChildren(...report.diagnostics.map(diagnosticItem));
  if (report.diagnostics.length === 0) {
    list.append(el('li', { class: 'all-clear' }, report.form || report.schema
      ? '没有发现问题。'
      : '标签写法没有发现问题，但未对照数据结构检查字段（见上方说明）。'));
  }
  $('previews').replaceChildren(...report.previews.map((preview) => previewBlock(preview, report.template)));
  if (report.previews.length === 0) {
    $('previews').append(el('p', { class: 'note' }, '模板有错误，无法生成预览；请先修正上方的错误。'));
  }
  $('result').hidden = false;
  $('result').focus();
}

async function run(event) {
  event.preventDefault();
  const template = $('template');
  if (!template.files.length) {
    status.textContent = '请先选择 Word 模板（template.docx）。';
    template.setAttribute('aria-invalid', 'true');
    template.focus();
    return;
  }
  template.removeAttribute('aria-invalid');
  const body = new FormData($('check-form'));
  for (const name of ['schema', 'sample']) if (!$(name).files.length) body.delete(name);
  $('run').disabled = true;
  status.textContent = '正在检查并生成预览…';
  try {
    const response = await send('/api/templates/check', { method: 'POST', body });
    const answer = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(response.status, answer);
    status.textContent = `检查完成：${answer.errors} 个错误，${answer.warnings} 个警告。`;
    showReport(answer);
  } catch (e) {
    status.textContent = `检查失败：${e instanceof ApiError ? e.message : `无法连接服务（${e.message}）`}`;
  } finally {
    $('run').disabled = false;
  }
}

async function forms() {
  try {
    const all = await getJson('/api/forms');
    const rank = (a) => (authorityOrder.indexOf(a) + 1 || authorityOrder.length + 1);
    all.sort((a, b) => rank(a.authority) - rank(b.authority) || a.id.localeCompare(b.id));
    const issuers = new Map();
    for (const f of all) {
      if (!issuers.has(f.authority)) issuers.set(f.authority, { name: f.authorityName || f.authority, forms: [] });
      issuers.get(f.authority).forms.push(f);
    }
    $('form').append(...[...issuers.values()].map(({ name, forms: list }) => el('optgroup', { label: name },
      list.flatMap((f) => f.versions.map((v) => el('option', { value: `${f.id}@${v}` }, `${f.title}（${v}年版）`))))));
  } catch {
    $('form-help').textContent += '（目录暂时无法加载）';
  }
}

$('check-form').addEventListener('submit', run);
forms();
