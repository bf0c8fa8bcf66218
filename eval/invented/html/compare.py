#!/usr/bin/env python3
"""Compare an enrich output with an expectations file (expected.json beside this script unless
given). Usage: python3 compare.py OUT.jsonl [--expected FILE] [--verbose]"""
import json, os, re, sys, unicodedata
V = "--verbose" in sys.argv
EXPECTED = sys.argv[sys.argv.index("--expected") + 1] if "--expected" in sys.argv \
    else os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.json")
spec = {p["name"]: p for p in json.load(open(EXPECTED))}
def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s or "")).strip()
def words(s): return re.findall(r"\w+", norm(s).lower())
def grams(ws, n=4): return {tuple(ws[i:i+n]) for i in range(max(1, len(ws)-n+1))}
def has(hay, needle):
    return re.search(r"(?<!\w)" + re.escape(norm(needle)) + r"(?!\w)", hay) is not None
recs, dlq = {}, {}
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if not line: continue
    r = json.loads(line)
    if r["topic"] == "news.articles.enriched":
        recs[r["value"]["id"]] = r["value"]
    elif r["topic"].endswith("dlq"):
        dlq[r.get("key")] = r["value"]
rows = []
tot = dict(body=0, lost=0, partial=0, furn=0, kept=0, title=0, pages=0)
for name, p in spec.items():
    v = recs.get(name)
    if v is None:
        rows.append((name, len(p["body"]), len(p["body"]), 0, len(p["furniture"]), 0, "—", "DLQ/missing: " + json.dumps(dlq.get(name))[:200]))
        tot["body"] += len(p["body"]); tot["lost"] += len(p["body"]); tot["furn"] += len(p["furniture"]); tot["pages"] += 1
        continue
    text = v.get("text") or ""
    paras = [norm(x) for x in re.split(r"\n\s*\n", text) if norm(x)]
    full = " ".join(paras)
    og = grams(words(full))
    lost, partial = [], []
    for b in p["body"]:
        if norm(b) in full: continue
        g = grams(words(b)); cov = len(g & og) / len(g)
        (partial if cov >= 0.5 else lost).append((round(cov, 2), b))
    extra_found = sum(1 for b in p["extra_body"] if norm(b) in full)
    kept = [f for f in p["furniture"] if has(full, f)]
    dup = [b for b in p["body"] if len(b) > 40 and full.count(norm(b)) > 1]
    title_ok = norm(v.get("title")) in [norm(t) for t in [p["title"]] + p["alt_titles"]]
    # output paragraphs explained by nothing in the spec (unlisted furniture or mangled body)
    known = [norm(x) for x in p["body"] + p["extra_body"] + p["ambiguous"]]
    unexplained = []
    for q in paras:
        qg = grams(words(q))
        if any(q in k or k in q for k in known): continue
        best = max((len(qg & grams(words(k))) / len(qg) for k in known), default=0)
        if best < 0.6: unexplained.append(q)
    tot["pages"] += 1; tot["body"] += len(p["body"]); tot["lost"] += len(lost); tot["partial"] += len(partial)
    tot["furn"] += len(p["furniture"]); tot["kept"] += len(kept); tot["title"] += title_ok
    note = []
    if extra_found or p["extra_body"]: note.append(f"jsonld-only {extra_found}/{len(p['extra_body'])}")
    if dup: note.append(f"dup {len(dup)}")
    if unexplained: note.append(f"unlisted-extra {len(unexplained)}")
    rows.append((name, len(p["body"]), len(lost), len(partial), len(p["furniture"]), len(kept), "yes" if title_ok else "NO", "; ".join(note)))
    if V:
        print(f"=== {name}\n  title: {v.get('title')!r}  byline: {v.get('byline')!r}  published: {v.get('publishedAt')!r}")
        if not title_ok: print(f"  expected title: {p['title']!r}")
        for c, b in lost: print(f"  LOST ({c}): {b[:110]}")
        for c, b in partial: print(f"  PARTIAL ({c}): {b[:110]}")
        for f in kept: print(f"  KEPT FURNITURE: {f}")
        for d in dup: print(f"  DUPLICATED: {d[:80]}")
        for u in unexplained: print(f"  UNLISTED OUTPUT: {u[:140]}")
print(f"| page | body | lost | partial | furniture | kept | title ok | notes |\n|---|---|---|---|---|---|---|---|")
for r in rows: print("| " + " | ".join(str(x) for x in r) + " |")
print(f"\nTOTAL pages {tot['pages']}: body {tot['body']}, lost {tot['lost']}, partial {tot['partial']}; furniture {tot['furn']}, kept {tot['kept']}; titles right {tot['title']}/{tot['pages']}")
