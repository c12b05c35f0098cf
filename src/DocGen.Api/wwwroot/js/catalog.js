// The catalog page: every form grouped by authority and notice, with versions, provenance and downloads.
import { getJson, postDocument, formPath, ApiError } from './api.js';
import { el, authorityOrder, provenanceNames, confidenceBadge, confidenceNames, consultedList } from './dom.js';

const status = document.getElementById('status');
const root = document.getElementById('catalog');
const filter = document.getElementById('filter');

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
}

function authorityRank(authority) {
  const rank = authorityOrder.indexOf(authority);
  return rank < 0 ? authorityOrder.length : rank;
}

function blankLink(form, format) {
  return el('a', {
    class: 'button small secondary',
    href: `${formPath(form.id)}/blank?format=${format}`,
    download: '',
    'aria-label': `下载空白${format.toUpperCase()}：${form.title}`,
  }, `空白 ${format.toUpperCase()}`);
}

// Each version after the first links to what changed since the one before (both versions' pages, changes marked).
function diffLink(form, from, to) {
  return el('a', {
    class: 'diff-link',
    href: `${formPath(form.id)}/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&format=html`,
    'aria-label': `${form.title}：${to}年版与${from}年版的差异`,
  }, '（对比上一版）');
}

// Details (notice number, attachment, basis) are fetched when a reader opens them, not for all forms up front.
function provenanceDetails(form) {
  const body = el('div', { class: 'details-body' }, '正在加载…');
  const details = el('details', { class: 'provenance' },
    el('summary', {}, form.provenance === 'reconstructed' ? '复原依据与出处' : '出处'), body);
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    try {
      const detail = await getJson(formPath(form.id));
      body.replaceChildren(...detail.versions.map((v) => el('dl', { class: 'version-detail' },
        el('dt', {}, '版本'), el('dd', {}, v.version),
        el('dt', {}, '通知'), el('dd', {}, [v.notice.title, v.notice.number, v.notice.date].filter(Boolean).join(' · ')),
        v.attachment ? [el('dt', {}, '附件'), el('dd', {}, v.attachment)] : null,
        el('dt', {}, '来源'), el('dd', {}, provenanceNames[v.provenance] ?? v.provenance,
          v.source?.lines ? `（通知原文 ${v.source.file} 第 ${v.source.lines} 行）` : ''),
        v.basis ? [el('dt', {}, '复原依据'), el('dd', { class: 'basis' }, v.basis)] : null,
        v.confidence ? [el('dt', {}, '把握程度'), el('dd', {}, confidenceNames[v.confidence] ?? v.confidence)] : null,
        v.consulted?.length ? [el('dt', {}, '核对来源'), el('dd', {}, consultedList(v.consulted))] : null,
        v.basedOn ? [el('dt', {}, '沿用'), el('dd', {}, v.basedOn)] : null,
      )));
    } catch (e) {
      loaded = false;
      body.textContent = `无法加载：${e.message}`;
    }
  });
  return details;
}

function formCard(form) {
  const page = `/form.html?id=${encodeURIComponent(form.id)}`;
  const titleId = `t-${form.id.replace(/[^a-z0-9]/gi, '-')}`;
  return el('li', { class: 'form-card', dataset: { id: form.id, search: `${form.title} ${form.id} ${form.notice ?? ''}`.toLowerCase() } },
    el('h4', { id: titleId }, el('a', { href: page }, form.title)),
    el('p', { class: 'meta' },
      el('span', { class: `badge ${form.provenance}` }, provenanceNames[form.provenance] ?? form.provenance),
      confidenceBadge(form.confidence),
      el('span', { class: 'id' }, form.id),
      el('span', { class: 'versions' }, '版本：',
        form.versions.map((v, i) => [i > 0 ? '、' : '', el('a', {
          href: `${page}&version=${encodeURIComponent(v)}`,
          'aria-label': `填写${form.title}（${v}年版）`,
        }, v), i > 0 ? diffLink(form, form.versions[i - 1], v) : null]))),
    provenanceDetails(form),
    el('p', { class: 'actions' },
      el('a', { class: 'button small', href: page, 'aria-describedby': titleId }, '在线填写'),
      blankLink(form, 'docx'), blankLink(form, 'pdf')));
}

