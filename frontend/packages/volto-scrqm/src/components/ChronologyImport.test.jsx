import React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import ChronologyImport, { readAsBase64 } from './ChronologyImport';

const mockStore = configureStore();
const CSV = 'Date,Agency,What happened\n2023-03-14,Police,Attended\n2023-02-30,Police,Bad\n';

const row = (line, fields) => ({
  row: line,
  date: '2023-03-14',
  precision: 'day',
  time: null,
  agency: 'Police',
  practitioner_role: '',
  what_happened: 'Attended',
  source_record: '',
  marks: [],
  key: `k${line}`,
  ...fields,
});

const renderWith = (scrChronologyImport) => {
  const store = mockStore({ intl: { locale: 'en', messages: {} }, scrChronologyImport });
  const view = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={['/reviews/child-t/chronology-import']}>
        <ChronologyImport />
      </MemoryRouter>
    </Provider>,
  );
  return { store, ...view };
};

const choose = async (store) => {
  const file = new File([CSV], 'police.csv', { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('File (.xlsx or .csv)'), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Preview the import' }));
  await waitFor(() => expect(store.getActions()).toHaveLength(1));
  return store.getActions()[0];
};

describe('ChronologyImport', () => {
  it('reads a file as base64', async () => {
    const file = new File([CSV], 'police.csv', { type: 'text/csv' });
    expect(Buffer.from(await readAsBase64(file), 'base64').toString()).toBe(CSV);
  });

  it('previews the file first: nothing is written', async () => {
    const { store } = renderWith({});
    const action = await choose(store);
    expect(action.request.path).toBe('/reviews/child-t/@scr-chronology-import');
    expect(action.request.op).toBe('post');
    expect(action.request.data.dry_run).toBe(true);
    expect(action.request.data.file.filename).toBe('police.csv');
    expect(Buffer.from(action.request.data.file.data, 'base64').toString()).toBe(CSV);
  });

  it('shows the rows to import, the refused rows with their line and reasons, then imports on confirmation', async () => {
    const preview = {
      dry_run: true,
      missing_columns: [],
      to_create: [row(2), row(4, { date: '2023-03-01', precision: 'month', agency: 'Education', what_happened: 'Absences' })],
      rejected: [
        {
          row: 3,
          reasons: [{ code: 'date', message: 'The date 2023-02-30 does not exist.' }],
          cells: {},
        },
      ],
      already_imported: [row(5)],
      created: [],
    };
    const { store, container, rerender } = renderWith({ loaded: true, dryRun: true, data: preview });
    // what the store held before this visit is not shown
    expect(container.querySelector('.scrqm-import-preview')).toBeNull();
    await choose(store);
    const created = Array.from(
      container.querySelectorAll('.scrqm-import-to-create tbody tr'),
    ).map((tr) => Array.from(tr.children).map((c) => c.textContent));
    expect(created).toEqual([
      ['2', '2023-03-14', 'Police', 'Attended'],
      ['4', '2023-03', 'Education', 'Absences'],
    ]);
    const refused = container.querySelector('.scrqm-import-rejected');
    expect(refused.querySelector('caption').textContent).toMatch(/^1 row refused/);
    expect(refused.querySelector('tbody tr').textContent).toBe(
      '3The date 2023-02-30 does not exist.',
    );
    expect(container.textContent).toContain(
      '1 row is already in the chronology and will not be added again.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 entries' }));
    const confirm = store.getActions()[1];
    expect(confirm.request.data.dry_run).toBe(false);
    expect(confirm.request.data.file.filename).toBe('police.csv');
    rerender(
      <Provider
        store={mockStore({
          intl: { locale: 'en', messages: {} },
          scrChronologyImport: {
            loaded: true,
            dryRun: false,
            data: { ...preview, dry_run: false, to_create: [], created: [row(2), row(4)] },
          },
        })}
      >
        <MemoryRouter initialEntries={['/reviews/child-t/chronology-import']}>
          <ChronologyImport />
        </MemoryRouter>
      </Provider>,
    );
    expect(screen.getByRole('status').textContent).toBe('2 entries imported.');
    expect(screen.queryByRole('button', { name: /^Import/ })).toBeNull();
  });

  it('shows a file refused by the backend with its reason, and offers no import', async () => {
    const { store, container } = renderWith({
      loaded: false,
      dryRun: true,
      data: { missing_columns: ['What happened'], to_create: [], rejected: [] },
      error: null,
    });
    await choose(store);
    expect(screen.getByRole('alert').textContent).toBe(
      'Columns missing from the file: What happened. Nothing can be imported.',
    );
    expect(screen.queryByRole('button', { name: /^Import/ })).toBeNull();
    expect(container.querySelector('.scrqm-import-to-create')).toBeNull();
  });
});
