#!/usr/bin/env python3
"""Build pages/*.txt and expected.json from annotated/*.txt.

Annotated format: each line of the page, optionally prefixed by a tag:
  T| title (the headline line)   B| body   X| extra_body   A| ambiguous   F| furniture
Untagged lines are page lines that are neither listed nor scored.
Header lines (not part of the page): #ALT: #BYLINE: #PUBLISHED: #NOTE:
#FURN: (furniture strings that are parts of a page line, e.g. a photo credit) #AMB: (likewise).
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
HDR = ("#ALT:", "#BYLINE:", "#PUBLISHED:", "#NOTE:", "#FURN:", "#AMB:")
out = []
for fn in sorted(os.listdir(os.path.join(HERE, "annotated"))):
    if not fn.endswith(".txt"): continue
    name = fn[:-4]
    e = dict(name=name, title=None, alt_titles=[], body=[], extra_body=[], ambiguous=[], furniture=[],
             byline=None, published=None, note=None)
    page = []
    for raw in open(os.path.join(HERE, "annotated", fn), encoding="utf-8").read().split("\n"):
        if raw.startswith(HDR):
            k, v = raw.split(":", 1); v = v.strip()
            if k == "#ALT": e["alt_titles"].append(v)
            elif k == "#BYLINE": e["byline"] = v if v != "null" else None
            elif k == "#PUBLISHED": e["published"] = v if v != "null" else None
            elif k == "#NOTE": e["note"] = v
            elif k == "#FURN": e["furniture"].append(v)
            elif k == "#AMB": e["ambiguous"].append(v)
            continue
        m = re.match(r"^(T|B|X|A|F)\| ?(.*)$", raw)
        if m:
            tag, line = m.groups()
            page.append(line)
            if tag == "T":
                assert e["title"] is None, (name, "two titles"); e["title"] = line
            else:
                e[{"B": "body", "X": "extra_body", "A": "ambiguous", "F": "furniture"}[tag]].append(line)
        else:
            page.append(raw)
    while page and page[-1] == "": page.pop()
    text = "\n".join(page) + "\n"
    for f in e["furniture"] + e["ambiguous"]:
        assert f in text, (name, "not in page", f)
    kept = e["body"] + e["extra_body"] + e["ambiguous"] + [e["title"]]
    for f in e["furniture"]:
        for k in kept:
            if re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", k):
                print("WARNING furniture inside kept text:", name, repr(f), "in", k[:60], file=sys.stderr)
    assert e["title"] and e["body"] and e["note"], name
    open(os.path.join(HERE, "pages", fn), "w", encoding="utf-8").write(text)
    out.append(e)
json.dump(out, open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(out), "pages;", sum(len(e["body"]) for e in out), "body paragraphs;", sum(len(e["furniture"]) for e in out), "furniture")
