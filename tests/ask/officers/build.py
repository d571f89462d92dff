"""Builds dev.jsonl and holdout.jsonl from structured specs.

  python3 tests/ask/officers/build.py                          # this folder's specs.py -> dev.jsonl, holdout.jsonl
  python3 tests/ask/officers/build.py SPECS.py --all OUT.jsonl  # another set's specs -> one file, in order
  python3 tests/ask/officers/build.py SPECS.py --split DEV.jsonl HOLD.jsonl  # another set's specs, split by the rule below

Every actionIds list is computed from the plan data; no id is typed by hand.
Split rule (fixed before labelling): within each kind, the 2nd, 5th, 8th, ...
question written (index % 3 == 1) goes to holdout, the rest to dev.
"""
import json, re, os, sys
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.load(open(os.path.join(HERE, "..", "..", "..", "data", "children-first.json")))
ARGS = sys.argv[1:]
SPECS = ARGS[0] if ARGS else os.path.join(HERE, "specs.py")
ALL_OUT = ARGS[ARGS.index("--all") + 1] if "--all" in ARGS else None
SPLIT_OUT = (ARGS[ARGS.index("--split") + 1], ARGS[ARGS.index("--split") + 2]) if "--split" in ARGS else None
TODAY = "2022-02-01"
ACTIONS = DATA["actions"]
AREAS = {a["number"]: a for a in DATA["plan"]["areas"]}
PEOPLE = {p["id"]: p for p in DATA["people"]}
MEETINGS = {m["id"]: m for m in DATA["meetings"]}
BY_REF = {a["ref"]: a for a in ACTIONS}
OUT = {"not_started", "in_progress", "blocked"}

NOV, JAN, OCT19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09"


def status_ok(a, st):
    s = a["status"]
    if st == "outstanding":
        return s in OUT
    if st == "overdue":
        return s in OUT and a["due"] < TODAY
    if st == "not_overdue":
        return s in OUT and a["due"] >= TODAY
    if st == "not_blocked":
        return s in OUT and s != "blocked"
    if st == "all":
        return True
    return s in (st if isinstance(st, (list, tuple)) else [st])


def topic_ok(a, t):
    """t: dict with optional areas, rx (any), rxAll (all) - applied to title+measure."""
    text = a["title"] + " " + a["measure"]
    if "areas" in t and a["area"] not in t["areas"]:
        return False
    if "rx" in t and not re.search(t["rx"], text, re.I):
        return False
    for r in t.get("rxAll", []):
        if not re.search(r, text, re.I):
            return False
    return True


Q = []


def q(kind, text, **kw):
    kw["kind"], kw["text"] = kind, text
    Q.append(kw)


def label(s):
    intent = s.get("intent", "list_actions")
    rec = {"text": s["text"]}
    if s.get("as"):
        rec["as"] = s["as"]
    rec["intent"] = intent
    why = []
    fact = None
    ids = []
    if intent == "list_actions":
        st = s.get("st", "outstanding")
        sel = [a for a in ACTIONS if status_ok(a, st)]
        why.append({"outstanding": "Outstanding", "overdue": "Overdue (outstanding, due before 2022-02-01)",
                    "not_overdue": "Outstanding and due on/after 2022-02-01", "not_blocked": "Outstanding and not blocked",
                    "all": "All"}.get(st if isinstance(st, str) else "", f"Status {st}") + " actions")
        if "owners" in s:
            sel = [a for a in sel if a["owner"] in s["owners"]]
            why.append("owned by " + " or ".join(s["owners"]))
        areas = set(s.get("areas", []))
        if "leads" in s:
            la = {n for n, ar in AREAS.items() if ar["lead"] in s["leads"]}
            why.append("in areas led by " + "/".join(s["leads"]) + f" ({sorted(la)})")
            sel = [a for a in sel if a["area"] in la]
        topic = {k: s[k] for k in ("rx", "rxAll") if k in s}
        if areas:
            topic["areas"] = areas
            why.append("in area " + ", ".join(f"{n} {AREAS[n]['shortTitle']}" for n in sorted(areas)))
        if "rx" in s or "rxAll" in s:
            why.append("whose title/measure matches " + " & ".join([s["rx"]] if "rx" in s else s["rxAll"]))
        if topic:
            sel = [a for a in sel if topic_ok(a, topic)]
        if "union" in s:
            sel = [a for a in sel if any(topic_ok(a, t) for t in s["union"])]
            why.append("in any of: " + "; ".join(
                (f"area {sorted(t['areas'])}" if "areas" in t else "") + (f" matching {t.get('rx')}" if "rx" in t else "")
                for t in s["union"]))
        if "dfrom" in s:
            sel = [a for a in sel if a["due"] >= s["dfrom"]]
        if "dto" in s:
            sel = [a for a in sel if a["due"] <= s["dto"]]
        if "dbefore" in s:
            sel = [a for a in sel if a["due"] < s["dbefore"]]
        if any(k in s for k in ("dfrom", "dto", "dbefore")):
            why.append("due " + " ".join(x for x in [
                f">= {s['dfrom']}" if "dfrom" in s else "", f"<= {s['dto']}" if "dto" in s else "",
                f"< {s['dbefore']}" if "dbefore" in s else ""] if x))
        if "meeting" in s:
            sel = [a for a in sel if a["source"].get("meeting") == s["meeting"]]
            why.append(f"from meeting {s['meeting']}")
        ids = sorted(a["id"] for a in sel)
        if "expect" in s:
            assert len(ids) == s["expect"], (s["text"], ids)
        f = s.get("fact")
        if f == "lead":
            (n,) = areas
            fact = {"person": AREAS[n]["lead"]}
            why.insert(0, f"Area {n} lead is {AREAS[n]['lead']};")
        elif f == "count":
            fact = {"number": len(ids)}
            why.insert(0, f"Count {len(ids)}:")
    elif intent == "action_detail":
        a = BY_REF[s["ref"]]
        ids = [a["id"]]
        why.append(f"Action {s['ref']} ({a['title'][:50]}...)")
        f = s.get("fact")
        if f == "owner":
            fact = {"person": a["owner"]}
            why.append(f"owner {a['owner']}")
        elif f == "due":
            fact = {"date": a["due"]}
            why.append(f"due {a['due']}")
    else:
        why.append(s.get("whyx", intent))
    rec["actionIds"] = ids
    rec["kind"] = s["kind"]
    if fact:
        rec["fact"] = fact
    w = " ".join(why)
    if s.get("note"):
        w += "; " + s["note"]
    rec["why"] = w.strip() + ("" if w.strip().endswith(".") else ".")
    return rec


exec(open(SPECS).read())

per_kind = defaultdict(int)
dev, hold = [], []
for s in Q:
    i = per_kind[s["kind"]]
    per_kind[s["kind"]] += 1
    (hold if i % 3 == 1 else dev).append(s)

dev_out, hold_out = SPLIT_OUT or (os.path.join(HERE, "dev.jsonl"), os.path.join(HERE, "holdout.jsonl"))
outputs = ((ALL_OUT, Q),) if ALL_OUT else ((dev_out, dev), (hold_out, hold))
for name, lst in outputs:
    with open(name, "w") as fh:
        for s in lst:
            fh.write(json.dumps(label(s), ensure_ascii=False) + "\n")

texts = [s["text"].lower() for s in Q]
dups = [t for t, c in Counter(texts).items() if c > 1]
assert not dups, dups
print("dev", len(dev), dict(Counter(s["kind"] for s in dev)))
print("holdout", len(hold), dict(Counter(s["kind"] for s in hold)))
