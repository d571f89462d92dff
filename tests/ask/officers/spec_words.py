# Spec words of sets x and y (from set w's header) turned into the ones build.py knows, and the hand-over that
# puts positions 3, 6, 9, 12, 15 of each kind in the held-out file. build.py exec()s a set's specs.py in its own
# namespace; the specs exec() this file there, so label(), topic_ok, ACTIONS, MEETINGS, PEOPLE, AREAS, BY_REF
# and Q are build.py's. The specs define KINDS before calling hand_over().
import datetime as _dt


class _Sources:
    """The sources an action may come from; build.py's `source.meeting == spec.meeting` test matches any."""

    def __init__(self, ids, name):
        self.ids, self.name = tuple(ids), name

    def __eq__(self, other):
        return other in self.ids

    def __ne__(self, other):
        return other not in self.ids

    __hash__ = None

    def __str__(self):
        return self.name

    __repr__ = __str__


COMMITTEE = [m for m in sorted(MEETINGS)]  # any committee meeting (19 June 2019 set none)


def everyone_but(*ids):
    """Every person in the data except those named (how exclusions of people are written)."""
    return [p for p in PEOPLE if p not in ids]


def areas_but(*nums):
    """Every area except those named (how exclusions of areas are written)."""
    return [n for n in sorted(AREAS) if n not in nums]


def _ids(spec, title_only=False):
    """The list build.py's own label() gives a spec (its expect check left out); optionally on titles only."""
    s = {k: v for k, v in spec.items() if k != "expect"}
    g = globals()
    orig = g["topic_ok"]
    if title_only:
        def _title_topic_ok(a, t):
            return orig(dict(a, measure=""), t)
        g["topic_ok"] = _title_topic_ok
    try:
        return label(s)["actionIds"]
    finally:
        g["topic_ok"] = orig


_WRITTEN = []


def ask(kind, text, **kw):
    s = {"kind": kind, "text": text}
    intent = kw.get("intent", "list_actions")
    if "as_" in kw:
        s["as"] = kw.pop("as_")
    why = kw.pop("why", None)
    nrx = kw.pop("nrx", None)
    minute = kw.pop("minute", None)
    if "dafter" in kw:
        assert "dfrom" not in kw, text
        d = _dt.date.fromisoformat(kw.pop("dafter")) + _dt.timedelta(days=1)
        kw["dfrom"] = d.isoformat()
    if "meeting" in kw:
        m = kw["meeting"]
        if m is None:
            kw["meeting"] = _Sources([None], "none (the plan itself)")
        elif isinstance(m, (list, tuple)):
            assert all(x in MEETINGS for x in m), text
            name = "any committee meeting" if list(m) == COMMITTEE else " or ".join(m)
            kw["meeting"] = _Sources(m, name)
        else:
            assert m in MEETINGS, text
    if "owners" in kw:
        assert all(p in PEOPLE for p in kw["owners"]), text
    if "ref" in kw:
        assert kw["ref"] in BY_REF, text
    s.update(kw)
    notes = []
    if nrx:
        before = _ids(s)
        rx = s.get("rx")
        s["rx"] = r"^(?!.*(?:%s))" % nrx + (r"(?=.*(?:%s))" % rx if rx else "")
        after = _ids(s)
        assert set(after) < set(before), ("nrx removes nothing", text)
        left = sorted(BY_REF_ID[i] for i in set(before) - set(after))
        notes.append("title matching /%s/ left out (%s)" % (nrx, ", ".join(left)))
    if "rx" in s:
        assert _ids(s) == _ids(s, title_only=True), ("rx picks a different list on titles alone", text)
    if minute:
        mins = [minute] if isinstance(minute, str) else list(minute)
        want = sorted(a["id"] for a in ACTIONS if a["source"].get("meeting") == s["meeting"]
                      and a["source"].get("minute") in mins)
        probe = {"kind": kind, "text": text, "st": "all", "meeting": s["meeting"], "rx": s["rx"]}
        assert _ids(probe) == want, ("rx does not pick exactly the minute's actions", text)
        notes.append("minute " + " and ".join(mins))
    if why:
        notes.append(why)
    if notes:
        s["note" if intent in ("list_actions", "action_detail") else "whyx"] = "; ".join(notes)
    _WRITTEN.append(s)


BY_REF_ID = {a["id"]: a["ref"] for a in ACTIONS}


def hand_over():
    """Hands the written specs to build.py: its split sends index % 3 == 1 of each kind to holdout; handing it
    each three as 1st, 3rd, 2nd puts the written positions 3, 6, 9, 12, 15 there and keeps both files in the
    written order."""
    assert [s["kind"] for s in _WRITTEN] == [k for k in KINDS for _ in range(15)], "15 per kind, in KINDS order"
    for _k in KINDS:
        _lst = [s for s in _WRITTEN if s["kind"] == _k]
        for _i in range(0, 15, 3):
            Q.extend([_lst[_i], _lst[_i + 2], _lst[_i + 1]])
