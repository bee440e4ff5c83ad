"""POST {review} with a chronology entry: the entry goes into the review's container."""
