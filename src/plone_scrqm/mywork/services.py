"""``GET {site}/@scr-my-work``: what waits for the caller, one list per kind of task
(each an ``IMyWorkProvider``). A visitor who is not signed in gets 401."""

from plone.restapi.services import Service
from zope.i18n import translate

from plone_scrqm.common.params import refuse_visitors
from plone_scrqm.mywork.providers import groups


class MyWorkGet(Service):
    def reply(self):
        refuse_visitors()
        sections = [
            {
                "kind": name,
                "title": translate(provider.title, domain="plone_scrqm", context=self.request),
                "items": [task.as_json() for task in tasks],
            }
            for name, provider, tasks in groups(self.context, self.request)
        ]
        return {
            "@id": f"{self.context.absolute_url()}/@scr-my-work",
            "sections": sections,
            "items_total": sum(len(section["items"]) for section in sections),
        }
