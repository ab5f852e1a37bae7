#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An editor exports the sample workspace to register XML from the menu
(the file validates), edits an outcome and takes the edit back with
Ctrl+Z, quits and reopens to find the workspace as it was, then imports
the exported file into a new, empty workspace from the window after
reading the import's summary; the workspace files agree."""

import json
import os
import re
import time

from azqf_e2e import (Failure, choose_file, click, find, find_all, focus, labels_in, log,
                      open_menu_item, press, run, text_of, type_keys, wait_for, wait_saved)

CODE = "KS-5120-04-01"
OUTCOME = "U1.K1"
ADDED = " Əlavə mətn, sonra geri alınır."


def standards(session, ws):
    """Every standard of ws as azqf show prints it, by code, without the
    time of the last change."""
    code, out = session.azqf("list", ws, "--json")
    result = {}
    for entry in json.loads(out)["standards"]:
        code, out = session.azqf("show", ws, entry["code"], "--json")
        standard = json.loads(out)
        standard.pop("modified", None)
        result[entry["code"]] = standard
    return result


def stored_text(session, ws):
    code, out = session.azqf("show", ws, CODE, "--json")
    return [o for u in json.loads(out)["units"] for o in u["outcomes"]
            if o["code"] == OUTCOME][0]["text"]["az"]


def outcome_text(app):
    """The Azerbaijani text view of OUTCOME, found anew: undo rebuilds the page."""
    row = find(app, "list item", "Outcome " + OUTCOME)
    return find(row, "text", "Outcome %s, Azerbaijani text" % OUTCOME)


def sidebar_items(frame):
    return [text_of(item) for item in find_all(find(frame, "list", "Standards"), "list item")]


def export(session, app, frame, xml):
    open_menu_item(frame, "Export Workspace to Register XML…")
    choose_file(app, "Export Workspace", xml)
    wait_for("a valid %s" % xml, lambda: os.path.exists(xml) and
             session.azqf("validate", xml, check=False)[0] == 0, timeout=10)


def edit_and_undo(session, app, ws):
    find(app, "filler", re.compile(re.escape(CODE))).click()
    click(find(app, "page tab", "Outcomes"))
    view = outcome_text(app)
    original = view.text
    focus(view)
    press("<Control>End")
    type_keys(ADDED)
    wait_for("the added words on screen", lambda: view.text == original + ADDED)
    wait_saved(app)
    # Saved means in the file: another program reads it there.
    wait_for("the edit in the workspace file",
             lambda: stored_text(session, ws) == original + ADDED, timeout=5)

    press("<Control>z")
    wait_for("the outcome's text back after Ctrl+Z", lambda: outcome_text(app).text == original)
    wait_saved(app)
    wait_for("the text back in the workspace file",
             lambda: stored_text(session, ws) == original, timeout=5)
    return original


def import_into_new(session, app, window, xml, new_ws, expected_codes):
    open_menu_item(window, "New Workspace…")
    choose_file(app, "New Workspace", new_ws)
    # The new workspace opens in a window of its own.
    frame = find(app, "frame", os.path.basename(new_ws))
    find(frame, "label", "No Standards")

    open_menu_item(frame, "Import from Register XML…")
    choose_file(app, "Import from Register XML", xml)
    dialog = find(app, "frame", "Import Standards")
    summary = "The file holds 3 standards: 3 to add."
    if not any(summary in label for label in labels_in(dialog)):
        raise Failure("the import's summary says %r" % labels_in(dialog))
    listed = sorted(item.name.split(",")[0]
                    for item in find_all(find(dialog, "list", "Standards in the file"), "list item")
                    if "Will be added" in item.name)
    if listed != expected_codes:
        raise Failure("the summary lists %r to add, not %r" % (listed, expected_codes))
    click(find(dialog, "push button", "Import"))
    wait_for("the import dialog to close",
             lambda: not find_all(app, "frame", "Import Standards", showing=False))
    wait_for("three standards in the new workspace's list",
             lambda: len(sidebar_items(frame)) == 3 or None)
    items = sidebar_items(frame)
    if not all(any(code in item for item in items) for code in expected_codes):
        raise Failure("the new workspace lists %r" % items)


def export_reopen(session):
    started = time.monotonic()
    ws = session.path("sample.azqf")
    xml = session.path("sample.xml")
    new_ws = session.path("imported.azqf")
    session.azqf("init", ws, "--sample")
    before = standards(session, ws)
    codes = sorted(before)

    app = session.start(ws)
    frame = find(app, "frame", "sample.azqf")
    export(session, app, frame, xml)
    code, out = session.azqf("validate", xml)
    log("azqf validate:", code, out.strip())

    original = edit_and_undo(session, app, ws)
    session.quit()
    after = standards(session, ws)
    if after != before:
        changed = [c for c in codes if before.get(c) != after.get(c)]
        raise Failure("after the edit and its undo, %r differ from the sample" % changed)

    # Reopened: every standard is there, the outcome as it was.
    app = session.start(ws)
    frame = find(app, "frame", "sample.azqf")
    wait_for("three standards after reopening", lambda: len(sidebar_items(frame)) == 3 or None)
    find(frame, "filler", re.compile(re.escape(CODE))).click()
    click(find(frame, "page tab", "Outcomes"))
    wait_for("the outcome's text after reopening", lambda: outcome_text(frame).text == original)

    import_into_new(session, app, frame, xml, new_ws, codes)
    session.quit()

    code, out = session.azqf("list", new_ws, "--json")
    imported = sorted(s["code"] for s in json.loads(out)["standards"])
    if imported != codes:
        raise Failure("azqf list on the new workspace: %r, not %r" % (imported, codes))
    copies = standards(session, new_ws)
    for c in codes:
        for key in ("uuid", "version", "title", "units"):
            if copies[c].get(key) != before[c].get(key):
                raise Failure("the imported %s differs in %s" % (c, key))
    log("scenario took %.1f s" % (time.monotonic() - started))


if __name__ == "__main__":
    run(export_reopen, file_chooser=True)
