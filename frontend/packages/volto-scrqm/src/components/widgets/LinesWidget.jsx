/**
 * The `lines` widget: a list written one entry per line, as the classic forms' textlines
 * widget. The backend asks for it with the field's hint `frontendOptions: {widget: 'lines'}`
 * (plone-scrqm gives it to every list whose help says "one per line"). The value stays a
 * list; what is typed stays as typed (a new empty line, spaces) until it changes the list.
 */
import React, { useEffect, useState } from 'react';
import { TextArea } from 'semantic-ui-react';
import FormFieldWrapper from '@plone/volto/components/manage/Widgets/FormFieldWrapper';
import { fromLines, toLines } from 'volto-scrqm/helpers/lines';

const same = (a, b) => a.length === b.length && a.every((item, index) => item === b[index]);

const LinesWidget = (props) => {
  const { id, value, onChange, isDisabled, placeholder } = props;
  const [text, setText] = useState(fromLines(value));
  useEffect(() => {
    // A value set from outside the widget (a reset, the server's answer) replaces the text.
    const list = Array.isArray(value) ? value : toLines(fromLines(value));
    setText((current) => (same(toLines(current), list) ? current : fromLines(value)));
  }, [value]);
  const lines = Math.min(Math.max(text.split('\n').length + 1, 4), 16);
  return (
    <FormFieldWrapper {...props} className="textarea scrqm-lines">
      <TextArea
        id={`field-${id}`}
        name={id}
        value={text}
        rows={lines}
        disabled={isDisabled}
        placeholder={placeholder}
        onChange={({ target }) => {
          setText(target.value);
          onChange(id, toLines(target.value));
        }}
      />
    </FormFieldWrapper>
  );
};

export default LinesWidget;
