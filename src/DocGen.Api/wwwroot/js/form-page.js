// The form page: builds the form from the version's schema, validates as you type through the API,
// downloads DOCX/PDF, and keeps the data only in the browser (local draft, JSON files).
import { getJson, postJson, postForFile, postDocument, saveBlob, formPath, ApiError } from './api.js';
import { el, provenanceNames, confidenceBadge, consultedList } from './dom.js';
import { SchemaForm } from './schema-form.js';
import { SectionNav } from './section-nav.js';

const VALIDATE_DELAY_MS = 400;
const DRAFT_DELAY_MS = 500;

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const status = $('status');
const dataStatus = $('data-status');
const undoButton = $('undo');
const sectionNav = new SectionNav($('sections'), (problem) => goTo(problem));

let version = params.get('version');
let form;
let title = '';
let showAll = false;
let lastErrors = [];
let lastWarnings = [];
let validateTimer;
let draftTimer;
let sequence = 0;
let undoData;

const modeInputs = [...document.querySelectorAll('input[name="mode"]')];
const mode = () => modeInputs.find((i) => i.checked)?.value ?? 'draft';
const setMode = (value) => modeInputs.forEach((i) => { i.checked = i.value === value; });
const draftKey = () => `docgen.draft.${id}@${version}`;
const api = (action) => `${formPath(id)}/${action}?version=${encodeURIComponent(version)}&mode=${mode()}`;

/** The status line; a refusal or failure is shown in the error style, never as a green success box. */
function setStatus(text, failed = false) {
  status.textContent = text;
  status.classList.toggle('failed', failed);
}

function problemText(e) {
  if (e instanceof ApiError) return e.problem?.detail || e.problem?.title || `服务返回 ${e.status}`;
  return e instanceof TypeError ? `无法连接服务（${e.message}）` : e.message;
}

// ---- validation -------------------------------------------------------------------------------

/** In 定稿 every problem is outlined at once (after a reload too); in a draft only on fields already touched. */
const outlineAll = () => showAll || mode() === 'final';

function problemLink(problem, kind) {
  const place = form.placeOf(problem.pointer);
  const text = problem.message.includes(problem.field) || !problem.field ? problem.message : `${problem.field}：${problem.message}`;
  const link = el('a', { href: '#', class: kind }, place ? `${place} · ${text}` : text);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    goTo(problem);
  });
  return el('li', {}, link);
}

