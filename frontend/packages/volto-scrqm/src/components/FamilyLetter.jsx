/**
 * A letter to a family member, a Volto route (`{review}/family-letter?member=…&letter=…&lang=…`)
 * fed by `@scr-family-letter`: the letter as the backend writes it (HTML, in the family's
 * language and direction), printable, and its PDF downloaded through the same service. The
 * address names the member by an opaque identifier only. A letter that cannot be written
 * shows the backend's reason.
 */
import React, { useEffect, useMemo, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import Cookies from 'universal-cookie';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { formatUrl } from '@plone/volto/helpers/Api/Api';
import { getFamilyLetter, letterQuery } from 'volto-scrqm/actions';
import { reviewPath } from 'volto-scrqm/helpers/routes';

const messages = defineMessages({
  title: { id: 'scrqm-letter-title', defaultMessage: 'Letter to a family member' },
  back: { id: 'scrqm-letter-back', defaultMessage: 'Back to the family' },
  pdf: { id: 'scrqm-letter-pdf', defaultMessage: 'Download as PDF' },
  print: { id: 'scrqm-chronology-print', defaultMessage: 'Print' },
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
});

/** The letter's choice from the address's query. */
export function readChoice(search) {
  const query = new URLSearchParams(search || '');
  return {
    member: query.get('member') || '',
    letter: query.get('letter') || '',
    lang: query.get('lang') || '',
  };
}

/**
 * What of the backend's letter page is shown in Volto: its letters (one per language
 * printed, each with its own `lang` and `dir`) and its warning of missing partnership
 * details, without the page's own toolbar and styles.
 */
export function letterParts(html) {
  if (!html || typeof html !== 'string' || typeof DOMParser === 'undefined') {
    return { letters: '', missing: '', title: '', lang: undefined, dir: undefined };
  }
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return {
    letters: Array.from(doc.querySelectorAll('.letter'))
      .map((node) => node.outerHTML)
      .join(''),
    missing: doc.querySelector('.toolbar .missing')?.textContent?.trim() || '',
    title: doc.querySelector('title')?.textContent?.trim() || '',
    // the subject is in the letter's first language: the heading says so
    lang: doc.documentElement.getAttribute('lang') || undefined,
    dir: doc.documentElement.getAttribute('dir') || undefined,
  };
}

/** The PDF from the service (signed in with Volto's token), saved as the file it names. */
export async function downloadPdf(path) {
  const token = new Cookies().get('auth_token');
  const response = await fetch(formatUrl(path), {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    let message = String(response.status);
    try {
      message = (await response.json())?.error?.message || message;
    } catch (error) {
      // not JSON: the status says it
    }
    throw new Error(message);
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const filename = (disposition.match(/filename="([^"]+)"/) || [])[1] || 'letter.pdf';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return filename;
}

const FamilyLetter = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const location = useLocation();
  const review = reviewPath(location.pathname, 'family-letter');
  const choice = readChoice(location.search);
  const state = useSelector((s) => s.scrFamilyLetter) || {};
  const [pdfError, setPdfError] = useState(null);
  const t = (message) => intl.formatMessage(message);
  useEffect(() => {
    dispatch(getFamilyLetter(review, readChoice(location.search)));
  }, [dispatch, review, location.search]);
  const parts = useMemo(() => letterParts(state.data), [state.data]);
  const pdfPath = `${review}/@scr-family-letter${letterQuery({ ...choice, format: 'pdf' })}`;
  return (
    <Container id="page-document" className="view-wrapper scrqm-family-letter">
      <Helmet title={parts.title || t(messages.title)} />
      {parts.title ? (
        <h1 className="documentFirstHeading" lang={parts.lang} dir={parts.dir}>
          {parts.title}
        </h1>
      ) : (
        <h1 className="documentFirstHeading">{t(messages.title)}</h1>
      )}
      <p className="scrqm-no-print">
        <Link to={`${review}/family`}>{t(messages.back)}</Link>{' '}
        {state.loaded && (
          <>
            <button
              type="button"
              className="ui button primary"
              onClick={() => {
                setPdfError(null);
                downloadPdf(pdfPath).catch((error) => setPdfError(error.message));
              }}
            >
              {t(messages.pdf)}
            </button>
            <button type="button" className="ui button" onClick={() => window.print()}>
              {t(messages.print)}
            </button>
          </>
        )}
      </p>
      {(state.error || pdfError) && (
        <p className="ui negative message" role="alert">
          {state.error || pdfError}
        </p>
      )}
      {state.loading && <p>{t(messages.loading)}</p>}
      {parts.missing && <p className="ui warning message">{parts.missing}</p>}
      {parts.letters && (
        <div
          className="scrqm-letters"
          // The backend's own letter, its variables escaped by its template.
          dangerouslySetInnerHTML={{ __html: parts.letters }}
        />
      )}
    </Container>
  );
};

export default FamilyLetter;
