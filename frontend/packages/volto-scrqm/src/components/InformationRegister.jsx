/**
 * A review's information register, a Volto route (`<review>/review-information`) fed by
 * `@scr-information`: the information requests with agency, dates and status (QM10), the
 * practitioner events (QM11), and for those who may see family details the size of the
 * chronology. Those who may add to the review get Volto's add forms. The review team and
 * the board read it; anyone else is refused by the backend and the refusal is shown.
 */
import React, { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import RouteToolbar from 'volto-scrqm/components/RouteToolbar';
import { getInformation } from 'volto-scrqm/actions/catalogue';
import { basePath } from 'volto-scrqm/helpers/catalogue';
import { formatDate } from 'volto-scrqm/helpers/values';

const messages = defineMessages({
  title: { id: 'scrqm-information-title', defaultMessage: 'Assembling information: {review}' },
  requests: { id: 'scrqm-information-requests', defaultMessage: 'Information requests (QM10)' },
  addRequest: {
    id: 'scrqm-information-add-request',
    defaultMessage: 'Add an information request',
  },
  noRequests: {
    id: 'scrqm-information-no-requests',
    defaultMessage: 'No information requests yet.',
  },
  request: { id: 'scrqm-information-request', defaultMessage: 'Request' },
  agency: { id: 'scrqm-tracker-agency', defaultMessage: 'Agency' },
  sent: { id: 'scrqm-information-sent', defaultMessage: 'Sent' },
  due: { id: 'scrqm-tracker-due', defaultMessage: 'Due' },
  received: { id: 'scrqm-information-received', defaultMessage: 'Received' },
  status: { id: 'scrqm-tracker-status', defaultMessage: 'Status' },
  chronology: { id: 'scrqm-information-chronology', defaultMessage: 'Multi-agency chronology' },
  chronologyCount: {
    id: 'scrqm-information-chronology-count',
    defaultMessage: '{count, plural, one {# entry} other {# entries}}, private to the review team.',
  },
  events: {
    id: 'scrqm-information-events',
    defaultMessage: 'Practitioner events and interviews (QM11)',
  },
  addEvent: {
    id: 'scrqm-information-add-event',
    defaultMessage: 'Add a practitioner event or interview',
  },
  noEvents: { id: 'scrqm-information-no-events', defaultMessage: 'No practitioner events yet.' },
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
});

const InformationRegister = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const location = useLocation();
  const locale = intl.locale === 'cy' ? 'cy' : 'en-GB';
  const review = basePath(location.pathname, 'review-information');
  const state = useSelector((s) => s.scrInformation) || {};
  useEffect(() => {
    dispatch(getInformation(review));
  }, [dispatch, review]);
  const data = state.data || {};
  const requests = data.requests || [];
  const events = data.events || [];
  const title = intl.formatMessage(messages.title, { review: data.title || '' });
  const date = (value) => (value ? formatDate(value, locale) : '');

  return (
    <Container id="page-document" className="view-wrapper scrqm-information">
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
      {state.loaded && (
        <>
          <section
            className="scrqm-requests"
            style={{ marginBottom: '2em' }}
            aria-labelledby="scrqm-requests-heading"
          >
            <h2 id="scrqm-requests-heading">{intl.formatMessage(messages.requests)}</h2>
            {data.can_add && (
              <p>
                <Link className="ui button" to={`${review}/add?type=InformationRequest`}>
                  {intl.formatMessage(messages.addRequest)}
                </Link>
              </p>
            )}
            {requests.length === 0 ? (
              <p>{intl.formatMessage(messages.noRequests)}</p>
            ) : (
              <table className="ui table scrqm-requests-table">
                <thead>
                  <tr>
                    <th scope="col">{intl.formatMessage(messages.request)}</th>
                    <th scope="col">{intl.formatMessage(messages.agency)}</th>
                    <th scope="col">{intl.formatMessage(messages.sent)}</th>
                    <th scope="col">{intl.formatMessage(messages.due)}</th>
                    <th scope="col">{intl.formatMessage(messages.received)}</th>
                    <th scope="col">{intl.formatMessage(messages.status)}</th>
                  </tr>
                </thead>
                <tbody>
                  {requests.map((row) => (
                    <tr key={row['@id']} className={`scrqm-request scrqm-request-${row.status}`}>
                      <td>
                        <Link to={flattenToAppURL(row['@id'])}>{row.title}</Link>
                      </td>
                      <td>{row.agency}</td>
                      <td>{date(row.date_sent)}</td>
                      <td>{date(row.date_due)}</td>
                      <td>{date(row.date_received)}</td>
                      <td>
                        {row.status === 'overdue' ? (
                          <strong>{row.status_title}</strong>
                        ) : (
                          row.status_title
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {data.chronology_count !== undefined && (
            <section
              className="scrqm-chronology-count"
              style={{ marginBottom: '2em' }}
              aria-labelledby="scrqm-chronology-heading"
            >
              <h2 id="scrqm-chronology-heading">{intl.formatMessage(messages.chronology)}</h2>
              <p>
                {intl.formatMessage(messages.chronologyCount, { count: data.chronology_count })}
              </p>
            </section>
          )}
          <section className="scrqm-events" aria-labelledby="scrqm-events-heading">
            <h2 id="scrqm-events-heading">{intl.formatMessage(messages.events)}</h2>
            {data.can_add && (
              <p>
                <Link className="ui button" to={`${review}/add?type=PractitionerEvent`}>
                  {intl.formatMessage(messages.addEvent)}
                </Link>
              </p>
            )}
            {events.length === 0 ? (
              <p>{intl.formatMessage(messages.noEvents)}</p>
            ) : (
              <ul className="scrqm-event-list">
                {events.map((event) => (
                  <li key={event['@id']}>
                    <Link to={flattenToAppURL(event['@id'])}>{event.title}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <RouteToolbar pathname={location.pathname} />
    </Container>
  );
};

export default InformationRegister;
