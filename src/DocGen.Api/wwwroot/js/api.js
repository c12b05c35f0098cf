// Talks to the DocGen API from the pages: JSON, problem+json answers and file downloads.
import { askForKey, currentKey, rememberKey } from './api-key.js';

/** An answer that is not 2xx, with the RFC 7807 body when the API sent one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * fetch with the tab's API key. A 401 asks for a key and sends the request again; cancelling the question gives
 * the 401 back to the caller as an ApiError.
 */
export async function send(url, init = {}) {
  for (;;) {
    const headers = new Headers(init.headers);
    const key = currentKey();
    if (key) headers.set('X-Api-Key', key);
    const response = await fetch(url, { ...init, headers });
    if (response.status !== 401) return response;
    const problem = await problemOf(response);
    const stored = currentKey();
    // Sent before another request's question was answered: try again with the key entered there.
    if (stored && stored !== key) continue;
    rememberKey(null);
    const entered = await askForKey(problem?.detail || '此操作需要 API 密钥。', Boolean(key));
    if (!entered) throw new ApiError(401, problem);
    rememberKey(entered);
  }
}

export async function getJson(url) {
  const response = await send(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response.json();
}

export async function postJson(url, body) {
  const response = await send(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response.json();
}

/** POSTs a Word document (a filled form) and returns the JSON answer. */
export async function postDocument(url, file) {
  const response = await send(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', Accept: 'application/json, application/problem+json' },
    body: file,
  });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response.json();
}

/** POSTs JSON and returns the file the API answers with, named as the API names it. */
export async function postForFile(url, body) {
  const response = await send(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return { blob: await response.blob(), name: fileNameOf(response.headers.get('Content-Disposition')) };
}

/** The RFC 5987 filename* (Chinese names), else the plain filename. */
export function fileNameOf(disposition) {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}

/** Saves a blob as a file through a temporary object URL (no page navigation, nothing sent anywhere). */
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function formPath(id) {
  const [authority, form] = id.split('/');
  return `/api/forms/${encodeURIComponent(authority)}/${encodeURIComponent(form)}`;
}
