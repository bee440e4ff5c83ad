import React from 'react';
import { fireEvent, render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import LinesWidget from './LinesWidget';
import { fromLines, toLines } from '../../helpers/lines';

const store = configureStore()({ intl: { locale: 'en', messages: {} } });

const renderWidget = (props) =>
  render(
    <Provider store={store}>
      <LinesWidget id="milestones" title="Milestones" description="One per line." {...props} />
    </Provider>,
  );

describe('lines', () => {
  it('reads and writes one entry per line', () => {
    expect(toLines(' a | 2026-03-02 \r\n\n b \n')).toEqual(['a | 2026-03-02', 'b']);
    expect(toLines(undefined)).toEqual([]);
    expect(fromLines(['a', 'b'])).toBe('a\nb');
    expect(fromLines(null)).toBe('');
    expect(fromLines('one')).toBe('one');
  });
});

describe('LinesWidget', () => {
  it('shows the list one entry per line with the help, and gives back a list', () => {
    const onChange = jest.fn();
    const { container, getByText } = renderWidget({
      value: ['Practitioner event | 2026-03-02 | | Lead reviewer', 'Draft report'],
      onChange,
    });
    const textarea = container.querySelector('textarea#field-milestones');
    expect(textarea.value).toBe('Practitioner event | 2026-03-02 | | Lead reviewer\nDraft report');
    expect(getByText('One per line.')).toBeTruthy();
    fireEvent.change(textarea, { target: { value: 'Draft report\nFinal report\n' } });
    expect(onChange).toHaveBeenLastCalledWith('milestones', ['Draft report', 'Final report']);
    // The new empty line stays while the user types the next entry.
    expect(textarea.value).toBe('Draft report\nFinal report\n');
    fireEvent.change(textarea, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith('milestones', []);
  });

  it('shows an error at its field', () => {
    const { container } = renderWidget({ value: [], onChange: () => {}, error: ['Too long.'] });
    expect(container.querySelector('.form-error-label').textContent).toBe('Too long.');
  });
});
