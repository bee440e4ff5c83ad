/**
 * Plain helpers of the self-assessment pages: the page's base path from the address, the
 * addresses of the pages and the report downloads.
 */

/** The path of the content a page route sits on: `/reviews/child-a/assessment-overview`
 * gives `/reviews/child-a`. */
export function basePath(pathname, page) {
  const trimmed = (pathname || '').replace(/\/+$/, '');
  const suffix = `/${page}`;
  return trimmed.endsWith(suffix) ? trimmed.slice(0, -suffix.length) : trimmed;
}

export const overviewPath = (review) => `${review}/assessment-overview`;
export const markerPath = (review, number) => `${review}/marker-assessment?marker=${number}`;
export const comparePath = (review, rounds = []) => {
  const query = new URLSearchParams();
  rounds.forEach((id) => query.append('rounds', id));
  const tail = query.toString();
  return `${review}/assessment-compare${tail ? `?${tail}` : ''}`;
};
export const assessPath = (assessment) => `${assessment}/assess`;

/** The service path of a report download: `pdf` (a round, latest by default) or `csv`. */
export function reportPath(review, format, round) {
  const query = new URLSearchParams({ format });
  if (round) query.set('round', round);
  return `${review}/@scr-assessment-report?${query.toString()}`;
}

/** The file name a response's Content-Disposition gives (or `fallback`). */
export function filenameOf(disposition, fallback = 'download') {
  const match = /filename="?([^";]+)"?/i.exec(disposition || '');
  return match ? match[1] : fallback;
}

/**
 * Fetch a file from the API with the signed-in user's token and hand it to the browser as
 * a download. Resolves to the file name; rejects with the backend's message.
 */
export async function downloadFile(url, token, { fetchImpl, doc } = {}) {
  const doFetch = fetchImpl || fetch;
  const response = await doFetch(url, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    credentials: 'same-origin',
  });
  if (!response.ok) {
    let message = String(response.status);
    try {
      const body = await response.json();
      message = body?.error?.message || message;
    } catch (error) {
      // not JSON: the status says it
    }
    throw new Error(message);
  }
  const filename = filenameOf(response.headers.get('Content-Disposition'));
  const blob = await response.blob();
  const page = doc || document;
  const href = URL.createObjectURL(blob);
  const link = page.createElement('a');
  link.href = href;
  link.download = filename;
  page.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10000);
  return filename;
}
