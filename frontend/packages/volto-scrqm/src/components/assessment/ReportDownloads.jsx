/**
 * The assessment report as downloads through REST (`@scr-assessment-report`): the PDF of a
 * round and the CSV of every answer. The links point at the API; a click fetches the file
 * with the signed-in user's token and saves it.
 */
import React, { useState } from 'react';
import { useSelector } from 'react-redux';
import { defineMessages, useIntl } from 'react-intl';
import { formatUrl } from '@plone/volto/helpers/Api/Api';
import { downloadFile, reportPath } from 'volto-scrqm/helpers/assessment';

const messages = defineMessages({
  downloads: { id: 'scrqm-assessment-downloads', defaultMessage: 'Report' },
  pdf: { id: 'scrqm-assessment-pdf', defaultMessage: 'Report of {round} (PDF)' },
  latestPdf: { id: 'scrqm-assessment-latest-pdf', defaultMessage: 'Report of the latest round (PDF)' },
  csv: { id: 'scrqm-assessment-csv', defaultMessage: 'Every answer of every round (CSV)' },
  saved: { id: 'scrqm-assessment-saved-file', defaultMessage: 'Downloaded {file}.' },
});

const ReportDownloads = ({ review, round }) => {
  const intl = useIntl();
  const token = useSelector((s) => s.userSession?.token);
  const [status, setStatus] = useState(null);
  const links = [
    {
      key: 'pdf',
      href: formatUrl(reportPath(review, 'pdf', round?.id)),
      label: round
        ? intl.formatMessage(messages.pdf, { round: round.title })
        : intl.formatMessage(messages.latestPdf),
    },
    {
      key: 'csv',
      href: formatUrl(reportPath(review, 'csv')),
      label: intl.formatMessage(messages.csv),
    },
  ];
  const fetchIt = (event, href) => {
    event.preventDefault();
    setStatus(null);
    downloadFile(href, token)
      .then((file) =>
        setStatus({ ok: true, text: intl.formatMessage(messages.saved, { file }) }),
      )
      .catch((error) => setStatus({ ok: false, text: error.message }));
  };
  return (
    <section className="scrqm-assessment-downloads" aria-labelledby="scrqm-downloads-heading">
      <h2 id="scrqm-downloads-heading">{intl.formatMessage(messages.downloads)}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.key}>
            <a
              href={link.href}
              className={`scrqm-download-${link.key}`}
              onClick={(event) => fetchIt(event, link.href)}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'scrqm-downloaded' : 'scrqm-error'}>
          {status.text}
        </p>
      )}
    </section>
  );
};

export default ReportDownloads;
