/**
 * The partnership dashboard, a Volto route (`/scr-dashboard`, also under a folder) fed by
 * `@scr-dashboard`: every review the reader may see with its phase, type, clocks, next due
 * date and parallel processes; the serious incidents with their clocks; filters (phase,
 * type, overdue only), sorting, pages of 25 and the count of reviews by phase. A visitor
 * is refused by the backend (401), and the refusal is shown.
 */
import React from 'react';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import RouteToolbar from 'volto-scrqm/components/RouteToolbar';
import { getDashboard } from 'volto-scrqm/actions/catalogue';
import { formatDate } from 'volto-scrqm/helpers/values';
import Pages from 'volto-scrqm/components/Pages';
import useFilteredListing from 'volto-scrqm/helpers/useFilteredListing';

export const PAGE_SIZE = 25;
export const FILTERS = ['phase', 'review_type', 'overdue', 'sort_on'];

const messages = defineMessages({
  title: { id: 'scrqm-dashboard-title', defaultMessage: 'Case reviews: dashboard' },
  lead: {
    id: 'scrqm-dashboard-lead',
    defaultMessage:
      'Every review you may see, with its phase and its statutory clocks in working days.',
  },
  phase: { id: 'scrqm-dashboard-phase', defaultMessage: 'Phase' },
  allPhases: { id: 'scrqm-dashboard-all-phases', defaultMessage: 'All phases' },
  type: { id: 'scrqm-dashboard-type', defaultMessage: 'Type of review' },
  allTypes: { id: 'scrqm-dashboard-all-types', defaultMessage: 'All types' },
  overdueOnly: { id: 'scrqm-dashboard-overdue-only', defaultMessage: 'Overdue only' },
  sortBy: { id: 'scrqm-dashboard-sort', defaultMessage: 'Sort by' },
  show: { id: 'scrqm-dashboard-show', defaultMessage: 'Show' },
  incidents: {
    id: 'scrqm-dashboard-incidents',
    defaultMessage: 'Serious incidents and rapid reviews ({count})',
  },
  incident: { id: 'scrqm-dashboard-incident', defaultMessage: 'Incident' },
  reviews: { id: 'scrqm-dashboard-reviews', defaultMessage: 'Reviews ({count})' },
  review: { id: 'scrqm-dashboard-review', defaultMessage: 'Review' },
  typeColumn: { id: 'scrqm-dashboard-type-column', defaultMessage: 'Type' },
  clocks: { id: 'scrqm-clocks', defaultMessage: 'Clocks' },
  nextDue: { id: 'scrqm-dashboard-next-due', defaultMessage: 'Next due' },
  processes: { id: 'scrqm-dashboard-processes', defaultMessage: 'Parallel processes' },
  none: { id: 'scrqm-dashboard-none', defaultMessage: 'No review matches.' },
  noProcess: { id: 'scrqm-dashboard-no-process', defaultMessage: 'none' },
  processCount: {
    id: 'scrqm-dashboard-process-count',
    defaultMessage: '{active} of {total} under way or expected',
  },
  embargo: { id: 'scrqm-dashboard-embargo', defaultMessage: 'publication embargo' },
  overdue: { id: 'scrqm-dashboard-overdue', defaultMessage: 'overdue' },
  explained: {
    id: 'scrqm-dashboard-explained',
    defaultMessage: 'delay explained and notified',
  },
  dueOn: { id: 'scrqm-due-on', defaultMessage: 'due {date}' },
  left: {
    id: 'scrqm-dashboard-left',
    defaultMessage: '{days, plural, one {# working day} other {# working days}} left',
  },
  over: {
    id: 'scrqm-dashboard-over',
    defaultMessage: '{days, plural, one {# working day} other {# working days}} over',
  },
  byPhase: { id: 'scrqm-dashboard-by-phase', defaultMessage: 'Reviews by phase' },
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
});

/** One clock's line: title, state, due date and working days left or over. */
export function ClockLine({ clock, locale, intl }) {
  const late = ['overdue', 'late', 'missed'].includes(clock.state);
  const showLeft =
    clock.left !== null && clock.left !== undefined && !['met', 'late'].includes(clock.state);
  return (
    <li className={`scrqm-clock-${clock.state}`}>
      {clock.title}: {late ? <strong>{clock.state_title}</strong> : clock.state_title}
      {clock.due && (
        <> · {intl.formatMessage(messages.dueOn, { date: formatDate(clock.due, locale) })}</>
      )}
      {showLeft && (
        <>
          {' · '}
          {clock.left >= 0
            ? intl.formatMessage(messages.left, { days: clock.left })
            : intl.formatMessage(messages.over, { days: -clock.left })}
        </>
      )}
    </li>
  );
}

