/**
 * The public listing of published reviews, a Volto route (`/published-reviews`, also under
 * a folder) fed by the add-on's REST service `@scr-published`: filter by learning theme,
 * a page at a time.
 */
import React, { useEffect, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useHistory, useLocation } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getPublishedReviews } from 'volto-scrqm/actions';
import { formatDate } from 'volto-scrqm/helpers/values';

export const PAGE_SIZE = 20;

const messages = defineMessages({
  title: { id: 'scrqm-published-title', defaultMessage: 'Published reviews' },
  themes: { id: 'scrqm-published-themes', defaultMessage: 'Learning themes' },
  filter: { id: 'scrqm-published-filter', defaultMessage: 'Show these themes' },
  clear: { id: 'scrqm-published-clear', defaultMessage: 'All themes' },
  none: {
    id: 'scrqm-published-none',
    defaultMessage: 'No published review matches.',
  },
  total: {
    id: 'scrqm-published-total',
    defaultMessage: '{count, plural, one {# review} other {# reviews}}',
  },
  report: { id: 'scrqm-published-report', defaultMessage: 'Report' },
  response: { id: 'scrqm-published-response', defaultMessage: 'Board response' },
  published: { id: 'scrqm-published-on', defaultMessage: 'Published' },
  previous: { id: 'scrqm-published-previous', defaultMessage: 'Previous page' },
  next: { id: 'scrqm-published-next', defaultMessage: 'Next page' },
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
});

/** The listing's folder (the route's path without `/published-reviews`). */
export function listingBase(pathname) {
  return (pathname || '').replace(/\/published-reviews\/?$/, '');
}

/** Theme tokens and page start from the address's query. */
export function readQuery(search) {
  const query = new URLSearchParams(search || '');
  const start = parseInt(query.get('b_start') || '0', 10);
  return {
    themes: query.getAll('theme'),
    bStart: Number.isNaN(start) || start < 0 ? 0 : start,
  };
}

export function writeQuery({ themes = [], bStart = 0 }) {
  const query = new URLSearchParams();
  themes.forEach((theme) => query.append('theme', theme));
  if (bStart) query.set('b_start', String(bStart));
  const text = query.toString();
  return text ? `?${text}` : '';
}

const PublishedReviews = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const history = useHistory();
  const location = useLocation();
  const base = listingBase(location.pathname);
  const { themes, bStart } = readQuery(location.search);
  const state = useSelector((s) => s.scrPublished) || {};
  const [chosen, setChosen] = useState(themes);
  const themesKey = themes.join('|');

  useEffect(() => {
    dispatch(getPublishedReviews(base, { themes, bStart, bSize: PAGE_SIZE }));
    setChosen(themes);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dispatch, base, themesKey, bStart]);

  const go = (next) => history.push(`${location.pathname}${writeQuery(next)}`);
  const data = state.data || {};
  const items = data.items || [];
  const total = data.items_total || 0;
  const options = data.theme_options || [];

  const toggle = (token) =>
    setChosen((current) =>
      current.includes(token)
        ? current.filter((t) => t !== token)
        : [...current, token],
    );

  return (
    <Container id="page-document" className="view-wrapper scrqm-published">
      {/* A route, not content: the page is in the interface's language (Volto's App gives
          <html> the language of the content loaded last). */}
      <Helmet title={intl.formatMessage(messages.title)}>
        <html lang={intl.locale} />
      </Helmet>
      <h1 className="documentFirstHeading">{intl.formatMessage(messages.title)}</h1>
      {options.length > 0 && (
        <form
          className="scrqm-theme-filter"
          onSubmit={(event) => {
            event.preventDefault();
            go({ themes: chosen, bStart: 0 });
          }}
        >
          <fieldset>
            <legend>{intl.formatMessage(messages.themes)}</legend>
            {options.map((option) => (
              <div key={option.token} className="scrqm-theme-option">
                <input
                  type="checkbox"
                  id={`scrqm-theme-${option.token}`}
                  name="theme"
                  value={option.token}
                  checked={chosen.includes(option.token)}
                  onChange={() => toggle(option.token)}
                />
                <label htmlFor={`scrqm-theme-${option.token}`}>{option.title}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="ui button primary">
            {intl.formatMessage(messages.filter)}
          </button>
          {themes.length > 0 && (
            <button
              type="button"
              className="ui button"
              onClick={() => go({ themes: [], bStart: 0 })}
            >
              {intl.formatMessage(messages.clear)}
            </button>
          )}
        </form>
      )}
      {state.error && (
        <p role="alert" className="scrqm-error">
          {state.error}
        </p>
      )}
      {state.loading && <p>{intl.formatMessage(messages.loading)}</p>}
      {state.loaded && (
        <p className="scrqm-total" aria-live="polite">
          {intl.formatMessage(messages.total, { count: total })}
        </p>
      )}
      {state.loaded && items.length === 0 && <p>{intl.formatMessage(messages.none)}</p>}
      <ul className="scrqm-published-list">
        {items.map((item) => (
          <li key={item.report_url || item.pseudonym} className="scrqm-published-item">
            <h2>
              {item.report_url ? (
                <Link to={flattenToAppURL(item.report_url)}>{item.pseudonym}</Link>
              ) : (
                item.pseudonym
              )}
            </h2>
            <p className="scrqm-published-meta">
              {[item.area, item.year].filter(Boolean).join(' · ')}
              {item.publication_date && (
                <>
                  {' · '}
                  {intl.formatMessage(messages.published)}{' '}
                  {formatDate(item.publication_date, intl.locale === 'cy' ? 'cy' : 'en-GB')}
                </>
              )}
            </p>
            {item.summary && <p>{item.summary}</p>}
            {(item.learning_themes || []).length > 0 && (
              <ul className="scrqm-themes" aria-label={intl.formatMessage(messages.themes)}>
                {item.learning_themes.map((title) => (
                  <li key={title}>{title}</li>
                ))}
              </ul>
            )}
            <p>
              {item.report_url && (
                <Link to={flattenToAppURL(item.report_url)}>
                  {intl.formatMessage(messages.report)}
                </Link>
              )}
              {item.response_url && (
                <>
                  {' · '}
                  <Link to={flattenToAppURL(item.response_url)}>
                    {intl.formatMessage(messages.response)}
                  </Link>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
      {total > PAGE_SIZE && (
        <nav className="scrqm-pages" aria-label={intl.formatMessage(messages.title)}>
          {bStart > 0 && (
            <Link to={`${location.pathname}${writeQuery({ themes, bStart: Math.max(0, bStart - PAGE_SIZE) })}`}>
              {intl.formatMessage(messages.previous)}
            </Link>
          )}{' '}
          {bStart + PAGE_SIZE < total && (
            <Link to={`${location.pathname}${writeQuery({ themes, bStart: bStart + PAGE_SIZE })}`}>
              {intl.formatMessage(messages.next)}
            </Link>
          )}
        </nav>
      )}
    </Container>
  );
};

export default PublishedReviews;
