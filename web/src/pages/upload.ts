/** Upload (and delete) documents. Writes need the server's API token; the reason for any refusal is shown as given. */
import { keyPath, sendWithToken } from '../api.js';
import { plural } from '../components.js';
import { el, statusLine } from '../dom.js';
import { entityHref, href } from '../router.js';
import { DeleteResultSchema, UploadResultSchema } from '../schemas.js';
import type { PageContext } from '../page-context.js';

/** Kept for this tab only, so a second upload does not need the token typed again. */
const TOKEN_KEY = 'wsis-api-token';

export async function renderUpload({ root }: PageContext): Promise<void> {
  const token = el('input', {
    id: 'api-token',
    name: 'token',
    type: 'password',
    autocomplete: 'off',
    required: true,
    value: sessionStorage.getItem(TOKEN_KEY) ?? '',
  });
  const file = el('input', { id: 'upload-file', name: 'file', type: 'file', accept: '.pdf,.docx,.txt,.md', required: true });
  const uploadStatus = el('div', { class: 'results', 'aria-live': 'polite' });
  const uploadForm = el(
    'form',
    { class: 'upload-form' },
    el('div', { class: 'field' }, el('label', { for: 'api-token' }, 'API token'), token),
    el('div', { class: 'field' }, el('label', { for: 'upload-file' }, 'Document (PDF, DOCX, TXT or Markdown)'), file),
    el('button', { type: 'submit' }, 'Upload and ingest'),
  );
  uploadForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = file.files?.[0];
    if (!chosen) return;
    sessionStorage.setItem(TOKEN_KEY, token.value);
    void upload(chosen, token.value, uploadForm, uploadStatus).then((key) => {
      // The likeliest next delete is the file just stored.
      if (key) documentKey.value = key;
    });
  });

  const documentKey = el('input', { id: 'delete-key', name: 'key', type: 'text', autocomplete: 'off', required: true, placeholder: 'e.g. file:ab12cd34ef56' });
  const deleteStatus = el('div', { class: 'results', 'aria-live': 'polite' });
  const deleteForm = el(
    'form',
    { class: 'delete-form' },
    el('div', { class: 'field' }, el('label', { for: 'delete-key' }, 'Document key'), documentKey),
    el('button', { type: 'submit', class: 'danger' }, 'Delete document'),
  );
  deleteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, token.value);
    void remove(documentKey.value.trim(), token.value, deleteForm, deleteStatus);
  });

  root.append(
    el('h1', {}, 'Upload a document'),
    el('p', { class: 'lead' }, 'The file is checked (type by content, size, structure), extracted and indexed; a refused file changes nothing.'),
    uploadForm,
    uploadStatus,
    el('h2', {}, 'Delete a document'),
    el('p', { class: 'lead' }, 'Removes the document, its passages and every fact read only from it. Uses the token above.'),
    deleteForm,
    deleteStatus,
  );
  (token.value ? file : token).focus();
}

/** Resolves to the stored document's key, or null when the upload was refused. */
async function upload(file: File, token: string, form: HTMLFormElement, status: HTMLElement): Promise<string | null> {
  const body = new FormData();
  body.append('file', file, file.name);
  let storedKey: string | null = null;
  await submitting(form, status, `Uploading ${file.name}…`, async () => {
    const stored = await sendWithToken('POST', '/api/documents', token, body, UploadResultSchema);
    storedKey = stored.key;
    const counts = [stored.passages !== undefined ? plural(stored.passages, 'passage') : null, stored.entities !== undefined ? plural(stored.entities, 'entity', 'entities') : null]
      .filter(Boolean)
      .join(', ');
    return el(
      'p',
      { class: 'status status-ok', role: 'status' },
      stored.status === 'unchanged' ? `${file.name} was already stored, unchanged, as ` : `Stored ${file.name} as `,
      el('a', { href: entityHref(stored.key) }, stored.key),
      counts ? ` (${counts}). ` : '. ',
      el('a', { href: href(['document', stored.key]) }, 'Read its passages'),
    );
  });
  return storedKey;
}

async function remove(key: string, token: string, form: HTMLFormElement, status: HTMLElement): Promise<void> {
  if (!key) return;
  await submitting(form, status, `Deleting ${key}…`, async () => {
    await sendWithToken('DELETE', keyPath('/api/documents', key), token, null, DeleteResultSchema);
    return el('p', { class: 'status status-ok', role: 'status' }, `Deleted ${key}.`);
  });
}

async function submitting(form: HTMLFormElement, status: HTMLElement, pending: string, run: () => Promise<HTMLElement>): Promise<void> {
  const button = form.querySelector('button');
  button?.setAttribute('disabled', '');
  status.replaceChildren(statusLine(pending));
  try {
    status.replaceChildren(await run());
  } catch (error) {
    status.replaceChildren(statusLine(error instanceof Error ? error.message : String(error), 'error'));
  } finally {
    button?.removeAttribute('disabled');
  }
}
