#!/usr/bin/env python3
"""Writes news-like HTML pages with known body text, for the extraction benchmark.

Each page wraps one article (title, date, paragraphs) in one of five site templates with the
boilerplate real news sites carry: navigation, cookie banners, share bars, "read also" boxes,
ads in the middle of the text, reader comments, footers; one template is an old table layout in
Windows-1250. The gold body is the article's paragraphs, so both extractors are scored against
the same truth and against each other.

Articles come from the BSNLP Polish corpus in ../shared when present (pages stay in the
scratch folder, never in the repo), else from the repo's examples/pl.

Usage: html_pages.py OUT_DIR [N]      writes OUT_DIR/NNNN.html and OUT_DIR/gold.jsonl
"""
import html
import json
import os
import random
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
          "września", "października", "listopada", "grudnia"]


def bsnlp_articles(shared):
    base = os.path.join(shared, "data", "bsnlp-pl")
    if not os.path.isdir(base):
        return []
    out = []
    for topic in sorted(os.listdir(base)):
        raw = os.path.join(base, topic, "raw", "pl")
        if not os.path.isdir(raw):
            continue
        for name in sorted(os.listdir(raw)):
            with open(os.path.join(raw, name), encoding="utf-8-sig") as f:
                lines = [l.strip() for l in f.read().splitlines()]
            if len(lines) < 6:
                continue
            paras = [l for l in lines[5:] if l]
            date = lines[2][:10]
            if paras and len(date) == 10 and sum(len(p) for p in paras) > 600:
                out.append({"title": lines[4], "date": date, "paras": paras})
    return out


def example_articles():
    out = []
    with open(os.path.join(ROOT, "examples", "pl", "news.jsonl"), encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            out.append({"title": a["title"], "date": a["published"], "paras": [a["text"]]})
    return out


def polish_date(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


NAV = ('<nav class="menu"><ul><li><a href="/">Strona główna</a></li><li><a href="/kraj">Kraj</a></li>'
       '<li><a href="/swiat">Świat</a></li><li><a href="/biznes">Biznes</a></li><li><a href="/sport">Sport</a></li>'
       '<li><a href="/kultura">Kultura</a></li></ul></nav>')
COOKIE = ('<div id="cookie-banner">Używamy plików cookie, aby ulepszać nasze usługi. Korzystając z serwisu, '
          'zgadzasz się na ich użycie. <button>Akceptuję</button></div>')
FOOTER = ('<footer><p>© 2024 Wydawnictwo Przykładowe Sp. z o.o. Wszelkie prawa zastrzeżone.</p>'
          '<ul><li><a href="/regulamin">Regulamin</a></li><li><a href="/prywatnosc">Polityka prywatności</a></li>'
          '<li><a href="/kontakt">Kontakt</a></li></ul></footer>')


def related(rng, others):
    items = "".join(f'<li><a href="/a/{rng.randint(1000, 9999)}">{html.escape(t)}</a></li>' for t in others)
    return f'<aside class="related"><h3>Czytaj także</h3><ul>{items}</ul></aside>'


def comments(rng, other_paras):
    cs = "".join(
        f'<div class="comment"><span class="nick">czytelnik{rng.randint(1, 999)}</span>'
        f"<p>{html.escape(p[:160])}</p></div>" for p in other_paras)
    return f'<section class="comments"><h3>Komentarze ({len(other_paras)})</h3>{cs}</section>'


def page_semantic(a, rng, ctx):
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in a["paras"])
    return ("utf-8", f"""<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8">
<title>{html.escape(a['title'])} - Wiadomości</title>
<meta property="og:title" content="{html.escape(a['title'])}">
<meta property="article:published_time" content="{a['date']}T08:30:00+01:00">
</head><body>{COOKIE}<header><a class="logo" href="/">Wiadomości</a>{NAV}</header>
<main><article><h1>{html.escape(a['title'])}</h1><time datetime="{a['date']}">{polish_date(a['date'])}</time>
{body}</article>{related(rng, ctx['titles'])}</main>{FOOTER}</body></html>""")


def page_divs(a, rng, ctx):
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in a["paras"])
    share = '<div class="share"><a href="#">Udostępnij</a> <a href="#">Tweetnij</a> <a href="#">Wyślij</a></div>'
    newsletter = ('<div class="newsletter"><h4>Zapisz się na newsletter</h4><p>Najważniejsze informacje dnia '
                  'prosto na Twoją skrzynkę.</p><input type="email"></div>')
    return ("utf-8", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(a['title'])} | Portal</title></head><body>
