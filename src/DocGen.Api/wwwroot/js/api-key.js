// The API key the pages send in X-Api-Key when the service requires one (Access:ApiKeys): asked for once, when an
// answer says 401, and kept for this browser tab only (sessionStorage), since it is a credential and the pages are
// often used on shared office computers.
import { el, uid } from './dom.js';

const storageKey = 'docgen.apiKey';

export function currentKey() {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function rememberKey(key) {
  try {
    if (key) sessionStorage.setItem(storageKey, key);
    else sessionStorage.removeItem(storageKey);
  } catch {
    // Storage can be switched off; the key then lasts only for the request it was entered for.
  }
}

let pending = null;

/**
 * Asks for a key in a modal dialog; resolves with the key, or null when the user cancels. Requests that are refused
 * while the question is open (validation as you type, a download) share it instead of stacking dialogs.
 */
export function askForKey(reason, rejected) {
  pending ??= openDialog(reason, rejected).finally(() => { pending = null; });
  return pending;
}

function openDialog(reason, rejected) {
  const inputId = uid('key');
  const input = el('input', { id: inputId, type: 'password', autocomplete: 'off', spellcheck: false, required: true });
  const dialog = el('dialog', { class: 'key-dialog', 'aria-labelledby': `${inputId}-title` },
    el('form', { method: 'dialog' },
      el('h2', { id: `${inputId}-title` }, '需要 API 密钥'),
      el('p', {}, reason),
      rejected ? el('p', { class: 'error', role: 'alert' }, '上次输入的密钥无效，请重新输入。') : null,
      el('label', { for: inputId }, 'API 密钥'),
      input,
      el('p', { class: 'hint' }, '密钥由服务管理员提供，只保存在本浏览器标签页中，关闭标签页即清除。'),
      el('div', { class: 'actions' },
        el('button', { type: 'submit', value: 'ok' }, '确定'),
        el('button', { type: 'submit', value: 'cancel', class: 'secondary', formnovalidate: true }, '取消'))));
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const key = dialog.returnValue === 'ok' ? input.value.trim() : '';
      dialog.remove();
      resolve(key || null);
    }, { once: true });
    dialog.showModal();
    input.focus();
  });
}