function render(forms) {
  const authorities = [...groupBy(forms, (f) => f.authority)]
    .sort(([a], [b]) => authorityRank(a) - authorityRank(b) || a.localeCompare(b));
  root.replaceChildren(...authorities.map(([authority, items]) => {
    const notices = [...groupBy(items, (f) => f.notice || '（未注明通知）')];
    return el('section', { class: 'authority', 'aria-labelledby': `a-${authority}` },
      el('h2', { id: `a-${authority}` }, items[0].authorityName || authority, el('span', { class: 'count' }, `${items.length} 张表`)),
      notices.map(([notice, noticeForms]) => el('section', { class: 'notice' },
        el('h3', {}, notice),
        el('ul', { class: 'forms' }, noticeForms.map(formCard)))));
  }));
}

function applyFilter() {
  const words = filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const card of root.querySelectorAll('.form-card')) {
    const match = words.every((w) => card.dataset.search.includes(w));
    card.hidden = !match;
    if (match) shown += 1;
  }
  for (const section of root.querySelectorAll('.notice, .authority')) {
    section.hidden = !section.querySelector('.form-card:not([hidden])');
  }
  // A heading counts what is shown under it, so a filtered list does not claim forms it hides.
  for (const section of root.querySelectorAll('.authority')) {
    const total = section.querySelectorAll('.form-card').length;
    const visible = section.querySelectorAll('.form-card:not([hidden])').length;
    section.querySelector('.count').textContent = words.length ? `${visible}/${total} 张表` : `${total} 张表`;
  }
  status.textContent = words.length ? `找到 ${shown} 张表` : `共 ${shown} 张表`;
}

// A recognised document's data becomes that form's local draft, so "continue online" opens it filled in.
async function recognize(event) {
  const file = event.target.files[0];
  const answer = document.getElementById('recognize-status');
  if (!file) return;
  answer.replaceChildren(`正在识别“${file.name}”…`);
  try {
    const found = await postDocument('/api/extract', file);
    const key = `docgen.draft.${found.form}@${found.version}`;
    localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), mode: 'draft', data: found.data }));
    const title = root.querySelector(`[data-id="${CSS.escape(found.form)}"] h4`)?.textContent ?? found.form;
    const link = el('a', { href: `/form.html?id=${encodeURIComponent(found.form)}&version=${encodeURIComponent(found.version)}` }, '在线继续填写');
    const notes = [`（${found.form}，${found.version} 版，固定文字吻合 ${Math.round(found.recognition * 100)}%）`];
    if (found.errors.length) notes.push(`；${found.errors.length} 处待完善`);
    if (found.unmatched.length) notes.push(`；${found.unmatched.length} 处文字在表单中没有位置`);
    answer.replaceChildren(`“${file.name}”是《${title}》`, ...notes, '。', link);
  } catch (e) {
    const closest = e instanceof ApiError && e.problem?.candidates?.length
      ? `最接近的是：${e.problem.candidates.map((c) => `《${c.title}》（${Math.round(c.score * 100)}%）`).join('、')}。`
      : '';
    answer.replaceChildren(e instanceof ApiError && e.status === 422 ? `“${file.name}”不是目录中的任何表单。${closest}` : `未能识别“${file.name}”：${e.message}`);
  }
  event.target.value = '';
}

document.getElementById('recognize-file').addEventListener('change', recognize);

try {
  const forms = await getJson('/api/forms');
  render(forms);
  applyFilter();
  filter.addEventListener('input', applyFilter);
} catch (e) {
  status.textContent = e instanceof ApiError ? `无法加载目录：${e.message}` : `无法连接服务：${e.message}`;
}
