import React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import FamilyLetter, { letterParts, readChoice } from './FamilyLetter';

const mockStore = configureStore();

const LETTER = `<!DOCTYPE html><html dir="rtl" lang="ur"><head><title>Subject in Urdu</title>
<style>body { color: red }</style></head><body>
<nav class="toolbar"><a href="/x/@@family">Back to the family</a>
<p class="missing">The partnership's phone number is missing.</p></nav>
<article class="letter" lang="ur" dir="rtl"><p class="private">Private</p><p>Dear Ms Q</p></article>
<article class="letter following" lang="en" dir="ltr"><p>Dear Ms Q (English)</p></article>
</body></html>`;

const renderWith = (scrFamilyLetter) => {
  const store = mockStore({ intl: { locale: 'en', messages: {} }, scrFamilyLetter });
  const view = render(
    <Provider store={store}>
      <MemoryRouter
        initialEntries={['/reviews/child-f/family-letter?member=uid-1&letter=inform&lang=ur']}
      >
        <FamilyLetter />
      </MemoryRouter>
    </Provider>,
  );
  return { store, ...view };
};

describe('FamilyLetter', () => {
  afterEach(() => {
    delete global.fetch;
  });

  it('reads the choice and asks the service for the letter as HTML', () => {
    expect(readChoice('?member=uid-1&letter=inform&lang=ur')).toEqual({
      member: 'uid-1',
      letter: 'inform',
      lang: 'ur',
    });
    const { store } = renderWith({ loading: true });
    expect(store.getActions().map((a) => a.request.path)).toEqual([
      '/reviews/child-f/@scr-family-letter?member=uid-1&letter=inform&lang=ur&format=html',
    ]);
  });

  it('keeps the letters with their language and direction, not the page’s toolbar or styles', () => {
    const parts = letterParts(LETTER);
    expect(parts.title).toBe('Subject in Urdu');
    expect([parts.lang, parts.dir]).toEqual(['ur', 'rtl']);
    expect(parts.missing).toBe("The partnership's phone number is missing.");
    expect(parts.letters).toContain('<article class="letter" lang="ur" dir="rtl">');
    expect(parts.letters).not.toContain('@@family');
    expect(parts.letters).not.toContain('color: red');
    expect(letterParts(undefined).letters).toBe('');
  });

  it('shows the letter, and downloads its PDF through the service', async () => {
    const { container } = renderWith({ loaded: true, data: LETTER });
    const heading = container.querySelector('h1');
    expect(heading.textContent).toBe('Subject in Urdu');
    expect([heading.lang, heading.dir]).toEqual(['ur', 'rtl']);
    const letters = container.querySelectorAll('.scrqm-letters .letter');
    expect(Array.from(letters).map((l) => [l.lang, l.dir])).toEqual([
      ['ur', 'rtl'],
      ['en', 'ltr'],
    ]);
    expect(container.querySelector('nav.toolbar')).toBeNull();
    global.URL.createObjectURL = jest.fn(() => 'blob:letter');
    global.URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    global.fetch = jest.fn(() =>
      Promise.resolve({
        ok: true,
        headers: { get: () => 'attachment; filename="family-member-inform-ur.pdf"' },
        blob: () => Promise.resolve(new Blob(['%PDF'])),
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download as PDF' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(click.mock.instances[0].download).toBe('family-member-inform-ur.pdf');
    expect(click.mock.instances[0].href).toBe('blob:letter');
    click.mockRestore();
    expect(global.fetch.mock.calls[0][0]).toMatch(
      /\/reviews\/child-f\/@scr-family-letter\?member=uid-1&letter=inform&lang=ur&format=pdf$/,
    );
  });

  it('shows why a PDF or a letter cannot be made', async () => {
    global.fetch = jest.fn(() =>
      Promise.resolve({
        ok: false,
        status: 400,
        json: () => Promise.resolve({ error: { message: 'No PDF today.' } }),
      }),
    );
    renderWith({ loaded: true, data: LETTER });
    fireEvent.click(screen.getByRole('button', { name: 'Download as PDF' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('No PDF today.'));
    const refused = renderWith({
      error: "Letters are not available in 'xx'. Choose one of: en, cy, ur.",
    });
    expect(refused.container.querySelector('[role=alert]').textContent).toContain("'xx'");
    expect(refused.container.querySelector('.scrqm-letters')).toBeNull();
  });
});
