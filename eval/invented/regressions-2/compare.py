#!/usr/bin/env python3
"""Usage: compare.py OLD_DIR NEW_DIR [-v]: scores two checkouts' outputs (OUT/regressions-2 of run.sh) against
expected.json (written before the first run; expected.frozen.json is that first version: h03's date was
corrected after it, the page really gives it).
A body paragraph is present if its whitespace-normalised text is in the output text; a furniture
snippet is kept if present (snippets under 25 characters only as a whole paragraph). Verdict per page:
NEW vs BASE by the set of failures (lost paragraphs, kept furniture, wrong title/byline/date, duplicates)."""
import json, os, re, sys, datetime
norm = lambda s: re.sub(r"\s+", " ", (s or "")).strip()
def load(tag, name):
    rec = None
    path = os.path.join(tag, f"{name}.jsonl")
    if not os.path.exists(path): return ("none", None)
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if r["topic"] == "news.articles.enriched" and r["value"].get("id") == name: rec = ("ok", r["value"])
        elif r["topic"].endswith("dlq") and rec is None: rec = ("dlq", r.get("value"))
    return rec or ("none", None)
def failures(e, rec):
    st, v = rec
    f = set()
    if st != "ok":
        f.add(f"REJECTED({st})"); [f.add("lost: " + b) for b in e["body"]]; return f, ""
    text = v.get("text") or ""
    nt = norm(text); paras = [norm(p) for p in text.split("\n") if p.strip()]
    for b in e["body"]:
        if norm(b) not in nt: f.add("lost: " + b)
    for s in e["furniture"]:
        s2 = norm(s)
        if (len(s2) < 25 and s2 in paras) or (len(s2) >= 25 and s2 in nt): f.add("kept: " + s)
    for d in e.get("dup_check", []) + [b for b in e["body"] if len(b) > 60]:
        if nt.count(norm(d)[-60:]) > 1: f.add("dup: " + d[:60])
    if norm(v.get("title")) != norm(e["title"]): f.add(f"title: {v.get('title')!r}")
    if norm(v.get("byline")) != norm(e["byline"]) and not (e["byline"] is None and not v.get("byline")): f.add(f"byline: {v.get('byline')!r}")
    if "published" in e:
        p = v.get("publishedAt")
        got = datetime.datetime.fromtimestamp(p/1000, datetime.timezone.utc).date().isoformat() if p else None
        # the expected date is the local date; accept a UTC date a day either side only if it matches the instant
        if got != e["published"]: f.add(f"published: {got}")
    return f, text
exp = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.json"), encoding="utf-8"))
OLD, NEW = [a for a in sys.argv[1:] if not a.startswith("-")][:2]
verbose = "-v" in sys.argv
counts = {"worse": 0, "better": 0, "same": 0, "mixed": 0}
rows = []
for e in exp:
    fb, tb = failures(e, load(OLD, e["name"]))
    fn, tn = failures(e, load(NEW, e["name"]))
    gained, fixed = fn - fb, fb - fn
    verdict = "same" if not gained and not fixed else "worse" if gained and not fixed else "better" if fixed and not gained else "mixed"
    counts[verdict] += 1
    rows.append((e["name"], verdict, len(fb), len(fn), sorted(fixed), sorted(gained), sorted(fb & fn)))
for name, verdict, nb, nn, fixed, gained, both in rows:
    print(f"{name:28} {verdict:6} failures base={nb} new={nn}")
    if verbose or verdict != "same":
        for x in fixed: print("    + fixed   ", x[:150])
        for x in gained: print("    - NEW bad ", x[:150])
    if verbose:
        for x in both: print("    = both    ", x[:150])
print(counts)
