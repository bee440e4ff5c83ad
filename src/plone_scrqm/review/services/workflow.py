"""``POST {review or document}/@workflow/{transition}``: plone.restapi's transition service,
which first says by name what the record still needs when the move is not possible yet
(instead of a bare "invalid transition")."""

from plone.restapi.services.workflow.transition import WorkflowTransition
from zope.i18n import translate

from plone_scrqm.review.steps import steps_for


class GuardedWorkflowTransition(WorkflowTransition):
    def reply(self):
        if self.transition is not None:
            for step in steps_for(self.context, self.request):
                if step["id"] == self.transition and not step["available"]:
                    self.request.response.setStatus(400)
                    message = translate(
                        "'${transition}' cannot be done yet. Still needed: ${missing}.",
                        domain="plone_scrqm",
                        mapping={
                            "transition": step["title"],
                            "missing": "; ".join(step["missing"]),
                        },
                        context=self.request,
                    )
                    return {
                        "error": {
                            "type": "WorkflowException",
                            "message": message,
                            "missing": step["missing"],
                        }
                    }
        return super().reply()
