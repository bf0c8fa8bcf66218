import json, re, sys, collections
import os
root = os.path.dirname(os.path.abspath(__file__))
exp = json.load(open(root + "/expected.json", encoding="utf-8"))
norm = lambda s: re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()
out = {}
dlq = {}
for line in open(sys.argv[1] if len(sys.argv) > 1 else root + "/out.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if r["topic"] == "news.articles.enriched":
        out[r["value"]["id"]] = r["value"]
    elif r["topic"] == "news.dlq" or "dlq" in r["topic"]:
        dlq[r["key"]] = r["value"]
def sents(p):
    return [s for s in re.split(r"(?<=[.!?»“”\"])\s+(?=[A-Z„«“\"¿¡ÀÉÈÓÚŁŚŻ0-9])", p) if s.strip()]
rows = []
detail = []
for name, e in sorted(exp.items()):
    if name not in out:
        rows.append((name, "DLQ/missing", "", "", "", "", ""))
        detail.append(f"## {name}: NOT ENRICHED {dlq.get(name, {}).get('reason') if name in dlq else ''}")
        continue
    v = out[name]
    text = v.get("text") or ""
    olines = [norm(l) for l in text.split("\n") if norm(l)]
    ocount = collections.Counter(olines)
    body = [norm(x) for x in e["B"]]
    subs = [norm(x) for x in e["S"]]
    keep = collections.Counter(body + subs)
    lostB = [b for b in body if b not in ocount]
    # partially kept (modified) body lines
    flat = norm(text)
    lostS = [s for s in subs if s not in ocount]
    lost_sent = 0; tot_sent = 0
    for b in body:
        for s in sents(b):
            tot_sent += 1
            if norm(s) not in flat:
                lost_sent += 1
    bad = []
    for t in ("F", "C", "M"):
        for l in set(norm(x) for x in e[t]):
            extra = ocount.get(l, 0) - keep.get(l, 0)
            if extra > 0:
                bad.append((t, l, extra))
    furn_kept = sum(x[2] for x in bad)
    known = set(body) | set(subs) | set(norm(x) for t in ("F","C","M","A") for x in e[t]) | {norm(e["title"])}
    unknown = [l for l in olines if l not in known]
    tok = norm(v.get("title") or "") == norm(e["title"])
    rows.append((name, f"{len(lostB)}/{len(body)}", f"{lost_sent}/{tot_sent}", f"{len(lostS)}/{len(subs)}", str(furn_kept), "ok" if tok else "WRONG", str(len(unknown))))
    detail.append(f"## {name}")
    if not tok:
        detail.append(f"  TITLE got: {v.get('title')!r}\n        want: {e['title']!r}")
    detail.append(f"  byline: {v.get('byline')!r}")
    for b in lostB: detail.append(f"  LOST B: {b[:150]}")
    for s in lostS: detail.append(f"  LOST S: {s}")
    for t, l, n in bad: detail.append(f"  KEPT {t}{'x'+str(n) if n>1 else ''}: {l[:150]}")
    for a in e["A"]:
        detail.append(f"  ambiguous {'kept' if norm(a) in ocount else 'dropped'}: {norm(a)[:100]}")
    for u in unknown: detail.append(f"  UNMATCHED OUTPUT LINE: {u[:150]}")
print("| page | body paras lost | body sentences lost | subheads lost | furniture/meta kept | title | unmatched |")
print("|---|---|---|---|---|---|---|")
for r in rows: print("| " + " | ".join(r) + " |")
print()
print("\n".join(detail))