const Dashboard = () => {
  const intl = useIntl();
  const { params, form, setForm, state, data, submit, location } = useFilteredListing({
    route: 'scr-dashboard',
    filters: FILTERS,
    action: getDashboard,
    stateKey: 'scrDashboard',
    pageSize: PAGE_SIZE,
  });
  const locale = intl.locale === 'cy' ? 'cy' : 'en-GB';
  const items = data.items || [];
  const incidents = data.incidents || [];
  const phaseTitles = Object.fromEntries((data.phase_options || []).map((o) => [o.id, o.title]));
  const set = (name) => (event) =>
    setForm({
      ...form,
      [name]:
        event.target.type === 'checkbox' ? (event.target.checked ? '1' : '') : event.target.value,
    });

  return (
    <Container id="page-document" className="view-wrapper scrqm-dashboard">
      <Helmet title={intl.formatMessage(messages.title)} />
      <h1 className="documentFirstHeading">{intl.formatMessage(messages.title)}</h1>
      <p className="documentDescription">{intl.formatMessage(messages.lead)}</p>
      <form
        className="ui form scrqm-filters"
        onSubmit={submit}
      >
        <div className="fields">
          <div className="field">
            <label htmlFor="scrqm-filter-phase">{intl.formatMessage(messages.phase)}</label>
            <select id="scrqm-filter-phase" value={form.phase} onChange={set('phase')}>
              <option value="">{intl.formatMessage(messages.allPhases)}</option>
              {(data.phase_options || []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="scrqm-filter-type">{intl.formatMessage(messages.type)}</label>
            <select id="scrqm-filter-type" value={form.review_type} onChange={set('review_type')}>
              <option value="">{intl.formatMessage(messages.allTypes)}</option>
              {(data.type_options || []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="scrqm-sort">{intl.formatMessage(messages.sortBy)}</label>
            <select id="scrqm-sort" value={form.sort_on || 'next_due'} onChange={set('sort_on')}>
              {(data.sort_options || []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="inline field">
          <input
            type="checkbox"
            id="scrqm-filter-overdue"
            checked={!!form.overdue}
            onChange={set('overdue')}
          />{' '}
          <label htmlFor="scrqm-filter-overdue">{intl.formatMessage(messages.overdueOnly)}</label>
        </div>
        <button type="submit" className="ui button primary">
          {intl.formatMessage(messages.show)}
        </button>
      </form>
      {state.error && (
        <p role="alert" className="scrqm-error">
          {state.error}
        </p>
      )}
      {state.loading && <p>{intl.formatMessage(messages.loading)}</p>}
      {incidents.length > 0 && (
        <table className="ui table scrqm-dashboard-incidents">
          <caption>{intl.formatMessage(messages.incidents, { count: incidents.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(messages.incident)}</th>
              <th scope="col">{intl.formatMessage(messages.clocks)}</th>
              <th scope="col">{intl.formatMessage(messages.nextDue)}</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((row) => (
              <tr key={row['@id']} className={row.overdue ? 'scrqm-overdue' : undefined}>
                <th scope="row">
                  <Link to={flattenToAppURL(row['@id'])}>{row.title}</Link>
                  {row.overdue && <strong> ⚠ {intl.formatMessage(messages.overdue)}</strong>}
                </th>
                <td>
                  <ul className="scrqm-clock-list">
                    {(row.clocks || []).map((clock) => (
                      <ClockLine key={clock.id} clock={clock} locale={locale} intl={intl} />
                    ))}
                  </ul>
                </td>
                <td>{row.next_due ? formatDate(row.next_due, locale) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.loaded && items.length === 0 && <p>{intl.formatMessage(messages.none)}</p>}
      {items.length > 0 && (
        <table className="ui table scrqm-dashboard-table">
          <caption>{intl.formatMessage(messages.reviews, { count: data.items_total })}</caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(messages.review)}</th>
              <th scope="col">{intl.formatMessage(messages.phase)}</th>
              <th scope="col">{intl.formatMessage(messages.typeColumn)}</th>
              <th scope="col">{intl.formatMessage(messages.clocks)}</th>
              <th scope="col">{intl.formatMessage(messages.nextDue)}</th>
              <th scope="col">{intl.formatMessage(messages.processes)}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((row) => (
              <tr key={row['@id']} className={row.overdue ? 'scrqm-overdue' : undefined}>
                <th scope="row">
                  <Link to={flattenToAppURL(row['@id'])}>{row.title}</Link>
                  {row.overdue && (
                    <strong className="scrqm-flag">
                      {' '}
                      ⚠ {intl.formatMessage(messages.overdue)}
                    </strong>
                  )}
                  {row.delay_explained && (
                    <span className="scrqm-flag"> {intl.formatMessage(messages.explained)}</span>
                  )}
                </th>
                <td>{row.phase_title}</td>
                <td>{row.review_type_title}</td>
                <td>
                  <ul className="scrqm-clock-list">
                    {(row.clocks || []).map((clock) => (
                      <ClockLine key={clock.id} clock={clock} locale={locale} intl={intl} />
                    ))}
                  </ul>
                </td>
                <td>{row.next_due ? formatDate(row.next_due, locale) : ''}</td>
                <td>
                  {row.processes?.total ? (
                    <>
                      {intl.formatMessage(messages.processCount, {
                        active: row.processes.active,
                        total: row.processes.total,
                      })}
                      {row.processes.embargo && (
                        <strong> {intl.formatMessage(messages.embargo)}</strong>
                      )}
                    </>
                  ) : (
                    intl.formatMessage(messages.noProcess)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pages bStart={params.b_start} size={PAGE_SIZE} total={data.items_total} />
      {data.by_phase && Object.keys(data.by_phase).length > 0 && (
        <section className="scrqm-by-phase" aria-labelledby="scrqm-by-phase-heading">
          <h2 id="scrqm-by-phase-heading">{intl.formatMessage(messages.byPhase)}</h2>
          <ul>
            {Object.entries(data.by_phase).map(([phase, count]) => (
              <li key={phase}>
                {phaseTitles[phase] || phase}: {count}
              </li>
            ))}
          </ul>
        </section>
      )}
      <RouteToolbar pathname={location.pathname} />
    </Container>
  );
};

export default Dashboard;
