"""Tests of summitgraph.articles.web: HTML pages and WARC archives as articles."""

from __future__ import annotations

import datetime as dt
import gzip
import io
from pathlib import Path

import pytest

from summitgraph.articles import iter_articles

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Example News</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Example News">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
<p>BEIJING - North Korean leader Kim Jong-un arrived in Beijing on Tuesday for talks with Chinese President
Xi Jinping, his fourth visit to China in less than a year, state media said.</p>
<p>Kim was accompanied by his wife Ri Sol-ju and senior officials, the North Korean news agency KCNA reported.
The visit comes ahead of a possible second summit with U.S. President Donald Trump.</p>
<p>Xi and Kim met three times last year, and the two leaders are expected to discuss the stalled talks with
Washington, analysts said.</p>
</article>
<footer>Copyright Example News. Subscribe to our newsletter.</footer>
</body></html>
"""
TITLE = "Kim Jong-un arrives in Beijing for talks with Xi"
URL = "https://news.example.org/2019/01/08/kim-beijing"


def page(title: str = TITLE, date: str = "2019-01-08T09:30:00+08:00", url: str = URL) -> bytes:
    return PAGE.format(title=title, date=date, url=url).encode("utf-8")


def warc(path: Path, records: list[tuple[str, str, str, bytes]], compress: bool) -> Path:
    """A WARC file of ``(type, url, content type, payload)`` records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=compress)
        for kind, url, content_type, payload in records:
            headers = None
            if kind == "response":
                status = "404 Not Found" if "missing" in url else "200 OK"
                headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, kind, payload=io.BytesIO(payload), http_headers=headers)
            writer.write_record(record)
    return path


def test_web_html_page_main_text_and_metadata(tmp_path: Path, write_input):
    path = write_input(tmp_path / "kim-beijing.html", page())
    (article,) = iter_articles([path])
    assert article.id == "kim-beijing"
    assert (article.title, article.published, article.url, article.source) == (
        TITLE,
        dt.date(2019, 1, 8),
        URL,
        "Example News",
    )
    assert article.text.startswith(TITLE + "\n")  # the headline first, as in a .txt article
    assert "Xi Jinping" in article.text and "Kim Yong" not in article.text
    for boilerplate in ("Home", "Subscribe", "Copyright"):
        assert boilerplate not in article.text


def test_web_html_without_date_takes_the_fallback(tmp_path: Path, write_input):
    html = page().replace(b'<meta property="article:published_time" content="2019-01-08T09:30:00+08:00">', b"")
    path = write_input(tmp_path / "kim.htm", html.replace(b"2019/01/08/", b""))
    (article,) = iter_articles([path], published=dt.date(2020, 2, 2))
    assert article.published == dt.date(2020, 2, 2)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty file (no page)"),
        (
            b"<html><head><title>Menu</title></head><body><script>var a;</script></body></html>",
            "no article text found in the page",
        ),
        (b"\x00\x01\x02" * 50, "no article text found in the page"),
    ],
    ids=["empty", "no-text", "binary"],
)
def test_web_html_bad_page_one_error(tmp_path: Path, raw: bytes, reason: str, write_input, read_inputs):
    bad = write_input(tmp_path / "a.html", raw)
    write_input(tmp_path / "b.html", page())
    found, errors = read_inputs(tmp_path)
    assert [a.id for a in found] == ["b"]
    assert [(e.path, e.reason) for e in errors] == [(bad.as_posix(), reason)]


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_web_warc_pages_are_articles(tmp_path: Path, compress: bool, read_inputs):
    second = "https://news.example.org/2019/01/09/xi-kim"
    path = warc(
        tmp_path / ("cc-news.warc.gz" if compress else "cc-news.warc"),
        [
            ("request", URL, "", b"GET / HTTP/1.1\r\n\r\n"),
            ("response", URL, "text/html; charset=utf-8", page()),
            ("response", "https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n"),
            ("response", "https://news.example.org/missing", "text/html", page()),
            ("response", second, "text/html", page(title="Xi and Kim hold talks", url=second)),
            ("response", "https://news.example.org/menu", "text/html", b"<html><body><script>1</script></body></html>"),
        ],
        compress,
    )
    found, errors = read_inputs(path)
    assert [(a.id, a.title, a.url, a.line) for a in found] == [
        (URL, TITLE, URL, 2),
        (second, "Xi and Kim hold talks", second, 5),
    ]
    assert [(e.line, e.reason) for e in errors] == [(6, "no article text found in the page")]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty file (no WARC records)"),
        (b"this is not a web archive\n" * 20, "not a WARC file (it does not start with a WARC record)"),
        (gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n"), "not a readable WARC file"),
    ],
    ids=["empty", "not-warc", "cut-off"],
)
def test_web_bad_warc_one_error(tmp_path: Path, raw: bytes, reason: str, write_input, read_inputs):
    bad = write_input(tmp_path / "a.warc.gz", raw)
    write_input(tmp_path / "b.html", page())
    found, errors = read_inputs(tmp_path)
    assert [a.id for a in found] == ["b"]
    assert len(errors) == 1 and errors[0].path == bad.as_posix() and errors[0].reason.startswith(reason)
    assert "\n" not in str(errors[0])


def test_web_cut_off_warc_keeps_the_records_before(tmp_path: Path, read_inputs):
    path = warc(tmp_path / "a.warc.gz", [("response", URL, "text/html", page())] * 1, compress=True)
    data = path.read_bytes()
    path.write_bytes(data + data[: len(data) // 2])  # a second record cut off in the middle
    found, errors = read_inputs(path)
    assert [a.id for a in found] == [URL]
    assert len(errors) == 1 and (errors[0].line == 2 or "after record 1" in errors[0].reason)
