"""Check meetings_heldout.jsonl: valid JSON, required keys, evidence substrings,
names in met/not_met are persons keys, every listed form occurs in the text."""
import json, re, sys, datetime as dt, os
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "meetings_heldout.jsonl")
KEYS = {"doc_id", "source", "dct", "text", "persons", "organizations", "places", "met", "not_met", "notes"}
TIMEX = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|SP|SU|FA|WI))?$")
errs, ids = [], set()
tot = {"docs": 0, "met_true": 0, "met_false": 0, "not_met": 0}
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    d = json.loads(line)
    e = lambda m: errs.append(f"{d.get('doc_id', ln)}: {m}")
    if set(d) != KEYS: e(f"keys {set(d) ^ KEYS}")
    if d["doc_id"] in ids: e("duplicate doc_id")
    ids.add(d["doc_id"]); tot["docs"] += 1
    dt.date.fromisoformat(d["dct"])
    t = d["text"]
    n = len(t.split())
    if not 250 <= n <= 700: e(f"{n} words")
    for name, forms in d["persons"].items():
        if not forms: e(f"no forms for {name}")
        for f in forms:
            if f not in t: e(f"form {f!r} of {name} not in text")
    for x in d["organizations"] + d["places"]:
        if x not in t: e(f"org/place {x!r} not in text")
    for m in d["met"]:
        for k in ("a", "b"):
            if m[k] not in d["persons"]: e(f"met name {m[k]!r} not a person")
        if m["a"] == m["b"]: e("self pair")
        if m["evidence"] not in t: e(f"evidence not in text: {m['evidence'][:60]!r}")
        if m["date"] is not None and not TIMEX.match(m["date"]): e(f"bad date {m['date']}")
        if m["mode"] not in ("in_person", "phone", "video", None): e(f"bad mode {m['mode']}")
        if not isinstance(m["occurred"], bool): e("occurred not bool")
        if m["place"] is not None and m["place"] not in t: e(f"place {m['place']} not in text")
        tot["met_true" if m["occurred"] else "met_false"] += 1
    if not 2 <= len(d["not_met"]) <= 4: e(f"{len(d['not_met'])} not_met pairs")
    met_pairs = {frozenset((m["a"], m["b"])) for m in d["met"]}
    for p in d["not_met"]:
        for x in p:
            if x not in d["persons"]: e(f"not_met name {x!r} not a person")
        if frozenset(p) in met_pairs: e(f"pair {p} in both met and not_met")
    tot["not_met"] += len(d["not_met"])
    print(f"{d['doc_id']}: {n} words, met {len(d['met'])}, not_met {len(d['not_met'])}")
print(tot)
print("\n".join(errs) if errs else "OK: no errors")
sys.exit(1 if errs else 0)
