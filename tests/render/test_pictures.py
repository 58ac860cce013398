"""Tests of summitgraph.render's pictures: real PNG and SVG images of the
size the layout asks for, the same bytes for the same graph."""

from __future__ import annotations

import networkx as nx
import pytest
from lxml import etree
from PIL import Image

from summitgraph.export import gephi_view
from summitgraph.render import PICTURE_FORMATS, RenderError, render
from summitgraph.render.draw import _DPI, _extent, _figure_size
from summitgraph.render.layout import layout


def expected_pixels(graph: nx.MultiGraph) -> tuple[int, int]:
    _, _, width, height = _extent(layout(gephi_view(graph)))
    fig_w, fig_h, _ = _figure_size(width, height)
    return round(fig_w * _DPI), round(fig_h * _DPI)


def test_pictures_png_is_a_real_image_of_the_right_size(tmp_path, tricky_graph):
    path = render(tricky_graph, tmp_path / "graph.png")
    image = Image.open(path)
    image.verify()
    image = Image.open(path)
    assert image.format == "PNG" and image.size == expected_pixels(tricky_graph)
    assert 700 <= image.size[0] <= 26 * _DPI and 500 <= image.size[1] <= 26 * _DPI
    colours = {colour for _, colour in image.convert("RGB").getcolors(maxcolors=1 << 20)}
    assert (66, 113, 196) in colours and (76, 160, 90) in colours  # people and places in their colours


def test_pictures_svg_is_svg_with_the_labels(tmp_path, tricky_graph):
    path = render(tricky_graph, tmp_path / "graph.svg")
    root = etree.parse(str(path)).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    width, height = expected_pixels(tricky_graph)
    assert float(root.get("width").removesuffix("pt")) == pytest.approx(width * 72 / _DPI, abs=1)
    assert float(root.get("height").removesuffix("pt")) == pytest.approx(height * 72 / _DPI, abs=1)


@pytest.mark.parametrize("suffix", [".png", ".svg", ".html"])
def test_pictures_same_graph_same_bytes(tmp_path, tricky_graph, suffix):
    one = render(tricky_graph, tmp_path / f"one{suffix}").read_bytes()
    assert one == render(tricky_graph.copy(), tmp_path / f"two{suffix}").read_bytes()


def test_pictures_all_entities_draws_more(tmp_path, tricky_graph):
    few = Image.open(render(tricky_graph, tmp_path / "few.png")).size
    many = Image.open(render(tricky_graph, tmp_path / "many.png", all_entities=True)).size
    assert many[0] * many[1] > few[0] * few[1]


@pytest.mark.parametrize("name", ["graph.pdf", "graph", "graph.graphml"])
def test_pictures_unknown_type_is_a_one_line_error(tmp_path, tricky_graph, name):
    with pytest.raises(RenderError, match=r"^cannot draw .*: name the file \.png, \.svg or \.html$"):
        render(tricky_graph, tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_pictures_formats():
    assert set(PICTURE_FORMATS.values()) == {"png", "svg", "html"}


def test_pictures_empty_graph_still_draws(tmp_path):
    path = render(nx.MultiGraph(), tmp_path / "empty.png")
    assert Image.open(path).size[0] > 0


def test_layout_components_do_not_overlap(tricky_graph):
    view = gephi_view(tricky_graph, all_entities=True)
    positions = layout(view)
    assert set(positions) == set(view)
    spots = list(positions.values())
    assert len(set(spots)) == len(spots)
    boxes = []
    for component in nx.connected_components(view):
        xs = [positions[n][0] for n in component]
        ys = [positions[n][1] for n in component]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]


def test_layout_is_deterministic(tricky_graph):
    view = gephi_view(tricky_graph)
    assert layout(view) == layout(gephi_view(tricky_graph.copy()))
