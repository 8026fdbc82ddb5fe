// The app's only way to the server: the public HTTP API, with the bearer token of the session.
// A 401 on a signed-in session asks the person to sign in again (see session.js) and then repeats
// the call, so whatever they were typing stays where it was.
const API = '/api/v1';

/** A refusal from the API: its status and its problem+json body (type, title, detail, errors). */
export class ApiError extends Error {
  constructor(status, problem, response) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.response = response;
  }

  /** The problem type's last part, e.g. "validation-failed". */
  get type() {
    return (this.problem.type || '').replace('urn:ordna:problem:', '');
  }

  /** Validation errors as {path: message}. */
  get fieldErrors() {
    const result = {};
    for (const error of this.problem.errors || []) {
      result[error.path] = result[error.path] ? `${result[error.path]}; ${error.message}` : error.message;
    }
    return result;
  }
}

let tokenSource = () => null;
let reauthenticate = async () => false;

/** Wires the session in: where the token comes from, and how to get a new one after a 401. */
export function configureApi(source, onUnauthorized) {
  tokenSource = source;
  reauthenticate = onUnauthorized;
}

/**
 * One call. Options: body (object → JSON, or a Blob/FormData/string as is), headers, ifMatch,
 * anonymous (no token), raw (return the Response instead of JSON), keepalive (the request may
 * outlive the page, e.g. releasing a lock when the tab closes).
 * Answers {status, data, etag, headers} or throws ApiError.
 */
export async function request(method, path, options = {}) {
  const attempt = async () => {
    const headers = new Headers(options.headers || {});
    const token = options.anonymous ? null : tokenSource();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (options.ifMatch) headers.set('If-Match', options.ifMatch);
    let body = options.body;
    if (body !== undefined && body !== null && !(body instanceof Blob) && !(body instanceof FormData) && typeof body !== 'string') {
      body = JSON.stringify(body);
      headers.set('Content-Type', 'application/json');
    }
    if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
    return fetch(path.startsWith('/') ? path : `${API}/${path}`, {
      method, headers, body, credentials: 'omit', cache: 'no-store', signal: options.signal,
      keepalive: Boolean(options.keepalive)
    });
  };
  let response = await attempt();
  if (response.status === 401 && !options.anonymous && tokenSource() && (await reauthenticate())) {
    response = await attempt();
  }
  if (options.raw && response.ok) return response;
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') && response.status !== 204 ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError(response.status, data, response);
  }
  return {status: response.status, data, etag: response.headers.get('ETag'), headers: response.headers};
}

/**
 * Sends a body with upload progress (XMLHttpRequest: fetch cannot report it over HTTP/1.1).
 * Options: headers, onProgress(sentBytes, totalBytes), signal. Answers {status, data, etag} or
 * throws ApiError (status 0 when the connection broke off, e.g. a server refusing a large body).
 */
export function upload(method, path, body, options = {}) {
  const attempt = () =>
    new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open(method, path.startsWith('/') ? path : `${API}/${path}`);
      const token = tokenSource();
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      for (const [name, value] of Object.entries(options.headers || {})) xhr.setRequestHeader(name, value);
      xhr.withCredentials = false;
      if (options.onProgress) xhr.upload.addEventListener('progress', (e) => options.onProgress(e.loaded, e.total));
      xhr.addEventListener('loadend', () => resolve(xhr));
      if (options.signal) options.signal.addEventListener('abort', () => xhr.abort());
      xhr.send(body);
    });
  return (async () => {
    let xhr = await attempt();
    if (xhr.status === 401 && tokenSource() && (await reauthenticate())) xhr = await attempt();
    const type = xhr.getResponseHeader('Content-Type') || '';
    let data = null;
    if (type.includes('json') && xhr.responseText) {
      try {
        data = JSON.parse(xhr.responseText);
      } catch (ignored) {
        data = null;
      }
    }
    if (xhr.status < 200 || xhr.status >= 300) throw new ApiError(xhr.status, data, null);
    return {status: xhr.status, data, etag: xhr.getResponseHeader('ETag')};
  })();
}

export const api = {
  get: (path, options) => request('GET', path, options),
  post: (path, body, options = {}) => request('POST', path, {...options, body}),
  put: (path, body, options = {}) => request('PUT', path, {...options, body}),
  patch: (path, body, options = {}) => request('PATCH', path, {...options, body}),
  delete: (path, options) => request('DELETE', path, options)
};

/** Query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