/** Every problem grouped under its section, with the count per section. */
function summarize(errors, warnings) {
  const list = $('summary-list');
  const text = $('summary-text');
  const sections = new Map(form.sections().map((section) => [section.key, section]));
  const groups = new Map();
  for (const [problem, kind] of [...errors.map((e) => [e, 'error']), ...warnings.map((w) => [w, 'warning'])]) {
    const key = form.sectionOf(problem.pointer);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push([problem, kind]);
  }
  const order = [...sections.keys()];
  const keys = [...groups.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  list.replaceChildren(...keys.map((key) => {
    const items = groups.get(key);
    const title = sections.get(key)?.title ?? '整张表';
    return el('li', { class: 'section-problems' },
      el('p', { class: 'section-name' }, `${title}（${items.length} 处）`),
      el('ol', {}, items.map(([problem, kind]) => problemLink(problem, kind))));
  }));
  const draft = mode() !== 'final';
  const notes = warnings.length ? `另有 ${warnings.length} 处提醒只在定稿时必须满足，草稿可以下载。` : '';
  text.textContent = errors.length === 0
    ? (draft ? `校验通过（草稿：未检查必填项）。${notes}` : '校验通过：可以定稿下载。')
    : `共 ${errors.length} 处问题${draft ? '（草稿）' : '（定稿）'}：${notes}`;
  $('summary').classList.toggle('ok', errors.length === 0);
}

function show(errors) {
  lastErrors = errors;
  form.showErrors(errors, outlineAll());
  lastWarnings = form.showWarnings(mode() !== 'final');
  summarize(errors, lastWarnings);
  sectionNav.update(errors, lastWarnings);
}

/** Shows a problem's field: outlined, scrolled to and focused. */
function goTo(problem) {
  const node = form.nodeAt(problem.pointer);
  node.touch();
  form.showErrors(lastErrors, outlineAll());
  node.focus();
}

async function validate() {
  clearTimeout(validateTimer);
  const mine = ++sequence;
  const local = form.localErrors();
  try {
    await postJson(api('validate'), form.get());
    if (mine === sequence) show(local);
  } catch (e) {
    if (mine !== sequence) return;
    if (e instanceof ApiError && e.status === 422) show([...local, ...(e.problem?.errors ?? [])]);
    else setStatus(`校验失败：${problemText(e)}`, true);
  }
}

function scheduleValidate() {
  clearTimeout(validateTimer);
  validateTimer = setTimeout(validate, VALIDATE_DELAY_MS);
}

// ---- local draft --------------------------------------------------------------------------------

function saveDraft() {
  clearTimeout(draftTimer);
  draftTimer = undefined;
  try {
    localStorage.setItem(draftKey(), JSON.stringify({ savedAt: new Date().toISOString(), mode: mode(), data: form.get() }));
    $('draft-note').textContent = `本机草稿已保存（${new Date().toLocaleTimeString('zh-CN', { hour12: false })}）。服务器不保存任何数据。`;
  } catch {
    $('draft-note').textContent = '本机草稿未能保存（浏览器存储已满，多为图片过大）；请用“保存为 JSON 文件”保存。';
  }
}

function scheduleDraft() {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(saveDraft, DRAFT_DELAY_MS);
}

// A change made just before the page is left (a reload within the save delay) is saved, not lost.
window.addEventListener('pagehide', () => {
  if (draftTimer !== undefined && form) saveDraft();
});

function onChange() {
  scheduleDraft();
  scheduleValidate();
}

/** Replaces everything typed (sample, JSON file, clear) with a way back, since a click should not lose work. */
function replaceData(data, message, offerUndo = true) {
  const before = form.get();
  const ignored = form.set(data);
  showAll = false;
  undoData = offerUndo && Object.keys(before).length ? before : undefined;
  undoButton.hidden = !undoData;
  showUnmatched([]);
  const ignoredNote = ignored.length ? `；表单中没有以下字段，已忽略：${ignored.join('、')}` : '';
  dataStatus.textContent = `${message.replace(/。$/, '')}${ignoredNote}。`;
  saveDraft();
  validate();
}

undoButton.addEventListener('click', () => {
  if (!undoData) return;
  form.set(undoData);
  undoData = undefined;
  undoButton.hidden = true;
  dataStatus.textContent = '已撤销，恢复之前填写的内容。';
  saveDraft();
  validate();
  $('form').focus();
});

// ---- downloads ----------------------------------------------------------------------------------

async function download(format) {
  const buttons = [$('download-docx'), $('download-pdf')];
  buttons.forEach((b) => { b.disabled = true; });
  setStatus(`正在生成 ${format.toUpperCase()}…`);
  try {
    const { blob, name } = await postForFile(`${formPath(id)}/render?version=${encodeURIComponent(version)}&mode=${mode()}&format=${format}`, form.get());
    saveBlob(blob, name ?? `${title}.${format}`);
    const pending = lastWarnings.length ? `有 ${lastWarnings.length} 处提醒须在定稿前处理。` : '';
    setStatus(`已生成 ${name ?? format.toUpperCase()}（${Math.round(blob.size / 1024)} KB）。${pending}`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 422 && e.problem?.errors) {
      showAll = true;
      show(e.problem.errors);
      setStatus(`未能生成：有 ${e.problem.errors.length} 处问题，见问题列表。`, true);
      $('summary').focus();
    } else if (e instanceof ApiError && e.status === 503 && format === 'pdf') {
      setStatus(`PDF 暂时无法生成：${problemText(e)}。可先下载 DOCX。`, true);
    } else {
      setStatus(`未能生成：${problemText(e)}`, true);
    }
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

// ---- page ---------------------------------------------------------------------------------------

function header(detail, current) {
  title = current.title;
  document.title = `${current.title} · DocGen`;
  $('title').textContent = current.title;
  $('authority').textContent = detail.authorityName;
  const meta = $('meta');
  // replaceChildren would print an absent badge as the text "null"; only the parts a version has are shown.
  meta.replaceChildren(...[
    el('span', { class: `badge ${current.provenance}` }, provenanceNames[current.provenance] ?? current.provenance),
    confidenceBadge(current.confidence),
    el('span', {}, [current.notice.title, current.notice.number].filter(Boolean).join(' ')),
    current.attachment ? el('span', {}, current.attachment) : null,
  ].filter(Boolean));
  if (detail.versions.length > 1) {
    const select = el('select', { id: 'version' },
      detail.versions.map((v) => el('option', { value: v.version, selected: v.version === current.version }, `${v.version} 年版`)));
    select.addEventListener('change', () => {
      location.search = `?id=${encodeURIComponent(id)}&version=${encodeURIComponent(select.value)}`;
    });
    meta.append(el('span', { class: 'version-pick' }, el('label', { for: 'version' }, '版本'), select));
  } else {
    meta.append(el('span', {}, `${current.version} 年版`));
  }
  if (current.basis) {
    $('provenance').replaceChildren(el('details', { class: 'provenance' },
      el('summary', {}, '复原依据'), el('p', { class: 'basis' }, current.basis),
      current.consulted?.length ? [el('p', {}, '核对来源：'), consultedList(current.consulted)] : null));
  }
  $('blank-links').replaceChildren(...['docx', 'pdf'].map((format) => el('a', {
    class: 'button small secondary',
    href: `${formPath(id)}/blank?format=${format}&version=${encodeURIComponent(current.version)}`,
    download: '',
  }, `下载空白 ${format.toUpperCase()}`)));
}

async function samples() {
  const select = $('sample');
  const names = await getJson(`${formPath(id)}/samples?version=${encodeURIComponent(version)}`);
  select.replaceChildren(...names.map((n) => el('option', { value: n }, n)));
  $('load-sample').disabled = names.length === 0;
  $('load-sample').addEventListener('click', async () => {
    try {
      const data = await getJson(`${formPath(id)}/samples/${encodeURIComponent(select.value)}?version=${encodeURIComponent(version)}`);
      replaceData(data, `已载入示例“${select.value}”。`);
    } catch (e) {
      dataStatus.textContent = `未能载入示例：${problemText(e)}`;
    }
  });
}

/** Where text of an uploaded document the form has no place for was found, in the words Word's users know. */
function wordPlace(location) {
  return location
    .replace(/table (\d+)/g, '表$1').replace(/row (\d+)/g, '第$1行').replace(/cell (\d+)/g, '第$1格')
    .replace(/paragraph (\d+)/g, '第$1段').replaceAll(', ', ' ');
}

/** The document's text that has no place in the form, listed under the data status (it can run to hundreds of lines). */
function showUnmatched(unmatched) {
  const details = $('unmatched');
  details.hidden = unmatched.length === 0;
  details.open = false;
  $('unmatched-title').textContent = `表单中没有位置的文字（${unmatched.length} 处）`;
  $('unmatched-list').replaceChildren(...unmatched.map((u) => el('li', {}, el('span', { class: 'where' }, wordPlace(u.location)), `“${u.text}”`)));
}

/**
 * Reads a filled Word form into this page, but only when it is this form: a document the catalog recognises as
 * another form (and that this form explains less well) is not loaded over the data typed here; its form is named
 * with a link to continue there. A document the catalog does not recognise is read as this form only when this
 * form is the closest match.
 */
async function loadDocument(file) {
  let found;
  let note = '';
  try {
    found = await postDocument('/api/extract', file);
  } catch (e) {
    const closest = e instanceof ApiError && e.status === 422 ? e.problem?.candidates : undefined;
    if (!closest) throw e;
    if (closest[0]?.form !== id) {
      const names = closest.map((c) => `《${c.title}》（${Math.round(c.score * 100)}%）`).join('、');
      dataStatus.textContent = `“${file.name}”不是本表单，未载入${names ? `；最接近的是：${names}` : ''}。`;
      return;
    }
    note = `（固定文字与本表单只吻合 ${Math.round(closest[0].score * 100)}%，请核对）`;
  }
  let answer = found?.form === id && found.version === version ? found : null;
  if (!answer) {
    answer = await postDocument(`${formPath(id)}/extract?version=${encodeURIComponent(version)}`, file);
    if (found && found.form !== id && answer.unmatched.length > found.unmatched.length) {
      const link = el('a', { href: '#', class: 'continue' }, '到该表单继续填写');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const key = `docgen.draft.${found.form}@${found.version}`;
        localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), mode: 'draft', data: found.data }));
        location.href = `/form.html?id=${encodeURIComponent(found.form)}&version=${encodeURIComponent(found.version)}`;
      });
      const other = await getJson(formPath(found.form)).catch(() => null);
      const otherTitle = other?.versions.find((v) => v.version === found.version)?.title;
      const named = otherTitle ? `${other.authorityName}《${otherTitle}》` : found.form;
      dataStatus.replaceChildren(`“${file.name}”是${named}（${found.version} 年版），不是本表单，未载入。`, link);
      return;
    }
  }
  const extra = answer.unmatched.length ? `；${answer.unmatched.length} 处文字在表单中没有位置，见下方列表` : '';
  replaceData(answer.data, `已从“${file.name}”读取填写内容${note}${extra}。`);
  showUnmatched(answer.unmatched);
}

