/**
 * Importing an agency's chronology into a review, a Volto route
 * (`{review}/chronology-import`) fed by `@scr-chronology-import`: the file is previewed
 * first (nothing written: the rows to create, the rows refused with their line and reasons,
 * the rows already imported), then imported on confirmation, all or none. A file the backend
 * cannot read, or one missing a column, is refused with its reason and nothing is written.
 */
import React, { useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { importChronology } from 'volto-scrqm/actions';
import { reviewPath } from 'volto-scrqm/helpers/routes';

const messages = defineMessages({
  title: { id: 'scrqm-import-title', defaultMessage: 'Import an agency’s chronology' },
  intro: {
    id: 'scrqm-import-intro',
    defaultMessage:
      'Each agency fills in the template, one row per entry; you import its file here. You see every row before anything is written, and importing the same file again adds nothing twice.',
  },
  columns: {
    id: 'scrqm-import-columns',
    defaultMessage:
      'Columns: Date (YYYY-MM-DD or DD/MM/YYYY; YYYY-MM when only the month is known), Time (HH:MM), Agency, Practitioner role (the role, not the name), What happened, Source record, Key practice episode, Decision point, Missed opportunity (yes or empty). Date, Agency and What happened are required.',
  },
  file: { id: 'scrqm-import-file', defaultMessage: 'File (.xlsx or .csv)' },
  preview: { id: 'scrqm-import-preview', defaultMessage: 'Preview the import' },
  missing: {
    id: 'scrqm-import-missing',
    defaultMessage: 'Columns missing from the file: {columns}. Nothing can be imported.',
  },
  toCreate: {
    id: 'scrqm-import-to-create',
    defaultMessage: '{count, plural, one {# entry} other {# entries}} to import',
  },
  rejected: {
    id: 'scrqm-import-rejected',
    defaultMessage:
      '{count, plural, one {# row} other {# rows}} refused (not imported; correct the file and preview it again to add them)',
  },
  already: {
    id: 'scrqm-import-already',
    defaultMessage:
      '{count, plural, one {# row is} other {# rows are}} already in the chronology and will not be added again.',
  },
  line: { id: 'scrqm-import-line', defaultMessage: 'Line' },
  reasons: { id: 'scrqm-import-reasons', defaultMessage: 'Why' },
  date: { id: 'scrqm-chronology-date', defaultMessage: 'Date' },
  agency: { id: 'scrqm-chronology-agency', defaultMessage: 'Agency' },
  what: { id: 'scrqm-chronology-what', defaultMessage: 'What happened' },
  confirm: {
    id: 'scrqm-import-confirm',
    defaultMessage: 'Import {count, plural, one {# entry} other {# entries}}',
  },
  created: {
    id: 'scrqm-import-created',
    defaultMessage: '{count, plural, one {# entry} other {# entries}} imported.',
  },
  nothing: {
    id: 'scrqm-import-nothing',
    defaultMessage: 'Nothing to import: no new row in the file.',
  },
  back: { id: 'scrqm-import-back', defaultMessage: 'Back to the chronology' },
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
});

/** A file's content as base64 (what the service takes). */
export function readAsBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',').pop());
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

const ChronologyImport = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const location = useLocation();
  const review = reviewPath(location.pathname, 'chronology-import');
  const state = useSelector((s) => s.scrChronologyImport) || {};
  const [upload, setUpload] = useState(null);
  const t = (message, values) => intl.formatMessage(message, values);
  // What the store holds from another visit is not shown: only this page's upload.
  const data = (upload && state.data) || {};
  const toCreate = data.to_create || [];
  const rejected = data.rejected || [];
  const already = data.already_imported || [];
  const missing = data.missing_columns || [];
  const previewed = !!upload && state.dryRun && (state.loaded || !!state.data);
  const created = upload && !state.dryRun && state.loaded ? data.created || [] : null;
  const error = upload ? state.error : null;

  const onPreview = async (event) => {
    event.preventDefault();
    const file = event.target.elements.chronology_file.files[0];
    if (!file) return;
    const chosen = { filename: file.name, data: await readAsBase64(file) };
    setUpload(chosen);
    dispatch(importChronology(review, chosen, true));
  };

  return (
    <Container id="page-document" className="view-wrapper scrqm-chronology-import">
      <Helmet title={t(messages.title)} />
      <h1 className="documentFirstHeading">{t(messages.title)}</h1>
      <p>{t(messages.intro)}</p>
      <p>
        <small>{t(messages.columns)}</small>
      </p>
      {created === null && (
        <form onSubmit={onPreview} className="scrqm-import-form">
          <label htmlFor="chronology_file">{t(messages.file)}</label>{' '}
          <input id="chronology_file" name="chronology_file" type="file" accept=".csv,.xlsx" />{' '}
          <button type="submit" className="ui button">
            {t(messages.preview)}
          </button>
        </form>
      )}
      {state.loading && <p>{t(messages.loading)}</p>}
      {error && (
        <p className="ui negative message" role="alert">
          {error}
        </p>
      )}
      {missing.length > 0 && (
        <p className="ui negative message" role="alert">
          {t(messages.missing, { columns: missing.join(', ') })}
        </p>
      )}
      {previewed && missing.length === 0 && (
        <section className="scrqm-import-preview">
          {toCreate.length > 0 ? (
            <table className="ui table scrqm-import-to-create">
              <caption>{t(messages.toCreate, { count: toCreate.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(messages.line)}</th>
                  <th scope="col">{t(messages.date)}</th>
                  <th scope="col">{t(messages.agency)}</th>
                  <th scope="col">{t(messages.what)}</th>
                </tr>
              </thead>
              <tbody>
                {toCreate.map((row) => (
                  <tr key={row.row}>
                    <td>{row.row}</td>
                    <td>{row.precision === 'month' ? row.date.slice(0, 7) : row.date}</td>
                    <td>{row.agency}</td>
                    <td>{row.what_happened}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t(messages.nothing)}</p>
          )}
          {already.length > 0 && <p>{t(messages.already, { count: already.length })}</p>}
          {toCreate.length > 0 && upload && (
            <button
              type="button"
              className="ui button primary"
              onClick={() => dispatch(importChronology(review, upload, false))}
            >
              {t(messages.confirm, { count: toCreate.length })}
            </button>
          )}
        </section>
      )}
      {rejected.length > 0 && (
        <table className="ui table scrqm-import-rejected">
          <caption>{t(messages.rejected, { count: rejected.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(messages.line)}</th>
              <th scope="col">{t(messages.reasons)}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td>
                  <ul>
                    {row.reasons.map((reason) => (
                      <li key={reason.code}>{reason.message}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {created !== null && (
        <p className="ui positive message" role="status">
          {t(messages.created, { count: created.length })}
        </p>
      )}
      <p>
        <Link to={`${review}/chronology`}>{t(messages.back)}</Link>
      </p>
    </Container>
  );
};

export default ChronologyImport;
