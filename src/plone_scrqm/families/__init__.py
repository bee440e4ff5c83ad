"""Family members of a review (QM4, QM12, QM17): private records and the rules they keep."""
