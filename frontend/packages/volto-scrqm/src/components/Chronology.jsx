/**
 * The multi-agency chronology of a review, a Volto route (`{review}/chronology`) fed by
 * `@scr-chronology`: every entry in date order across agencies, filtered by agency, mark and
 * period (the filters are in the address, so a filtered timeline can be shared within the
 * team), printable. Private to the review team: the backend refuses everybody else.
 */
import React, { useEffect, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useHistory, useLocation } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { chronologyQuery, getChronology } from 'volto-scrqm/actions';
import { reviewPath } from 'volto-scrqm/helpers/routes';

const messages = defineMessages({
  title: { id: 'scrqm-chronology-title', defaultMessage: 'Multi-agency chronology' },
  private: {
    id: 'scrqm-chronology-private',
    defaultMessage: 'Private to the review team: do not share outside the review.',
  },
  print: { id: 'scrqm-chronology-print', defaultMessage: 'Print' },
  import: { id: 'scrqm-chronology-import-link', defaultMessage: 'Import an agency’s chronology' },
  agencies: { id: 'scrqm-chronology-agencies', defaultMessage: 'Agencies' },
  marks: { id: 'scrqm-chronology-marks', defaultMessage: 'Marks' },
  start: { id: 'scrqm-chronology-start', defaultMessage: 'From (YYYY-MM-DD or YYYY-MM)' },
  end: { id: 'scrqm-chronology-end', defaultMessage: 'To (YYYY-MM-DD or YYYY-MM)' },
  filter: { id: 'scrqm-chronology-filter', defaultMessage: 'Filter' },
  none: { id: 'scrqm-chronology-none', defaultMessage: 'No chronology entries match.' },
  caption: {
    id: 'scrqm-chronology-caption',
    defaultMessage:
      '{count, plural, one {# entry} other {# entries}}, in date order across agencies. An entry known only to its month comes before the days of that month.',
  },
  date: { id: 'scrqm-chronology-date', defaultMessage: 'Date' },
  agency: { id: 'scrqm-chronology-agency', defaultMessage: 'Agency' },
  role: { id: 'scrqm-chronology-role', defaultMessage: 'Practitioner role' },
  what: { id: 'scrqm-chronology-what', defaultMessage: 'What happened' },
  source: { id: 'scrqm-chronology-source', defaultMessage: 'Source record' },
  monthOnly: { id: 'scrqm-chronology-month-only', defaultMessage: 'month only' },
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
});

/** The filters in the address's query. */
export function readFilters(search) {
  const query = new URLSearchParams(search || '');
  return {
    agency: query.getAll('agency'),
    mark: query.getAll('mark'),
    start: query.get('start') || '',
    end: query.get('end') || '',
  };
}

const toggle = (list, value) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

const Chronology = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const history = useHistory();
  const location = useLocation();
  const review = reviewPath(location.pathname, 'chronology');
  const filters = readFilters(location.search);
  const [chosen, setChosen] = useState(filters);
  const state = useSelector((s) => s.scrChronology) || {};
  const t = (message, values) => intl.formatMessage(message, values);

  useEffect(() => {
    dispatch(getChronology(review, readFilters(location.search)));
    setChosen(readFilters(location.search));
  }, [dispatch, review, location.search]);

  const data = state.data || {};
  const items = data.items || [];
  return (
    <Container id="page-document" className="view-wrapper scrqm-chronology">
      <Helmet title={t(messages.title)} />
      <h1 className="documentFirstHeading">{t(messages.title)}</h1>
      <p className="scrqm-print-only">{t(messages.private)}</p>
      <p className="scrqm-no-print">
        <button type="button" className="ui button" onClick={() => window.print()}>
          {t(messages.print)}
        </button>
        {data.can_import && (
          <Link className="ui button primary" to={`${review}/chronology-import`}>
            {t(messages.import)}
          </Link>
        )}
      </p>
      {state.error && (
        <p className="ui negative message" role="alert">
          {state.error}
        </p>
      )}
      {(data.agencies || state.error) && (
        <form
          className="scrqm-no-print scrqm-chronology-filter"
          onSubmit={(event) => {
            event.preventDefault();
            history.push(`${location.pathname}${chronologyQuery(chosen)}`);
          }}
        >
          {(data.agencies || []).length > 0 && (
            <fieldset>
              <legend>{t(messages.agencies)}</legend>
              {data.agencies.map((agency, index) => (
                <span key={agency} className="scrqm-choice">
                  <input
                    type="checkbox"
                    id={`scrqm-agency-${index}`}
                    checked={chosen.agency.includes(agency)}
                    onChange={() =>
                      setChosen({ ...chosen, agency: toggle(chosen.agency, agency) })
                    }
                  />
                  <label htmlFor={`scrqm-agency-${index}`}>{agency}</label>
                </span>
              ))}
            </fieldset>
          )}
          {(data.marks || []).length > 0 && (
            <fieldset>
              <legend>{t(messages.marks)}</legend>
              {data.marks.map((mark) => (
                <span key={mark.value} className="scrqm-choice">
                  <input
                    type="checkbox"
                    id={`scrqm-mark-${mark.value}`}
                    checked={chosen.mark.includes(mark.value)}
                    onChange={() =>
                      setChosen({ ...chosen, mark: toggle(chosen.mark, mark.value) })
                    }
                  />
                  <label htmlFor={`scrqm-mark-${mark.value}`}>{mark.title}</label>
                </span>
              ))}
            </fieldset>
          )}
          <label htmlFor="scrqm-start">{t(messages.start)}</label>{' '}
          <input
            id="scrqm-start"
            type="text"
            value={chosen.start}
            onChange={(event) => setChosen({ ...chosen, start: event.target.value })}
          />{' '}
          <label htmlFor="scrqm-end">{t(messages.end)}</label>{' '}
          <input
            id="scrqm-end"
            type="text"
            value={chosen.end}
            onChange={(event) => setChosen({ ...chosen, end: event.target.value })}
          />{' '}
          <button type="submit" className="ui button primary">
            {t(messages.filter)}
          </button>
        </form>
      )}
      {state.loading && <p>{t(messages.loading)}</p>}
      {state.loaded && items.length === 0 && <p>{t(messages.none)}</p>}
      {state.loaded && items.length > 0 && (
        <table className="ui table scrqm-timeline">
          <caption>{t(messages.caption, { count: data.items_total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(messages.date)}</th>
              <th scope="col">{t(messages.agency)}</th>
              <th scope="col">{t(messages.role)}</th>
              <th scope="col">{t(messages.what)}</th>
              <th scope="col">{t(messages.source)}</th>
              <th scope="col">{t(messages.marks)}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item['@id']} className={`scrqm-agency-${item.agency_index}`}>
                <td className="scrqm-date">
                  <Link to={flattenToAppURL(item['@id'])}>{item.date_label}</Link>
                  {item.precision === 'month' && (
                    <small className="scrqm-month-only"> ({t(messages.monthOnly)})</small>
                  )}
                </td>
                <td>{item.agency}</td>
                <td>{item.practitioner_role}</td>
                <td>{item.what_happened}</td>
                <td>{item.source_record}</td>
                <td>
                  {(item.mark_titles || []).map((title) => (
                    <span key={title} className="ui label yellow">
                      {title}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Container>
  );
};

export default Chronology;
