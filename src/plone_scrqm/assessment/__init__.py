"""Self-assessment of a review against the quality markers: rounds, answers, judgements."""
