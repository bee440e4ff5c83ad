"""The audit trail: who read, exported or changed what in a review's private records, when,
from which instance. One SQL store shared by every instance (see ``docs/privacy.md``)."""
