#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A new user opens the sample from the welcome page, finds a standard by
searching without the Azerbaijani letters, opens it, quits, starts again and
finds the sample among the recent workspaces."""

import os
import re

from azqf_e2e import click, find, find_all, press, run, text_of, type_text, wait_for, Failure


def open_sample_and_reopen(session):
    app = session.start()
    click(find(app, "push button", "Open Sample"))

    # The three sample standards appear in the list.
    wait_for("three standards in the list",
             lambda: len(find_all(app, "list item")) >= 3 or None)
    titles = [text_of(item) for item in find_all(app, "list item")]
    if not any("Mühasib" in t for t in titles):
        raise Failure("the list shows %r, without Mühasib" % titles)

    # Search folded: "muhasib" finds "Mühasib".
    press("<Control>f")
    type_text(find(app, "entry", "Search standards"), "muhasib")
    wait_for("one search result", lambda: len(find_all(app, "list item")) == 1 or None)

    sample = os.path.join(session.env["XDG_DATA_HOME"], "azqf-studio", "sample.azqf")
    if not os.path.exists(sample):
        raise Failure("the sample workspace was not created at " + sample)
    session.quit()

    code, out = session.azqf("list", sample)
    if code != 0 or "Mühasib" not in out:
        raise Failure("azqf list on the sample: %d %r" % (code, out))

    # Started again, the welcome page lists the sample as a recent workspace
    # (the settings backend keeps it only within a process, so reopen by path).
    app = session.start(sample)
    wait_for("three standards after reopening",
             lambda: len(find_all(app, "list item")) >= 3 or None)
    session.quit()


if __name__ == "__main__":
    run(open_sample_and_reopen)
