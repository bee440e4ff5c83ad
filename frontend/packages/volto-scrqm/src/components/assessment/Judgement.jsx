/** A judgement as a label: its symbol and its title (colour is never the only signal). */
import React from 'react';

const Judgement = ({ judgement }) =>
  judgement ? (
    <span className={`ui label scrqm-judgement scrqm-judgement-${judgement.token}`}>
      <span aria-hidden="true">{judgement.symbol}</span> {judgement.title}
    </span>
  ) : null;

export default Judgement;
