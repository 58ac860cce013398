"""Tests of summitgraph.render's HTML page: self-contained, and working in a
real (headless) browser: drawn, hover shows the evidence, zoom and search."""

from __future__ import annotations

import io
import json
import re

import pytest
from PIL import Image

from summitgraph.render import render
from summitgraph.render.html import page_data

KIM, XI = "person:kim-jong-un", "person:xi-jinping"


@pytest.fixture
def page(tmp_path, tricky_graph):
    return render(tricky_graph, tmp_path / "graph.html")


def test_html_page_is_self_contained(page):
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)  # nothing fetched from anywhere
    assert "<script src" not in text and "<link" not in text and "@import" not in text
    assert text.count("<script") == 2  # the graph as JSON, and the viewer


def test_html_page_data_carries_the_interactions(page, tricky_graph):
    text = page.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', text, re.S).group(1))
    assert len(data["nodes"]) == 9 and sum(len(e["items"]) for e in data["edges"]) == tricky_graph.number_of_edges()
    (kim_xi,) = [e for e in data["edges"] if {e["source"], e["target"]} == {KIM, XI}]
    assert [i["evidence"] for i in kim_xi["items"]] == [
        "Kim held three summits last year with Xi.",
        "Kim was expected to meet Xi on Tuesday.",
    ]
    assert kim_xi["dates"] == "2018 · 2019-01-08?"


def test_html_script_cannot_be_closed_by_the_data(tmp_path):
    import networkx as nx

    graph = nx.MultiGraph()
    graph.add_node("a", label="</script><b>x", kind="person", mentions=1)
    graph.add_node("b", label="B", kind="person", mentions=1)
    graph.add_edge("a", "b", key="met:1", kind="met", evidence="</script>\u2028")
    text = render(graph, tmp_path / "g.html").read_text(encoding="utf-8")
    assert text.count("</script>") == 2


def test_html_same_graph_same_bytes(tmp_path, tricky_graph):
    one = render(tricky_graph, tmp_path / "one.html").read_bytes()
    assert one == render(tricky_graph.copy(), tmp_path / "two.html").read_bytes()


def test_html_page_data_positions_every_node(tricky_graph):
    from summitgraph.export import gephi_view

    data = page_data(gephi_view(tricky_graph))
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])  # no two on one spot


def test_html_page_in_a_browser(browser, page, tmp_path):
    browser.open(page.as_uri())
    assert browser.evaluate("document.body.dataset.ready") == "true"
    assert browser.evaluate("document.querySelectorAll('#graph .node').length") == 9
    assert browser.evaluate("document.querySelectorAll('#graph line.edge').length") == 6
    assert browser.evaluate("document.querySelectorAll('#graph .node-label')[0].textContent") == "Donald Trump"
    # every node is inside the window once fitted
    boxes = browser.evaluate(
        "[...document.querySelectorAll('#graph .node circle')].map(c => {const b = c.getBoundingClientRect();"
        " return [b.left, b.top, b.right, b.bottom];})"
    )
    assert all(0 <= left and right <= 1280 and 0 <= top and bottom <= 800 for left, top, right, bottom in boxes)

    # hovering the Kim–Xi edge shows each meeting with its evidence
    index = browser.evaluate(
        "JSON.parse(document.getElementById('graph-data').textContent).edges.findIndex("
        f"e => [e.source, e.target].sort().join() === ['{KIM}', '{XI}'].sort().join())"
    )
    x, y = browser.evaluate(
        f"(() => {{ const b = document.querySelector('line.edge[data-index=\"{index}\"]').getBoundingClientRect();"
        " return [b.left + b.width / 2, b.top + b.height / 2]; })()"
    )
    browser.move_mouse(x, y)
    assert browser.evaluate("document.getElementById('tooltip').hidden") is False
    card = browser.evaluate("document.getElementById('tooltip').textContent")
    assert "Kim held three summits last year with Xi." in card and "planned" in card and "in Beijing" in card

    # hovering a node shows what is known of it
    x, y = browser.evaluate(
        "(() => { const b = document.querySelector('.node[data-id=\"place:beijing\"] circle').getBoundingClientRect();"
        " return [b.left + b.width / 2, b.top + b.height / 2]; })()"
    )
    browser.move_mouse(x, y)
    card = browser.evaluate("document.getElementById('tooltip').textContent")
    assert card.startswith("Beijing") and "CN 39.9075, 116.3972" in card

    shot = browser.screenshot()
    (tmp_path / "page.png").write_bytes(shot)
    image = Image.open(io.BytesIO(shot))
    assert image.size == (1280, 800)
    assert len(image.convert("L").getcolors(maxcolors=256)) > 20  # drawn, not blank

    # zoom in with the button: the scene's scale grows; search focuses on a name
    before = browser.evaluate("document.querySelector('#graph > g').getAttribute('transform')")
    browser.evaluate("document.getElementById('zoom-in').click()")
    assert browser.evaluate("document.querySelector('#graph > g').getAttribute('transform')") != before
    browser.evaluate(
        "(() => { const s = document.getElementById('search'); s.value = 'Moon Jae-in';"
        " s.dispatchEvent(new Event('change')); })()"
    )
    assert browser.evaluate("document.querySelectorAll('#graph .node.near').length") == 3  # Moon and two partners
