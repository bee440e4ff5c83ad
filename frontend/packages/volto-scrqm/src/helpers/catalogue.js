/**
 * Plain functions of the partnership's registers: a marker's prose sections as blocks,
 * the filters read from and written to the address, the base path of a route.
 */

/**
 * A marker's stored section text as display blocks, as the classic marker page reads it:
 * `{ kind: 'p', text }` for a paragraph (lines joined, blank line between paragraphs),
 * `{ kind: 'ul', items }` for a run of lines starting with '- ', '* ' or '• '.
 */
export function textBlocks(text) {
  const blocks = [];
  let paragraph = [];
  const flush = () => {
    if (paragraph.length) {
      blocks.push({ kind: 'p', text: paragraph.join(' ') });
      paragraph = [];
    }
  };
  (text || '').split(/\r?\n/).forEach((raw) => {
    const line = raw.trim();
    if (!line) {
      flush();
      return;
    }
    if (/^[-*•] /.test(line)) {
      flush();
      const item = line.slice(2).trim();
      const last = blocks[blocks.length - 1];
      if (last && last.kind === 'ul') last.items.push(item);
      else blocks.push({ kind: 'ul', items: [item] });
    } else {
      paragraph.push(line);
    }
  });
  flush();
  return blocks;
}

/** The parameters `names` from an address's query (single values), and `b_start`. */
export function readParams(search, names) {
  const query = new URLSearchParams(search || '');
  const out = {};
  names.forEach((name) => {
    out[name] = query.get(name) || '';
  });
  const start = parseInt(query.get('b_start') || '0', 10);
  out.b_start = Number.isNaN(start) || start < 0 ? 0 : start;
  return out;
}

/** The query of an address from parameters, leaving out empty ones and a first page. */
export function writeParams(params) {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (value === undefined || value === null || value === '' || value === false) return;
    if (name === 'b_start' && !value) return;
    query.set(name, value === true ? '1' : String(value));
  });
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The path a route hangs under: `/a/b/review-history` → `/a/b`. */
export function basePath(pathname, route) {
  return (pathname || '').replace(new RegExp(`/${route}/?$`), '');
}

/** Markers grouped by the clusters of `@scr-markers`, in the clusters' order. */
export function byCluster(data) {
  const items = data?.items || [];
  return (data?.clusters || []).map((cluster) => ({
    ...cluster,
    items: items.filter((item) => item.cluster === cluster.id),
  }));
}
