"""Views run daily from cron (the publication clock, the action notices, the clocks'
refresh). They write on purpose, so they take POST only (a GET answers 405) and are exempt
from the CSRF token a browser form would carry; they answer JSON."""

import json

from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from zope.interface import alsoProvides


class CronView(BrowserView):
    what = "run this task"

    def run(self):
        """Do the work; return what to answer (JSON-serialisable)."""
        raise NotImplementedError

    def __call__(self):
        response = self.request.response
        response.setHeader("Content-Type", "application/json")
        if self.request.method != "POST":
            response.setStatus(405)
            response.setHeader("Allow", "POST")
            return json.dumps({"error": f"Use POST to {self.what}."})
        alsoProvides(self.request, IDisableCSRFProtection)
        return json.dumps(self.run(), indent=2)
