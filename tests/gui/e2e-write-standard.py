#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An author creates a new workspace from the welcome page, writes a
qualification standard at level 4 from scratch in Azerbaijani and English,
typed from the keyboard with the Azerbaijani letters, sees the linter flag
the vague verb of one outcome, quits, and finds everything in the
workspace file and, reopened, in the window."""

import json
import re
import time

from azqf_e2e import (Failure, choose_file, click, find, find_all, focus, labels_in, log, press, run,
                      screenshot, text_of, type_in_row, type_text, wait_for, wait_saved)

CODE = "KS-7512-04-01"
TITLE = {"az": "Çörəkçi", "en": "Baker"}
UNIT_TITLE = {"az": "Xəmirin hazırlanması", "en": "Making dough"}
# One outcome per domain; the knowledge outcome uses the vague verbs the
# linter must flag ("bilir", "Knows"), the others are written well.
OUTCOMES = [
    ("U1.1", None, "knowledge",
     "Un növlərini və onların keyfiyyət göstəricilərini bilir.",
     "Knows the types of flour and their quality indicators."),
    ("U1.2", "Skills", "skills",
     "Reseptura üzrə xəmiri düzgün nisbətlərdə yoğurur.",
     "Kneads dough in the right proportions following the recipe."),
    ("U1.3", "Autonomy and responsibility", "autonomy_responsibility",
     "İstehsal sexində gigiyena qaydalarına əməl olunmasına görə məsuliyyət daşıyır.",
     "Takes responsibility for following the hygiene rules in the bakery."),
]
DOMAIN_ORDER = ["Knowledge and understanding", "Skills", "Autonomy and responsibility"]
VAGUE = {"az": "“bilir” is a vague verb", "en": "“Knows” is a vague verb"}


def badges(row, message):
    """The lint badges of an outcome's row whose finding starts with message."""
    return find_all(row, "push button", re.compile("^Lint finding: " + re.escape(message)))


def create_standard(app):
    click(find(app, "push button", "New Standard"))
    dialog = find(app, "filler", "New Standard")
    # The kind from the keyboard: the combo row's popover lists the kinds.
    find(dialog, "combo box", "Kind").click()
    time.sleep(0.5)
    press("Down")
    press("Down")
    press("Return")
    wait_for("the kind Qualification standard",
             lambda: "Qualification standard" in labels_in(find(dialog, "combo box", "Kind")))
    level = find(dialog, "spin button", "AzQF Level")
    if level.queryValue().currentValue != 4:
        # The dialog proposes level 4; set it from the keyboard otherwise.
        focus(level)
        press("<Control>a")
        type_text(level, "4")
    type_in_row(find(dialog, "text", "Code"), CODE)
    type_in_row(find(dialog, "text", "Title in Azerbaijani"), TITLE["az"])
    type_in_row(find(dialog, "text", "Title in English"), TITLE["en"])
    click(find(dialog, "push button", "Create"))
    wait_for("the dialog to close",
             lambda: not find_all(app, "filler", "New Standard", showing=False) or None)


def write_outcomes(app):
    """Writes the unit and its outcomes; returns the outcomes' rows."""
    click(find(app, "page tab", "Outcomes"))
    click(find(app, "push button", "Add Unit"))
    unit = find(app, "list", "Outcomes of unit U1", showing=False).parent
    type_text(find(unit, "text", "Unit U1, Azerbaijani title"), UNIT_TITLE["az"])
    type_text(find(unit, "text", "Unit U1, English title"), UNIT_TITLE["en"])

    add = find(unit, "push button", re.compile("^Add Outcome to Unit U1"))
    rows = {}
    for code, domain, _, text_az, text_en in OUTCOMES:
        click(add)
        row = rows[code] = find(unit, "list item", "Outcome " + code)
        if domain is not None:
            dropdown = find(row, "combo box", "Domain of outcome " + code)
            click(find(dropdown, "push button"))
            time.sleep(0.5)
            # The list opens on the current domain (the first, Knowledge).
            for _ in range(DOMAIN_ORDER.index(domain)):
                press("Down")
            press("Return")
            wait_for("%s in the domain of %s" % (domain, code),
                     lambda: domain in labels_in(dropdown))
        az = find(row, "text", "Outcome %s, Azerbaijani text" % code)
        en = find(row, "text", "Outcome %s, English text" % code)
        type_text(az, text_az)
        type_text(en, text_en)
        wait_for("the texts of %s on screen" % code,
                 lambda: az.text == text_az and en.text == text_en)
    return rows


