/**
 * A review's history, a Volto route (`<review>/review-history`) fed by `@scr-history`:
 * every move of the review and of the report and response the reader may open, newest
 * first, with when, what was done, the new state, who and the comment. The review team
 * and the board read it; a visitor or a member without a role is refused by the backend
 * (401/403) and sees the refusal, never the review's title.
 */
import React, { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import RouteToolbar from 'volto-scrqm/components/RouteToolbar';
import { getHistory } from 'volto-scrqm/actions/catalogue';
import { basePath } from 'volto-scrqm/helpers/catalogue';

const messages = defineMessages({
  title: { id: 'scrqm-history-title', defaultMessage: 'History of {review}' },
  heading: { id: 'scrqm-history-heading', defaultMessage: 'Review history' },
  caption: {
    id: 'scrqm-history-caption',
    defaultMessage: 'Every move of the review and of its report and response, newest first.',
  },
  when: { id: 'scrqm-history-when', defaultMessage: 'When' },
  document: { id: 'scrqm-history-document', defaultMessage: 'Document' },
  action: { id: 'scrqm-history-action', defaultMessage: 'What was done' },
  state: { id: 'scrqm-history-state', defaultMessage: 'New state' },
  actor: { id: 'scrqm-history-actor', defaultMessage: 'By' },
  comment: { id: 'scrqm-history-comment', defaultMessage: 'Comment' },
  none: { id: 'scrqm-history-none', defaultMessage: 'Nothing has happened yet.' },
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
});

/** A moment ('2026-11-27T10:00:00+00:00') as the reader's date and time of day. */
export function formatMoment(value, locale = 'en-GB') {
  if (!value) return '';
  const moment = new Date(value);
  if (Number.isNaN(moment.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  }).format(moment);
}

const ReviewHistory = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const location = useLocation();
  const locale = intl.locale === 'cy' ? 'cy' : 'en-GB';
  const review = basePath(location.pathname, 'review-history');
  const state = useSelector((s) => s.scrHistory) || {};
  useEffect(() => {
    dispatch(getHistory(review));
  }, [dispatch, review]);
  const data = state.data || {};
  const items = data.items || [];
  const title = data.title
    ? intl.formatMessage(messages.title, { review: data.title })
    : intl.formatMessage(messages.heading);

  return (
    <Container id="page-document" className="view-wrapper scrqm-history">
      <Helmet title={title} />
      <h1 className="documentFirstHeading">
        {data.title ? <Link to={review}>{title}</Link> : title}
      </h1>
      {state.error && (
        <p role="alert" className="scrqm-error">
          {state.error}
        </p>
      )}
      {state.loading && <p>{intl.formatMessage(messages.loading)}</p>}
      {state.loaded && items.length === 0 && <p>{intl.formatMessage(messages.none)}</p>}
      {items.length > 0 && (
        <table className="ui table striped scrqm-history-table">
          <caption>{intl.formatMessage(messages.caption)}</caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(messages.when)}</th>
              <th scope="col">{intl.formatMessage(messages.document)}</th>
              <th scope="col">{intl.formatMessage(messages.action)}</th>
              <th scope="col">{intl.formatMessage(messages.state)}</th>
              <th scope="col">{intl.formatMessage(messages.actor)}</th>
              <th scope="col">{intl.formatMessage(messages.comment)}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry, index) => (
              // eslint-disable-next-line react/no-array-index-key
              <tr key={`${entry.when}-${index}`} className="scrqm-history-entry">
                <td>{formatMoment(entry.when, locale)}</td>
                <td>{entry.document}</td>
                <td>{entry.action}</td>
                <td>{entry.state}</td>
                <td>{entry.actor}</td>
                <td>{entry.comment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RouteToolbar pathname={location.pathname} />
    </Container>
  );
};

export default ReviewHistory;
