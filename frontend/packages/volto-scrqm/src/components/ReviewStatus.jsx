/**
 * The review's clocks (`@scr-clocks`), its overdue information requests
 * (`@scr-overdue-requests`), who acts next (`@scr-next-steps`'s `others`, asked for by the
 * phase panel) and the review's items by kind (`@scr-items`), each linked to its Volto page.
 */
import React, { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getClocks, getOverdueRequests, getReviewItems } from 'volto-scrqm/actions';
import ReviewPages from 'volto-scrqm/components/ReviewPages';
import { formatDate } from 'volto-scrqm/helpers/values';

const messages = defineMessages({
  clocks: { id: 'scrqm-clocks', defaultMessage: 'Clocks' },
  clock: { id: 'scrqm-clock', defaultMessage: 'Clock' },
  state: { id: 'scrqm-clock-state', defaultMessage: 'State' },
  due: { id: 'scrqm-clock-due', defaultMessage: 'Due' },
  left: { id: 'scrqm-clock-left', defaultMessage: 'Working days left' },
  overdueBy: {
    id: 'scrqm-clock-overdue-by',
    defaultMessage: '{days, plural, one {# working day} other {# working days}} overdue',
  },
  unexplained: {
    id: 'scrqm-clock-unexplained',
    defaultMessage: 'delay not yet explained',
  },
  overdueRequests: {
    id: 'scrqm-overdue-requests',
    defaultMessage: 'Overdue information requests',
  },
  dueOn: { id: 'scrqm-due-on', defaultMessage: 'due {date}' },
  whoActsNext: { id: 'scrqm-who-acts-next', defaultMessage: 'Who acts next' },
  mayMove: {
    id: 'scrqm-who-may-move',
    defaultMessage: '{move}: {roles}',
  },
  people: { id: 'scrqm-who-people', defaultMessage: '({people})' },
  items: { id: 'scrqm-review-items', defaultMessage: "The review's items" },
  more: {
    id: 'scrqm-review-items-more',
    defaultMessage: '{shown} of {total} shown',
  },
});

/** A list joined for reading: "a, b and c" (Intl.ListFormat where the runtime has it). */
const joined = (items, locale) =>
  typeof Intl !== 'undefined' && Intl.ListFormat
    ? new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
    : items.join(', ');

export const WhoActsNext = ({ others, locale }) => {
  const intl = useIntl();
  if (!others?.length) return null;
  return (
    <section className="scrqm-who-next" aria-labelledby="scrqm-who-next-heading">
      <h2 id="scrqm-who-next-heading">{intl.formatMessage(messages.whoActsNext)}</h2>
      <ul>
        {others.map((other) => (
          <li key={other.id} className={`scrqm-who-next-${other.id}`}>
            {intl.formatMessage(messages.mayMove, {
              move: other.title,
              roles: joined(other.roles, locale),
            })}
            {other.people?.length > 0 &&
              ` ${intl.formatMessage(messages.people, { people: joined(other.people, locale) })}`}
          </li>
        ))}
      </ul>
    </section>
  );
};

export const ReviewItems = ({ kinds }) => {
  const intl = useIntl();
  if (!kinds?.length) return null;
  return (
    <section className="scrqm-items" aria-labelledby="scrqm-items-heading">
      <h2 id="scrqm-items-heading">{intl.formatMessage(messages.items)}</h2>
      {kinds.map((kind) => (
        <section key={kind.id} className={`scrqm-items-kind scrqm-items-${kind.id}`}>
          <h3>
            {kind.title} ({kind.total})
          </h3>
          <ul>
            {kind.items.map((item) => (
              <li key={item['@id']}>
                <Link to={flattenToAppURL(item['@id'])}>{item.title}</Link>
                {item.state_title && ` (${item.state_title})`}
              </li>
            ))}
          </ul>
          {kind.total > kind.items.length && (
            <p className="scrqm-items-more">
              {intl.formatMessage(messages.more, {
                shown: kind.items.length,
                total: kind.total,
              })}
            </p>
          )}
        </section>
      ))}
    </section>
  );
};

const ReviewStatus = ({ url }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const clocks = useSelector((s) => s.scrClocks?.data?.clocks) || [];
  const overdue = useSelector((s) => s.scrOverdueRequests?.data?.items) || [];
  const others = useSelector((s) => s.scrNextSteps?.data?.others);
  const kinds = useSelector((s) => s.scrItems?.data?.kinds);
  const pages = useSelector((s) => s.scrItems?.data?.pages);
  const locale = intl.locale === 'cy' ? 'cy' : 'en-GB';
  useEffect(() => {
    if (url) {
      dispatch(getClocks(url));
      dispatch(getOverdueRequests(url));
      dispatch(getReviewItems(url));
    }
  }, [dispatch, url]);
  return (
    <>
      <ReviewPages url={url} pages={pages} />
      <WhoActsNext others={others} locale={locale} />
      {clocks.length > 0 && (
        <section className="scrqm-clocks" aria-labelledby="scrqm-clocks-heading">
          <h2 id="scrqm-clocks-heading">{intl.formatMessage(messages.clocks)}</h2>
          <table className="ui table">
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(messages.clock)}</th>
                <th scope="col">{intl.formatMessage(messages.state)}</th>
                <th scope="col">{intl.formatMessage(messages.due)}</th>
                <th scope="col">{intl.formatMessage(messages.left)}</th>
              </tr>
            </thead>
            <tbody>
              {clocks.map((clock) => (
                <tr key={clock.id} className={`scrqm-clock scrqm-clock-${clock.state}`}>
                  <th scope="row">{clock.title}</th>
                  <td>{clock.state_title}</td>
                  <td>{clock.due ? formatDate(clock.due, locale) : ''}</td>
                  <td>
                    {clock.overdue_by ? (
                      <strong>
                        {intl.formatMessage(messages.overdueBy, { days: clock.overdue_by })}
                        {!clock.delay_explained &&
                          ` (${intl.formatMessage(messages.unexplained)})`}
                      </strong>
                    ) : clock.left !== null && clock.left !== undefined && clock.left >= 0 ? (
                      clock.left
                    ) : (
                      ''
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {overdue.length > 0 && (
        <section className="scrqm-overdue" aria-labelledby="scrqm-overdue-heading">
          <h2 id="scrqm-overdue-heading">{intl.formatMessage(messages.overdueRequests)}</h2>
          <ul>
            {overdue.map((item) => (
              <li key={item['@id']}>
                <Link to={flattenToAppURL(item['@id'])}>{item.title}</Link>,{' '}
                {intl.formatMessage(messages.dueOn, { date: formatDate(item.due, locale) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ReviewItems kinds={kinds} />
    </>
  );
};

export default ReviewStatus;
