/**
 * The action tracker, a Volto route (`/action-tracker`) fed by `@scr-actions`: every
 * improvement action the reader may see across reviews, with filters (agency, status, flag,
 * review), sorting by column, pages of 25, the flags (overdue, due soon, no owner…) as a
 * list and the latest RAG rating. The backend's refusal of a bad filter is shown as it is.
 */
import React from 'react';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import RouteToolbar from 'volto-scrqm/components/RouteToolbar';
import { getActions } from 'volto-scrqm/actions/catalogue';
import { writeParams } from 'volto-scrqm/helpers/catalogue';
import { formatDate } from 'volto-scrqm/helpers/values';
import Pages from 'volto-scrqm/components/Pages';
import useFilteredListing from 'volto-scrqm/helpers/useFilteredListing';

export const PAGE_SIZE = 25;
export const FILTERS = ['agency', 'status', 'flag', 'review', 'sort_on', 'sort_order'];

const messages = defineMessages({
  title: { id: 'scrqm-tracker-title', defaultMessage: 'Action tracker' },
  lead: {
    id: 'scrqm-tracker-lead',
    defaultMessage: 'Every improvement action you may see, across reviews.',
  },
  agency: { id: 'scrqm-tracker-agency', defaultMessage: 'Agency' },
  status: { id: 'scrqm-tracker-status', defaultMessage: 'Status' },
  flag: { id: 'scrqm-tracker-flag', defaultMessage: 'Flag' },
  review: { id: 'scrqm-tracker-review', defaultMessage: 'Review' },
  any: { id: 'scrqm-tracker-any', defaultMessage: 'Any' },
  filter: { id: 'scrqm-tracker-filter', defaultMessage: 'Filter' },
  caption: {
    id: 'scrqm-tracker-caption',
    defaultMessage:
      '{count, plural, one {# action} other {# actions}}. Select a column heading to sort.',
  },
  action: { id: 'scrqm-tracker-action', defaultMessage: 'Action' },
  lead_column: { id: 'scrqm-tracker-lead-column', defaultMessage: 'Lead' },
  due: { id: 'scrqm-tracker-due', defaultMessage: 'Due' },
  flags: { id: 'scrqm-tracker-flags', defaultMessage: 'Flags' },
  rag: { id: 'scrqm-tracker-rag', defaultMessage: 'Latest RAG' },
  none: { id: 'scrqm-tracker-none', defaultMessage: 'No action matches.' },
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
});

/** The address that sorts by `key`: ascending, or descending when already ascending. */
export function sortLink(location, params, key) {
  const ascending = params.sort_on === key && (params.sort_order || 'ascending') === 'ascending';
  return `${location.pathname}${writeParams({
    ...params,
    sort_on: key,
    sort_order: ascending ? 'descending' : 'ascending',
    b_start: 0,
  })}`;
}

const ActionTracker = () => {
  const intl = useIntl();
  const { params, form, setForm, state, data, submit, location } = useFilteredListing({
    route: 'action-tracker',
    filters: FILTERS,
    action: getActions,
    stateKey: 'scrActions',
    pageSize: PAGE_SIZE,
  });
  const locale = intl.locale === 'cy' ? 'cy' : 'en-GB';
  const options = data.options || {};
  const items = data.items || [];
  const sortHeader = (column, label) => {
    const sorted = params.sort_on === column || (!params.sort_on && column === 'due_date');
    const order = sorted
      ? (params.sort_order || 'ascending') === 'ascending'
        ? 'ascending'
        : 'descending'
      : undefined;
    return (
      <th scope="col" aria-sort={order}>
        <Link to={sortLink(location, params, column)}>{intl.formatMessage(label)}</Link>
      </th>
    );
  };

  return (
    <Container id="page-document" className="view-wrapper scrqm-tracker">
      <Helmet title={intl.formatMessage(messages.title)} />
      <h1 className="documentFirstHeading">{intl.formatMessage(messages.title)}</h1>
      <p className="documentDescription">{intl.formatMessage(messages.lead)}</p>
      <form
        className="ui form scrqm-filters"
        onSubmit={submit}
      >
        <div className="fields">
          {['agency', 'status', 'flag', 'review'].map((name) => (
            <div key={name} className="field scrqm-filter">
              <label htmlFor={`scrqm-filter-${name}`}>{intl.formatMessage(messages[name])}</label>
              <select
                id={`scrqm-filter-${name}`}
                value={form[name]}
                onChange={(event) => setForm({ ...form, [name]: event.target.value })}
              >
                <option value="">{intl.formatMessage(messages.any)}</option>
                {(options[name] || []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <button type="submit" className="ui button primary">
          {intl.formatMessage(messages.filter)}
        </button>
      </form>
      {state.error && (
        <p role="alert" className="scrqm-error">
          {state.error}
        </p>
      )}
      {state.loading && <p>{intl.formatMessage(messages.loading)}</p>}
      {state.loaded && items.length === 0 && <p>{intl.formatMessage(messages.none)}</p>}
      {items.length > 0 && (
        <table className="ui table scrqm-tracker-table">
          <caption>{intl.formatMessage(messages.caption, { count: data.items_total })}</caption>
          <thead>
            <tr>
              {sortHeader('review', messages.review)}
              {sortHeader('title', messages.action)}
              {sortHeader('agency', messages.agency)}
              <th scope="col">{intl.formatMessage(messages.lead_column)}</th>
              {sortHeader('due_date', messages.due)}
              {sortHeader('status', messages.status)}
              <th scope="col">{intl.formatMessage(messages.flags)}</th>
              <th scope="col">{intl.formatMessage(messages.rag)}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((row) => (
              <tr key={row.uid || row.url} className="scrqm-action">
                <td>{row.review}</td>
                <td>
                  <Link to={flattenToAppURL(row.url)}>{row.title}</Link>
                </td>
                <td>{row.agency}</td>
                <td>{row.lead}</td>
                <td>{row.due_date ? formatDate(row.due_date, locale) : ''}</td>
                <td>{row.status_title}</td>
                <td>
                  {(row.flag_titles || []).length > 0 && (
                    <ul className="scrqm-flags">
                      {row.flag_titles.map((title) => (
                        <li key={title}>{title}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="scrqm-rag">
                  {row.rag_title && (
                    <>
                      <strong>{row.rag_title}</strong>{' '}
                      {row.rag_date ? formatDate(row.rag_date, locale) : ''}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pages bStart={params.b_start} size={PAGE_SIZE} total={data.items_total} />
      <RouteToolbar pathname={location.pathname} />
    </Container>
  );
};

export default ActionTracker;