function wireData() {
  $('save-json').addEventListener('click', () => {
    const text = JSON.stringify(form.get(), null, 2);
    saveBlob(new Blob([text], { type: 'application/json' }), `${title}（${version}）数据.json`);
    dataStatus.textContent = '已保存为 JSON 文件；以后可用“载入 JSON 文件”继续填写。';
  });
  $('load-json').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    try {
      const data = JSON.parse(await file.text());
      if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('文件内容应为 JSON 对象（{…}）');
      replaceData(data, `已载入“${file.name}”。`);
    } catch (e) {
      dataStatus.textContent = `未能载入“${file.name}”：${e.message}`;
    }
    event.target.value = '';
  });
  $('load-docx').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    dataStatus.textContent = `正在读取“${file.name}”…`;
    try {
      await loadDocument(file);
    } catch (e) {
      dataStatus.textContent = `未能读取“${file.name}”：${problemText(e)}`;
    }
    event.target.value = '';
  });
  $('clear').addEventListener('click', () => replaceData({}, '已清空表单。'));
  for (const input of modeInputs) {
    input.addEventListener('change', () => {
      // Until the answer comes, the summary must not still claim the other mode's result (校验通过 in a draft).
      $('summary-text').textContent = mode() === 'final' ? '正在按定稿校验…' : '正在按草稿校验…';
      saveDraft();
      validate();
    });
  }
  $('download-docx').addEventListener('click', () => download('docx'));
  $('download-pdf').addEventListener('click', () => download('pdf'));
}

