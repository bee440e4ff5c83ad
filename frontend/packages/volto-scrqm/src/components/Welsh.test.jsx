/**
 * The add-on in Welsh: its catalogue translates every message it has, and a page renders
 * them (the messages come from locales/cy/LC_MESSAGES/volto.po, as the build compiles them).
 */
import fs from 'fs';
import path from 'path';
import PO from 'pofile';
import React from 'react';
import { render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import ReviewStatus from './ReviewStatus';

const locales = path.join(__dirname, '..', '..', 'locales');
const catalogue = (file) => PO.parse(fs.readFileSync(path.join(locales, file), 'utf8')).items;

const welsh = Object.fromEntries(
  catalogue('cy/LC_MESSAGES/volto.po').map((item) => [item.msgid, item.msgstr[0]]),
);

describe('Welsh', () => {
  it('the cy catalogue translates every message of the add-on', () => {
    const ids = catalogue('volto.pot').map((item) => item.msgid);
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.filter((id) => !welsh[id])).toEqual([]);
  });

  it('the review page speaks Welsh with the Welsh messages', () => {
    const store = configureStore()({
      intl: { locale: 'cy', messages: welsh },
      scrClocks: {
        data: {
          clocks: [
            { id: 'report', title: 'Adroddiad terfynol', state: 'overdue', state_title: 'Yn hwyr', due: '2026-10-01', left: -12, overdue_by: 12, delay_explained: false },
          ],
        },
      },
      scrNextSteps: {
        data: { others: [{ id: 'start', title: 'Dechrau', roles: ['y rheolwr adolygu'], people: [] }] },
      },
    });
    render(
      <Provider store={store}>
        <MemoryRouter>
          <ReviewStatus url="http://localhost:3000/reviews/child-k" />
        </MemoryRouter>
      </Provider>,
    );
    expect(screen.getByRole('heading', { name: 'Clociau' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: "Pwy sy'n gweithredu nesaf" })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Diwrnodau gwaith ar ôl' })).toBeTruthy();
    expect(screen.getByText('12 diwrnod gwaith yn hwyr (oedi heb ei egluro eto)')).toBeTruthy();
  });
});
