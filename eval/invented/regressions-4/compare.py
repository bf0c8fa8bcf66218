#!/usr/bin/env python3
"""Usage: compare.py OLD_DIR NEW_DIR [-v]

Scores two checkouts' outputs (one NAME.jsonl per page, from `bin/newsstream enrich PAGE`, each page
run alone) against expected.json, written before the first run.

Failures per page: a rejected page (a DLQ record or no enriched record; all its body counts as lost),
a body paragraph lost (its whitespace-normalised text is not in the output text), a furniture snippet
kept (present in the text; a snippet under 25 characters only as a whole paragraph), a wrong title
(not the expected title nor one of alt_titles), a wrong byline (only when the expected byline is not
null). Verdict per page, by the sets of failures: better (only fixed), worse (only new ones), mixed
(both), same (neither)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
norm = lambda s: re.sub(r"\s+", " ", (s or "")).strip()


def load(d, name):
    path = os.path.join(d, f"{name}.jsonl")
    if not os.path.exists(path):
        return ("missing", None)
    rec = None
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.strip()
        if not line.startswith("{"):
            continue
        r = json.loads(line)
        if r.get("topic") == "news.articles.enriched":
            rec = ("ok", r["value"])
        elif "dlq" in r.get("topic", "") and rec is None:
            rec = ("dlq", r.get("value"))
    return rec or ("none", None)


def failures(e, rec):
    status, v = rec
    f = set()
    if status != "ok":
        f.add(f"REJECTED ({status})")
        f.update("lost: " + b for b in e["body"])
        return f, rec
    text = v.get("text") or ""
    whole = norm(text)
    paras = {norm(x) for x in re.split(r"\n", text) if x.strip()}
    for b in e["body"]:
        if norm(b) not in whole:
            f.add("lost: " + b)
    for s in e["furniture"]:
        s2 = norm(s)
        if (len(s2) < 25 and s2 in paras) or (len(s2) >= 25 and s2 in whole):
            f.add("kept: " + s)
    titles = [norm(t) for t in [e["title"]] + e.get("alt_titles", [])]
    if norm(v.get("title")) not in titles:
        f.add(f"title: {v.get('title')!r}")
    if e.get("byline") is not None and norm(v.get("byline")) != norm(e["byline"]):
        f.add(f"byline: {v.get('byline')!r}")
    return f, rec


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    if len(args) != 2:
        sys.exit(__doc__)
    old, new = args
    verbose = "-v" in sys.argv
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    counts = {"worse": 0, "better": 0, "same": 0, "mixed": 0}
    totals = {"old": 0, "new": 0}
    for e in exp:
        fo, _ = failures(e, load(old, e["name"]))
        fn, _ = failures(e, load(new, e["name"]))
        totals["old"] += len(fo)
        totals["new"] += len(fn)
        gained, fixed = fn - fo, fo - fn
        verdict = ("same" if not gained and not fixed else "worse" if not fixed else "better" if not gained else "mixed")
        counts[verdict] += 1
        print(f"{e['name']:38} {verdict:6} failures old={len(fo)} new={len(fn)}")
        if verbose or verdict != "same":
            for x in sorted(fixed):
                print("    + fixed   ", x[:160])
            for x in sorted(gained):
                print("    - NEW bad ", x[:160])
        if verbose:
            for x in sorted(fo & fn):
                print("    = both    ", x[:160])
    print(counts, "failures:", totals)


if __name__ == "__main__":
    main()
