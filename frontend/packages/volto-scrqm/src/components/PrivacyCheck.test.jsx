import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import PrivacyCheck from './PrivacyCheck';

const mockStore = configureStore();

const renderWith = (scrPrivacy, path = '/reviews/child-g/privacy-check', more = {}) => {
  const store = mockStore({ intl: { locale: 'en', messages: {} }, scrPrivacy, ...more });
  const view = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[path]}>
        <PrivacyCheck />
      </MemoryRouter>
    </Provider>,
  );
  return { store, ...view };
};

const match = (fields) => ({
  key: 'k1',
  document: 'report',
  document_title: 'Child G report',
  location: 'Report text',
  text: 'Brackwater',
  kind: 'identifier',
  identifier: null,
  context: '… Brackwater was seen by the health visitor …',
  accepted: null,
  ...fields,
});

describe('PrivacyCheck', () => {
  it('asks for the privacy check of the review the route is under', () => {
    const { store } = renderWith({ loading: true });
    expect(store.getActions().map((a) => a.request.path)).toEqual([
      '/reviews/child-g/@scr-privacy',
    ]);
    expect(screen.getByText('Loading…')).toBeTruthy();
  });

  it('shows what was found, where, and that publication is held back', () => {
    const { container } = renderWith({
      loaded: true,
      data: {
        blocking: true,
        unresolved: 2,
        matches: [
          match({}),
          match({
            key: 'k2',
            text: '14 Wellington Road',
            kind: 'street address',
            accepted: { reason: 'A public landmark', by: 'chandra', when: '2026-11-20T10:00' },
          }),
          match({ key: 'k3', text: 'NS1 1AA', kind: 'postcode', location: 'Summary' }),
        ],
        unreadable: [],
        board_visible: [],
      },
    });
    expect(screen.getByRole('alert').textContent).toBe(
      '2 unresolved matches: the chair’s approval and publication are held back until each is removed from the text or accepted with a reason.',
    );
    const rows = Array.from(container.querySelectorAll('.scrqm-privacy-matches tbody tr')).map(
      (tr) => Array.from(tr.children).map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Child G report: Report text', 'Brackwateridentifier', '… Brackwater was seen by the health visitor …', 'Unresolved'],
      ['Child G report: Report text', '14 Wellington Roadstreet address', '… Brackwater was seen by the health visitor …', 'Accepted A public landmark (chandra, 2026-11-20T10:00)'],
      ['Child G report: Summary', 'NS1 1AApostcode', '… Brackwater was seen by the health visitor …', 'Unresolved'],
    ]);
    // The chair is not sent the register entry: none is shown
    expect(container.textContent).not.toContain('Register entry');
  });

  it('names the register entry only when the backend sends it, and one match in the singular', () => {
    const { container } = renderWith({
      loaded: true,
      data: {
        blocking: true,
        unresolved: 1,
        matches: [match({ identifier: 'Fenella Brackwater' })],
        unreadable: [
          {
            key: 'f1',
            document_title: 'Child G report',
            location: 'Report as a file',
            error: 'The file is scanned images',
            accepted: null,
          },
        ],
        board_visible: [
          {
            url: 'http://localhost:3000/reviews/child-g/finding-1',
            document_title: 'Finding 1',
            location: 'Evidence',
            text: 'Family member 1 (mother)',
            context: '… said Family member 1 (mother) …',
          },
        ],
      },
    });
    expect(screen.getByRole('alert').textContent).toMatch(/^One unresolved match:/);
    expect(container.textContent).toContain('Register entry: Fenella Brackwater');
    expect(container.querySelector('.scrqm-privacy-unreadable tbody').textContent).toContain(
      'The file is scanned images. Convert it to PDF or Word with text',
    );
    const link = screen.getByRole('link', { name: 'Finding 1' });
    expect(link.getAttribute('href')).toBe('/reviews/child-g/finding-1');
  });

  it('lets the chair accept an unresolved match with its reason, and shows a refusal', () => {
    const { store, container } = renderWith(
      {
        loaded: true,
        data: {
          blocking: true,
          unresolved: 1,
          may_accept: true,
          matches: [
            match({}),
            match({ key: 'k2', accepted: { reason: 'Fine', by: 'chandra', when: 'x' } }),
          ],
          unreadable: [],
          board_visible: [],
        },
      },
      '/reviews/child-g/privacy-check',
      { scrPrivacyAccept: { error: 'Accepting a match needs the reason it may be published.' } },
    );
    // one form: the accepted match has none
    expect(container.querySelectorAll('form.scrqm-privacy-accept')).toHaveLength(1);
    expect(container.querySelector('.scrqm-privacy-refused').textContent).toBe(
      'Accepting a match needs the reason it may be published.',
    );
    fireEvent.change(screen.getByLabelText('Reason it may be published'), {
      target: { value: 'A common surname in the area.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    const sent = store.getActions()[1];
    expect(sent.request).toEqual({
      op: 'post',
      path: '/reviews/child-g/@scr-privacy',
      data: { key: 'k1', reason: 'A common surname in the area.' },
    });
  });

  it('offers no acceptance to the review team', () => {
    const { container } = renderWith({
      loaded: true,
      data: { blocking: true, unresolved: 1, may_accept: false, matches: [match({})], unreadable: [], board_visible: [] },
    });
    expect(container.querySelector('form')).toBeNull();
  });

  it('says when nothing holds back publication', () => {
    renderWith({
      loaded: true,
      data: { blocking: false, unresolved: 0, matches: [], unreadable: [], board_visible: [] },
    });
    expect(
      screen.getByText('Nothing unresolved: the privacy check does not hold back publication.'),
    ).toBeTruthy();
  });

  it('shows the backend’s refusal and nothing else', () => {
    const { container } = renderWith({
      loaded: false,
      error: 'The privacy check is for the review team and the chair.',
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'The privacy check is for the review team and the chair.',
    );
    expect(container.querySelector('table')).toBeNull();
  });
});