function restoreDraft() {
  let stored;
  try {
    stored = JSON.parse(localStorage.getItem(draftKey()) ?? 'null');
  } catch {
    stored = null;
  }
  if (!stored?.data) return;
  setMode(stored.mode === 'final' ? 'final' : 'draft');
  form.set(stored.data);
  const when = new Date(stored.savedAt).toLocaleString('zh-CN', { hour12: false });
  dataStatus.textContent = `已恢复本机草稿（保存于 ${when}）。`;
}

async function start() {
  if (!id.includes('/')) {
    $('title').textContent = '未指定表单';
    setStatus('请从表单目录选择要填写的表单。', true);
    return;
  }
  try {
    const detail = await getJson(formPath(id));
    version = version ?? detail.latest;
    const current = detail.versions.find((v) => v.version === version);
    if (!current) throw new Error(`表单 ${id} 没有版本 ${version}；现有版本：${detail.versions.map((v) => v.version).join('、')}`);
    header(detail, current);
    const schema = await getJson(`${formPath(id)}/schema?version=${encodeURIComponent(version)}`);
    form = new SchemaForm(schema, $('form'), onChange);
    sectionNav.attach(form);
    wireData();
    restoreDraft();
    await samples();
    $('download-docx').disabled = false;
    $('download-pdf').disabled = false;
    validate();
  } catch (e) {
    $('title').textContent = '无法打开表单';
    setStatus(problemText(e), true);
  }
}

start();
