/** Previous / next links of a batched listing, keeping the address's other parameters. */
import React from 'react';
import { Link, useLocation } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';

const messages = defineMessages({
  pages: { id: 'scrqm-pages', defaultMessage: 'Pages' },
  previous: { id: 'scrqm-published-previous', defaultMessage: 'Previous page' },
  next: { id: 'scrqm-published-next', defaultMessage: 'Next page' },
  range: {
    id: 'scrqm-pages-range',
    defaultMessage: '{first}–{last} of {total}',
  },
});

export function pageLink(location, bStart) {
  const query = new URLSearchParams(location.search || '');
  if (bStart > 0) query.set('b_start', String(bStart));
  else query.delete('b_start');
  const text = query.toString();
  return `${location.pathname}${text ? `?${text}` : ''}`;
}

const Pages = ({ bStart, size, total }) => {
  const intl = useIntl();
  const location = useLocation();
  if (!total || total <= size) return null;
  return (
    <nav className="scrqm-pages" aria-label={intl.formatMessage(messages.pages)}>
      <span>
        {intl.formatMessage(messages.range, {
          first: bStart + 1,
          last: Math.min(bStart + size, total),
          total,
        })}
      </span>{' '}
      {bStart > 0 && (
        <Link to={pageLink(location, Math.max(0, bStart - size))}>
          {intl.formatMessage(messages.previous)}
        </Link>
      )}{' '}
      {bStart + size < total && (
        <Link to={pageLink(location, bStart + size)}>{intl.formatMessage(messages.next)}</Link>
      )}
    </nav>
  );
};

export default Pages;
