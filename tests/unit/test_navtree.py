"""Navigation trees without the nodes a visitor may not open (plone_scrqm.publication.navtree)."""

from plone_scrqm.publication.navtree import without_hidden


def node(url, *children):
    return {"@id": url, "title": url, "items": list(children)}


def test_hidden_node_gives_its_place_to_its_children():
    tree = [
        node("/reviews", node("/reviews/child-z", node("/reviews/child-z/report"), node("/x"))),
        node("/about"),
    ]
    hidden = {"/reviews/child-z"}
    kept = without_hidden(tree, lambda n: n["@id"] not in hidden)
    assert [n["@id"] for n in kept] == ["/reviews", "/about"]
    assert [n["@id"] for n in kept[0]["items"]] == ["/reviews/child-z/report", "/x"]
    assert "child-z" not in str(kept).replace("/reviews/child-z/report", "")


def test_hidden_root_and_empty_trees():
    tree = [node("/private", node("/private/public"))]
    assert without_hidden(tree, lambda n: n["@id"] != "/private") == [node("/private/public")]
    assert without_hidden([], lambda n: True) == []
    assert without_hidden(None, lambda n: True) == []


def test_original_tree_is_left_alone():
    tree = [node("/a", node("/a/b"))]
    without_hidden(tree, lambda n: n["@id"] != "/a")
    assert tree == [node("/a", node("/a/b"))]