def check_stored(session, ws):
    code, out = session.azqf("show", ws, CODE, "--json")
    if code != 0:
        raise Failure("azqf show %s: exit %d" % (CODE, code))
    standard = json.loads(out)
    expected = {"kind": "qualification", "azqf_level": 4, "title": TITLE, "status": "draft"}
    for key, value in expected.items():
        if standard.get(key) != value:
            raise Failure("stored %s is %r, not %r" % (key, standard.get(key), value))
    units = standard.get("units", [])
    if len(units) != 1 or units[0]["code"] != "U1" or units[0]["title"] != UNIT_TITLE:
        raise Failure("stored units: %r" % units)
    stored = [(o["code"], o["domain"], o["text"]) for o in units[0]["outcomes"]]
    wanted = [(c, d, {"az": az, "en": en}) for c, _, d, az, en in OUTCOMES]
    if stored != wanted:
        raise Failure("stored outcomes:\n%r\nnot\n%r" % (stored, wanted))

    code, out = session.azqf("lint", ws, CODE, "--json")
    findings = [(f["outcome"], f["rule"], f["lang"]) for f in json.loads(out)["findings"]
                if f["severity"] != "note"]
    log("lint:", findings)
    for lang in ("az", "en"):
        if ("U1.1", "lint.vague-verb", lang) not in findings:
            raise Failure("azqf lint does not flag the vague verb of U1.1 (%s): %r" % (lang, findings))
    if any(f[0] in ("U1.2", "U1.3") and f[1] == "lint.vague-verb" for f in findings):
        raise Failure("azqf lint flags a vague verb in a well written outcome: %r" % findings)


def write_standard(session):
    started = time.monotonic()
    app = session.start()
    find(app, "label", "Welcome to AzQF Studio")
    screenshot(session, "welcome.png", app[0])

    # A new workspace, named in the file chooser as a user would type it.
    ws = session.path("bakery.azqf")
    click(find(app, "push button", "New Workspace…"))
    choose_file(app, "New Workspace", ws)
    find(app, "label", "bakery.azqf")

    create_standard(app)
    # The new standard is in the sidebar and open.
    wait_for("the new standard in the list",
             lambda: any(CODE in text_of(i) and TITLE["az"] in text_of(i)
                         for i in find_all(app, "list item")))

    rows = write_outcomes(app)
    for lang in ("az", "en"):
        wait_for("the vague-verb badge of U1.1 (%s)" % lang,
                 lambda: badges(rows["U1.1"], VAGUE[lang]))
    for code in ("U1.2", "U1.3"):
        if badges(rows[code], "“"):
            raise Failure("a verb badge on the well written outcome %s" % code)
    wait_saved(app)
    log("written in %.1f s" % (time.monotonic() - started))
    session.quit()

    check_stored(session, ws)

    # Reopened, the window shows the standard as it was written.
    app = session.start(ws)
    find(app, "filler", re.compile(re.escape(CODE))).click()
    click(find(app, "page tab", "Outcomes"))
    unit = find(app, "list", "Outcomes of unit U1", showing=False).parent
    for code, _, _, text_az, text_en in OUTCOMES:
        row = find(unit, "list item", "Outcome " + code)
        az = find(row, "text", "Outcome %s, Azerbaijani text" % code)
        en = find(row, "text", "Outcome %s, English text" % code)
        wait_for("the texts of %s after reopening" % code,
                 lambda: az.text == text_az and en.text == text_en)
    wait_for("the vague-verb badge after reopening", lambda: badges(find(unit, "list item", "Outcome U1.1"), VAGUE["az"]))
    session.quit()
    log("scenario took %.1f s" % (time.monotonic() - started))


if __name__ == "__main__":
    run(write_standard, file_chooser=True)
