import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spec import SPEC

def load(side, pid):
    p = os.path.join(sys.argv[1] if side == 'old' else sys.argv[2], pid + '.jsonl')
    if not os.path.exists(p):
        return None
    for line in open(p):
        r = json.loads(line)
        if r['topic'] == 'news.articles.enriched':
            v = r['value']; return dict(title=v.get('title'), byline=v.get('byline'), text=v.get('text') or '', dlq=False)
        if r['topic'] == 'news.dlq':
            return dict(title=None, byline=None, text='', dlq=True)
    return dict(title=None, byline=None, text='', dlq=True)

norm = lambda s: re.sub(r'\s+', ' ', (s or '')).strip().lower()

def score(spec, r):
    text = r['text']
    lost = [b for b in spec['body'] if b not in text]
    leaked = [f for f in spec['furniture'] if f in text]
    # first-item order check: body text should start with an expected or ambiguous item
    paras = [p for p in text.split('\n\n') if p.strip()]
    extra = [p[:60] for p in paras if not any(k in p for k in spec['body'] + spec['furniture'] + spec.get('ambiguous', []))]
    t_ok = spec['title'] is None or norm(r['title']) == norm(spec['title'])
    b = spec['byline']
    b_ok = True if b == '?' else (norm(r['byline']) == norm(b) if b else not r['byline'])
    return dict(lost=lost, leaked=leaked, extra=extra, t_ok=t_ok, b_ok=b_ok)

def badness(s):
    # body items lost and furniture leaked weigh 1 each, unexpected paragraphs 1, title 2, byline 1
    return len(s['lost']) + len(s['leaked']) + len(s['extra']) + (0 if s['t_ok'] else 2) + (0 if s['b_ok'] else 1)

rows = []; tot = {'better': 0, 'worse': 0, 'same': 0}
agg = {side: dict(lost=0, leaked=0, extra=0, title=0, byline=0, body=0, furn=0) for side in ('old', 'new')}
verbose = '-v' in sys.argv
for pid, spec in SPEC.items():
    res = {}
    for side in ('old', 'new'):
        r = load(side, pid)
        s = score(spec, r)
        res[side] = (r, s)
        a = agg[side]; a['lost'] += len(s['lost']); a['leaked'] += len(s['leaked']); a['extra'] += len(s['extra'])
        a['title'] += not s['t_ok']; a['byline'] += not s['b_ok']; a['body'] += len(spec['body']); a['furn'] += len(spec['furniture'])
    bo, bn = badness(res['old'][1]), badness(res['new'][1])
    verdict = 'same' if bo == bn else ('better' if bn < bo else 'worse')
    # same score but different output: flag
    changed = res['old'][0] != res['new'][0]
    tot[verdict] += 1
    print(f"{pid:34s} {verdict:6s} old={bo:2d} new={bn:2d}{'  (output changed)' if changed and verdict=='same' else ''}")
    for side in ('old', 'new'):
        r, s = res[side]
        if verbose or verdict != 'same' or badness(s):
            print(f"    {side}: title={'OK' if s['t_ok'] else repr(r['title'])} byline={'OK' if s['b_ok'] else repr(r['byline'])}"
                  f"{' DLQ' if r['dlq'] else ''} lost={s['lost']} leaked={s['leaked']} extra={s['extra']}")
print(tot)
for side in ('old', 'new'):
    a = agg[side]
    print(f"{side}: body items lost {a['lost']}/{a['body']}, furniture kept {a['leaked']}/{a['furn']}, unexpected paras {a['extra']}, titles wrong {a['title']}, bylines wrong {a['byline']}")
