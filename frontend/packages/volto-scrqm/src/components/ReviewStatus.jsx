/**
 * The review's clocks (`@scr-clocks`) and its overdue information requests
 * (`@scr-overdue-requests`), as the classic review page shows them.
 */
import React, { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getClocks, getOverdueRequests } from 'volto-scrqm/actions';
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
});

const ReviewStatus = ({ url }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const clocks = useSelector((s) => s.scrClocks?.data?.clocks) || [];
  const overdue = useSelector((s) => s.scrOverdueRequests?.data?.items) || [];
  const locale = intl.locale === 'cy' ? 'cy' : 'en-GB';
  useEffect(() => {
    if (url) {
      dispatch(getClocks(url));
      dispatch(getOverdueRequests(url));
    }
  }, [dispatch, url]);
  return (
    <>
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
    </>
  );
};

export default ReviewStatus;
