"""Every vocabulary of the add-on, as ``@vocabularies`` lists and answers it: a name in the
listing, and a title for each term (Volto shows the title in its selects)."""

import transaction
from plone import api

from reviews import advance


def _scrqm_vocabularies(session):
    answer = session.get("@vocabularies")
    assert answer.status_code == 200, answer.text
    return [v for v in answer.json() if v["@id"].rsplit("/", 1)[-1].startswith("plone_scrqm.")]


def test_every_vocabulary_and_term_has_a_name(request_factory, rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-k", title="Child K"
        )
    advance(review, "running")
    transaction.commit()
    manager = request_factory(role="Manager")
    vocabularies = _scrqm_vocabularies(manager)
    assert len(vocabularies) > 5
    empty = []
    for vocabulary in vocabularies:
        name = vocabulary["@id"].rsplit("/", 1)[-1]
        if not vocabulary.get("title"):
            empty.append((name, "listing"))
        answer = manager.get(f"safeguarding-reviews/child-k/@vocabularies/{name}?b_size=-1")
        assert answer.status_code == 200, (name, answer.text)
        for term in answer.json()["items"]:
            if not term.get("title"):
                empty.append((name, term["token"]))
    assert empty == []


def test_no_vocabulary_link_without_a_name(request_factory, rest_reviews_folder):
    """A list of choices links its vocabulary by name (``@vocabularies/plone_scrqm.…``),
    never ``@sources/`` with no field name, which answers 404; the link answers the terms."""
    manager = request_factory(role="Manager")
    links = []
    for portal_type in api.portal.get_tool("portal_types").objectIds():
        answer = manager.get(f"@types/{portal_type}")
        if answer.status_code != 200:
            continue
        for name, field in answer.json()["properties"].items():
            for part in (field, field.get("items") or {}):
                link = (part.get("vocabulary") or {}).get("@id")
                if link:
                    links.append((portal_type, name, link))
    assert len(links) > 20
    nameless = [
        link for link in links if link[2].rstrip("/").endswith(("@sources", "@vocabularies"))
    ]
    assert nameless == []
    by_name = {link[1]: link[2] for link in links if link[0] in ("AssessmentRound", "FamilyMember")}
    for name in ("markers", "communication_needs"):
        assert "/@vocabularies/plone_scrqm." in by_name[name], by_name[name]
        answer = manager.get(by_name[name].split("/++api++/")[-1].split("/plone/", 1)[-1])
        assert answer.status_code == 200, (name, answer.text)
        assert answer.json()["items"] and all(term["title"] for term in answer.json()["items"])
