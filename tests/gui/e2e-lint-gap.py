#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A reviewer opens the sample's accountant standard, sees the linter's
badges on its weak outcomes, rewrites the outcome with the vague verb and
watches its badges go, then confirms a suggested link on the Gap Analysis
page and watches the gap list shrink; the workspace file agrees."""

import json
import re
import time

from azqf_e2e import (Failure, click, find, find_all, focus, log, replace_text, run, screenshot,
                      scroll_into_view, wait_for, wait_saved)

CODE = "PS-2411-01"
# resources/sample/sample.json, "Deliberately weak (1)": a vague verb.
WEAK = "U3.K1"
FIXED = {
    "az": "Vergi Məcəlləsinin əlavə dəyər vergisi və mənfəət vergisi ilə bağlı əsas "
          "müddəalarını izah edir.",
    "en": "Explains the main provisions of the Tax Code on value added tax and profit tax.",
}
VAGUE = {"az": "“bilir” is a vague verb", "en": "“Knows” is a vague verb"}
# "Deliberately weak (3)": two actions in one outcome; left as it is.
DOUBLE = "U5.S1"
# A suggestion of the gap analysis for an element nobody covers yet.
LINK = ("U1.A1", "eqf:L6.A.2")


def badges(row, message):
    """The findings whose badge the outcome's row shows, starting with message
    (a badge is a menu button: two nodes of the same name)."""
    return {b.name for b in find_all(row, "push button",
                                      re.compile("^Lint finding: " + re.escape(message)))}


def uncovered(gaps):
    """The elements the window lists as not covered."""
    names = [item.name for item in find_all(gaps, "list item")]
    return sorted(m.group(1) for m in (re.match(r"(\S+) is not covered", n) for n in names) if m)


def fix_vague_verb(session, app):
    click(find(app, "page tab", "Outcomes"))
    row = find(app, "list item", "Outcome " + WEAK)
    double = find(app, "list item", "Outcome " + DOUBLE)
    for lang in ("az", "en"):
        wait_for("the vague-verb badge of %s (%s)" % (WEAK, lang),
                 lambda: badges(row, VAGUE[lang]))
    wait_for("the badges of %s" % DOUBLE, lambda: len(badges(double, "Two actions")) == 2)

    # The whole outcome in view, with its badges and its criterion.
    scroll_into_view(row)
    az = find(row, "text", "Outcome %s, Azerbaijani text" % WEAK)
    en = find(row, "text", "Outcome %s, English text" % WEAK)
    focus(az)
    time.sleep(0.5)
    screenshot(session, "outcomes.png", app[0])

    replace_text(az, FIXED["az"])
    wait_for("the az vague-verb badge to go", lambda: not badges(row, VAGUE["az"]))
    if not badges(row, VAGUE["en"]):
        raise Failure("the en badge went with the az text alone")
    replace_text(en, FIXED["en"])
    wait_for("the en vague-verb badge to go", lambda: not badges(row, VAGUE["en"]))
    wait_for("the texts on screen", lambda: az.text == FIXED["az"] and en.text == FIXED["en"])
    if len(badges(double, "Two actions")) != 2:
        raise Failure("the badges of %s went too" % DOUBLE)


def confirm_link(session, app):
    click(find(app, "page tab", "Gap Analysis"))
    gaps = find(app, "list", "Gaps")
    before = wait_for("the gap list", lambda: uncovered(gaps))
    log("uncovered before:", before)
    if LINK[1] not in before:
        raise Failure("%s is not listed as a gap: %r" % (LINK[1], before))
    suggestions = find(app, "list", "Suggested links")
    find(suggestions, "list item", "%s → %s" % LINK)
    screenshot(session, "gap.png", app[0])

    click(find(suggestions, "push button", "Confirm link %s → %s" % LINK))
    after = wait_for("the gap list to shrink",
                     lambda: (lambda now: now if len(now) == len(before) - 1 else None)(
                         uncovered(find(app, "list", "Gaps"))))
    log("uncovered after:", after)
    if after != [e for e in before if e != LINK[1]]:
        raise Failure("after confirming %s → %s the gaps are %r" % (LINK + (after,)))
    wait_for("the suggestion to go",
             lambda: not find_all(find(app, "list", "Suggested links"), "list item",
                                  "%s → %s" % LINK))
    return before, after


def check_stored(session, ws, before, after):
    code, out = session.azqf("lint", ws, CODE, "--json")
    findings = [(f["outcome"], f["rule"], f["lang"]) for f in json.loads(out)["findings"]]
    log("lint:", findings)
    if any(f[0] == WEAK for f in findings):
        raise Failure("azqf lint still finds %s weak: %r" % (WEAK, findings))
    if (DOUBLE, "lint.double-barrelled", "az") not in findings:
        raise Failure("azqf lint lost the finding of %s: %r" % (DOUBLE, findings))

    code, out = session.azqf("show", ws, CODE, "--json")
    outcome = [o for u in json.loads(out)["units"] for o in u["outcomes"] if o["code"] == WEAK][0]
    if outcome["text"] != FIXED:
        raise Failure("stored text of %s: %r" % (WEAK, outcome["text"]))

    code, out = session.azqf("gap", ws, CODE, "--json")
    report = json.loads(out)
    stored = sorted(g["element"] for g in report["gaps"] if g["rule"] == "gap.element-uncovered")
    if stored != after:
        raise Failure("azqf gap lists %r uncovered, the window %r" % (stored, after))
    element = [e for f in report["frameworks"] for e in f["elements"] if e["id"] == LINK[1]][0]
    if LINK[0] not in json.dumps(element["covered_by"]):
        raise Failure("%s is not covered by %s in the file: %r" % (LINK[1], LINK[0], element))


def lint_gap(session):
    started = time.monotonic()
    ws = session.path("sample.azqf")
    session.azqf("init", ws, "--sample")
    code, out = session.azqf("gap", ws, CODE, "--json")
    initial = sorted(g["element"] for g in json.loads(out)["gaps"]
                     if g["rule"] == "gap.element-uncovered")

    app = session.start(ws)
    find(app, "filler", re.compile(re.escape(CODE))).click()
    fix_vague_verb(session, app)
    before, after = confirm_link(session, app)
    if before != initial:
        raise Failure("the window lists %r uncovered, azqf gap %r" % (before, initial))
    wait_saved(app)
    session.quit()
    check_stored(session, ws, before, after)
    log("scenario took %.1f s" % (time.monotonic() - started))


if __name__ == "__main__":
    run(lint_gap)