<div id="top">{NAV}</div><div id="wrapper"><div class="col-main"><div class="post">
<h2 class="post-title">{html.escape(a['title'])}</h2><div class="meta">Dodano: <span class="date">{a['date']}</span></div>
{share}<div class="entry-content">{paras}</div>{share}</div>
{comments(rng, ctx['other_paras'])}</div><div class="col-side">{newsletter}{related(rng, ctx['titles'])}</div></div>
{FOOTER}</body></html>""")


def page_table_cp1250(a, rng, ctx):
    paras = "<br><br>\n".join(html.escape(p) for p in a["paras"])
    return ("windows-1250", f"""<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1250">
<TITLE>{html.escape(a['title'])}</TITLE></HEAD><BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="100%"><TR><TD COLSPAN="2"><A HREF="/">Strona główna</A> | <A HREF="/archiwum">Archiwum</A> | <A HREF="/forum">Forum</A></TD></TR>
<TR><TD WIDTH="160" VALIGN="top"><A HREF="/kraj">Kraj</A><BR><A HREF="/swiat">Świat</A><BR><A HREF="/sport">Sport</A><BR><A HREF="/pogoda">Pogoda</A></TD>
<TD VALIGN="top"><FONT SIZE="+2"><B>{html.escape(a['title'])}</B></FONT><BR>
<FONT SIZE="-1">{polish_date(a['date'])}</FONT><BR><BR>
<FONT FACE="Arial">{paras}</FONT></TD></TR>
<TR><TD COLSPAN="2"><FONT SIZE="-2">Copyright © Gazeta Przykładowa. Kopiowanie zabronione.</FONT></TD></TR></TABLE></BODY></HTML>""")


def page_jsonld_ads(a, rng, ctx):
    chunks = []
    for i, p in enumerate(a["paras"]):
        chunks.append(f"<p>{html.escape(p)}</p>")
        if i == 0:
            chunks.append('<div class="ad">REKLAMA</div>')
        if i == 1:
            chunks.append(f'<p class="read-also"><strong>Czytaj też:</strong> <a href="/x">{html.escape(ctx["titles"][0])}</a></p>')
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": f"{a['date']}T10:00:00+02:00"}, ensure_ascii=False)
    return ("utf-8", f"""<!doctype html><html lang="pl-PL"><head><meta charset="UTF-8"><title>{html.escape(a['title'])}</title>
<script type="application/ld+json">{ld}</script><script>window.dataLayer = [{{"page": "article"}}];</script>
<style>.ad {{ height: 250px }}</style></head><body>{NAV}
<div class="container"><h1 itemprop="headline">{html.escape(a['title'])}</h1>
<div itemprop="articleBody">{"".join(chunks)}</div>
<div class="tags">Tagi: <a href="/t/polityka">polityka</a>, <a href="/t/swiat">świat</a></div></div>
{related(rng, ctx['titles'])}{FOOTER}</body></html>""")


def page_figure_lead(a, rng, ctx):
    lead, rest = a["paras"][0], a["paras"][1:]
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in rest)
    return ("utf-8", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title>
<meta name="date" content="{a['date']}"></head><body>{COOKIE}{NAV}
<div class="article"><h1>{html.escape(a['title'])}</h1>
<div class="author-box"><img src="/a.jpg" alt=""><span>Jan Kowalski</span>, redaktor działu Świat</div>
<p class="lead"><b>{html.escape(lead)}</b></p>
<figure><img src="/foto.jpg" alt=""><figcaption>Zdjęcie ilustracyjne. Fot. Agencja</figcaption></figure>
{body}</div>{comments(rng, ctx['other_paras'][:2])}{FOOTER}</body></html>""")


TEMPLATES = [page_semantic, page_divs, page_table_cp1250, page_jsonld_ads, page_figure_lead]


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    shared = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))
    articles = bsnlp_articles(shared) or example_articles()
    rng = random.Random(7)
    rng.shuffle(articles)
    articles = articles[:n]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as gold:
        for i, a in enumerate(articles):
            others = [b for b in rng.sample(articles, min(4, len(articles))) if b is not a][:3]
            ctx = {"titles": [b["title"] for b in others] or ["Inny tekst"],
                   "other_paras": [b["paras"][0] for b in others] or ["Komentarz."]}
            template = TEMPLATES[i % len(TEMPLATES)]
            charset, page = template(a, rng, ctx)
            name = f"{i:04d}.html"
            with open(os.path.join(out, name), "wb") as f:
                f.write(page.encode(charset, errors="xmlcharrefreplace"))
            gold.write(json.dumps({"file": name, "template": template.__name__, "title": a["title"],
                                   "published": a["date"], "text": "\n".join(a["paras"])},
                                  ensure_ascii=False) + "\n")
    print(f"{len(articles)} pages in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
