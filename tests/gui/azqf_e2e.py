# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end tests of azqf-studio through the accessibility tree.

Each scenario runs the real editor on a temporary workspace inside the
display the test runner gives it (xvfb-run in .ci/run), with its own D-Bus
session bus and accessibility bus, as ../shared/design/gui-testing.md
describes, and finds widgets by role and accessible name as a screen reader
would. Every wait has a timeout; every process started is stopped by its PID.

Run with Debian's /usr/bin/python3: pyatspi and dogtail are Debian packages.
Environment (set by tests/meson.build): AZQF_STUDIO, AZQF_CLI,
GSETTINGS_SCHEMA_DIR, AZQF_LOCALEDIR.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

DEFAULT_TIMEOUT = 20.0

# The test runner's G_DEBUG=fatal-warnings is for our code; pyatspi's own
# GLib warns about windows that vanish while it reads them. Dropped before
# GLib is loaded (dogtail is imported lazily).
os.environ.pop("G_DEBUG", None)


# Warnings that the test's own requests cause, not the app: GTK 4.8 warns
# when an AT-SPI client asks for screen coordinates (dogtail's click()).
KNOWN_TEST_WARNINGS = ("Screen coordinates not supported",)


def log(*args):
    print("#", *args, flush=True)


class Failure(Exception):
    pass


def wait_for(what, predicate, timeout=DEFAULT_TIMEOUT, interval=0.1):
    """Calls predicate until it returns a true value, which is returned;
    raises Failure naming what after timeout seconds."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as error:  # the tree changes under our feet
            last_error = error
        time.sleep(interval)
    raise Failure("timed out after %.0f s waiting for %s%s"
                  % (timeout, what, " (%s)" % last_error if last_error else ""))


class Session:
    """A session bus, an accessibility bus and one azqf-studio process."""

    def __init__(self, language=None, file_chooser=False):
        if not os.environ.get("DISPLAY"):
            print("1..0 # SKIP no display (run under xvfb-run)")
            sys.exit(0)  # TAP: "1..0 # SKIP" skips the whole test
        self.tmp = tempfile.mkdtemp(prefix="azqf-e2e-")
        self.language = language
        self.bus_pid = None
        self.atspi = None
        self.app = None
        self.node = None
        self.env = dict(os.environ)
        self.env.update({
            "GSETTINGS_BACKEND": "memory",
            "XDG_DATA_HOME": os.path.join(self.tmp, "data"),
            "XDG_CONFIG_HOME": os.path.join(self.tmp, "config"),
            "XDG_CACHE_HOME": os.path.join(self.tmp, "cache"),
            "GTK_A11Y": "atspi",
            "NO_AT_BRIDGE": "0",
            # type_text types letters outside the keyboard layout with
            # GTK's own input method (Ctrl+Shift+U and the code point).
            "GTK_IM_MODULE": "gtk-im-context-simple",
        })
        self.env.pop("G_DEBUG", None)
        if "ASAN_OPTIONS" in self.env:
            self._sanitize_leaks(file_chooser)
        if language:
            self.env["LANGUAGE"] = language
        self.cli = os.environ["AZQF_CLI"]
        self.studio = os.environ["AZQF_STUDIO"]

    def _sanitize_leaks(self, file_chooser):
        """In a sanitized build, gives the editor LeakSanitizer's whole
        stacks and the suppressions of tests/gui/lsan-e2e.supp after those
        of LSAN_OPTIONS (system libraries' leaks that only a whole session
        reaches). A scenario that opens GTK 4.8's file chooser runs the
        editor without the leak check (AddressSanitizer's other checks stay
        on): besides what lsan-e2e.supp lists, the GtkFileChooserDialog
        leaks the GFileInfos of its folder enumeration thread, two
        GDateTimes and a list node, in static functions of GIO and GTK that
        no suppression can single out without hiding our own leaks."""
        if file_chooser:
            self.env["ASAN_OPTIONS"] += ":detect_leaks=0"
            return
        # The slow unwinder costs much time per allocation: a few frames
        # reach _dl_init and still show where a leak of ours comes from.
        self.env["ASAN_OPTIONS"] += ":fast_unwind_on_malloc=0:malloc_context_size=10"
        options = self.env.get("LSAN_OPTIONS", "")
        match = re.search(r"(?:^|:)suppressions=([^:]*)", options)
        files = [match.group(1)] if match else []
        files.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lsan-e2e.supp"))
        merged = os.path.join(self.tmp, "lsan.supp")
        with open(merged, "w") as out:
            for name in files:
                with open(name) as f:
                    out.write(f.read() + "\n")
        options = re.sub(r"(?:^|:)suppressions=[^:]*", "", options)
        self.env["LSAN_OPTIONS"] = "suppressions=%s%s%s" % (merged, ":" if options else "",
                                                           options.lstrip(":"))

    def path(self, name):
        return os.path.join(self.tmp, name)

    def start_buses(self):
        out = subprocess.run(["dbus-launch", "--sh-syntax"], capture_output=True,
                             text=True, check=True, env=self.env).stdout
        for key, value in re.findall(r"^(\w+)='?([^';]*)'?;", out, re.M):
            self.env[key] = value
            os.environ[key] = value
        self.bus_pid = int(self.env["DBUS_SESSION_BUS_PID"])
        self.atspi = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                      env=self.env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
        time.sleep(0.5)

    def start(self, *args):
        """Starts the editor with args and returns its accessible node."""
        if self.bus_pid is None:
            self.start_buses()
        from dogtail.config import config
        config.checkForA11y = False
        config.searchCutoffCount = 3
        config.searchBackoffDuration = 0.2
        config.actionDelay = 0.2
        config.defaultDelay = 0.1  # after each key combination (press)
        config.typingDelay = 0.005
        config.logDebugToFile = False
        config.childrenLimit = 10000  # an outcomes page has more than 100 nodes
        from dogtail import tree

        self.app_log = open(self.path("app.log"), "w")
        self.app = subprocess.Popen([self.studio, *args], env=self.env,
                                    stdout=self.app_log, stderr=subprocess.STDOUT)
        self.node = wait_for("azqf-studio on the accessibility bus",
                             lambda: self._find_app(tree), timeout=30)
        return self.node

    @staticmethod
    def _find_app(tree):
        for app in tree.root.applications():
            if app.name == "azqf-studio":
                return app
        return None

    def quit(self, timeout=15):
        """Quits the editor with Ctrl+Q as a user would, and waits for it."""
        if self.app is None:
            return
        press("<Control>q")
        try:
            self.app.wait(timeout)
        except subprocess.TimeoutExpired:
            raise Failure("azqf-studio did not quit within %d s" % timeout)
        finally:
            self.app_log.close()
        code = self.app.returncode
        self.app = None
        if code != 0:
            raise Failure("azqf-studio exited with %d; log:\n%s" % (code, self.read_log()))
        # A GTK or GLib warning is a bug even when the window looks right.
        problems = [line for line in self.read_log().splitlines()
                    if re.search(r"-(CRITICAL|WARNING) \*\*", line)
                    and not any(known in line for known in KNOWN_TEST_WARNINGS)]
        if problems:
            raise Failure("azqf-studio logged warnings:\n" + "\n".join(problems))

    def read_log(self):
        with open(self.path("app.log"), errors="replace") as f:
            return f.read()

    def stop(self):
        for proc in (self.app, self.atspi):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
        if self.bus_pid:
            try:
                os.kill(self.bus_pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        shutil.rmtree(self.tmp, ignore_errors=True)

    def azqf(self, *args, check=True):
        """Runs the azqf CLI; returns (exit code, stdout)."""
        proc = subprocess.run([self.cli, *args], capture_output=True, text=True, env=self.env)
        if check and proc.returncode not in (0, 1):
            raise Failure("azqf %s failed (%d): %s" % (" ".join(args), proc.returncode, proc.stderr))
        return proc.returncode, proc.stdout


def accessible_name(node):
    """The name a screen reader says. GTK 4.8 names a button with a text
    label "LABEL LABEL" (its label property with the mnemonic underscore,
    then the label child's text); this returns "LABEL" for those."""
    name = (node.name or "").replace("_", "")
    half = len(name) // 2
    if len(name) % 2 == 1 and name[:half] == name[half + 1:] and name[half] == " ":
        return name[:half]
    return name


def text_of(node):
    """What a row says: its name, or (GTK 4.8 list items have no name) the
    names of the labels and named widgets inside it, joined with spaces."""
    if node.name:
        return accessible_name(node)
    parts = []
    for child in node.findChildren(lambda n: n.roleName == "label" or
                                   (n.roleName not in ("panel", "filler") and n.name),
                                   recursive=True):
        if child.name and child.name not in parts:
            parts.append(accessible_name(child))
    return " ".join(parts)


def labels_in(node):
    """The texts of the labels inside node, in order: what a combo box or a
    drop-down shows as its value, for one."""
    return [child.name for child in node.findChildren(lambda n: n.roleName == "label",
                                                      recursive=True)]


def is_showing(node):
    """GTK 4.8 never sets the SHOWING state; a widget that is not on screen
    has no size there."""
    try:
        width, height = node.size
    except Exception:
        return False
    return width > 0 and height > 0


def _matches(node, role, name):
    if role is not None and node.roleName != role:
        return False
    if name is None:
        return True
    if isinstance(name, re.Pattern):
        return name.search(accessible_name(node)) is not None
    return accessible_name(node) == name


def find_all(root, role=None, name=None, showing=True):
    """Every descendant with that role and name (a string, or a compiled
    regular expression); only those on screen unless showing is False."""
    def pred(node):
        if not _matches(node, role, name):
            return False
        return not showing or is_showing(node)

    return root.findChildren(lambda n: pred(n), recursive=True)


def find(root, role=None, name=None, timeout=DEFAULT_TIMEOUT, showing=True):
    """The first showing descendant with that role and name; waits for it."""
    what = "%s %r" % (role or "node", name.pattern if isinstance(name, re.Pattern) else name)
    return wait_for(what, lambda: (find_all(root, role, name, showing) or [None])[0], timeout)


def gone(root, role=None, name=None, timeout=DEFAULT_TIMEOUT):
    what = "%s %r to go away" % (role or "node", name)
    wait_for(what, lambda: not find_all(root, role, name), timeout)


def click(node):
    """Activates a button, menu item, check box or row through its AT-SPI action."""
    for action in ("click", "activate", "press", "toggle"):
        if action in node.actions:
            node.doActionNamed(action)
            return
    raise Failure("%s %r has no click action (has %s)" % (node.roleName, node.name, list(node.actions)))


def focus(node):
    """Moves the keyboard focus to node: through AT-SPI where GTK supports
    it, else by clicking its middle as a user would."""
    if node.focused:
        return
    try:
        node.grabFocus()
    except Exception:
        pass
    if not node.focused:
        scroll_into_view(node)
        node.click()
    wait_for("focus on %r" % node.name, lambda: node.focused, timeout=5)


def scroll_into_view(node, steps=60):
    """Turns the mouse wheel over the scrolled window holding node until node
    is inside it, so that a click reaches it. (GTK 4.8 reports positions
    relative to the window, which Xvfb without a window manager puts at the
    top left corner: they are the screen's.)"""
    import pyatspi
    pane = node.parent
    while pane is not None and pane.roleName != "scroll pane":
        pane = pane.parent
    if pane is None:
        return
    for _ in range(steps):
        (px, py), (pw, ph) = pane.position, pane.size
        (x, y), (w, h) = node.position, node.size
        if y < py:
            button = 4  # wheel up
        elif y + min(h, ph) > py + ph:
            button = 5  # wheel down
        else:
            return
        pyatspi.Registry.generateMouseEvent(px + pw // 2, py + ph // 2, "b%dc" % button)
        time.sleep(0.05)
    raise Failure("could not scroll %r into view" % node.name)


def press(keys):
    """A key combination in GTK accelerator syntax: "<Control>z", "Return"."""
    from dogtail import rawinput
    rawinput.keyCombo(keys)
    time.sleep(0.1)


def type_keys(text):
    """Types text on the keyboard, into whatever has the focus. A letter
    outside the US layout (ə, ş, İ …) is typed as a user without an
    Azerbaijani layout would: Ctrl+Shift+U, its code point in hex, space.
    (Typed by its keysym instead, AT-SPI remaps a spare keycode just before
    pressing it, and the editor, which has not seen the new mapping yet,
    sometimes drops or swaps the letter: "sexində" came out "sexind".)"""
    from dogtail import rawinput
    from dogtail.config import config
    import pyatspi

    def key(name, kind=pyatspi.KEY_PRESSRELEASE):
        pyatspi.Registry.generateKeyboardEvent(rawinput.keyNameToKeyCode(name), None, kind)

    def keysym(char):
        pyatspi.Registry.generateKeyboardEvent(rawinput.keyNameToKeySym(char), None,
                                               pyatspi.KEY_SYM)

    for char in text:
        if char.isascii():
            keysym(char)
        else:
            key("Control_L", pyatspi.KEY_PRESS)
            key("Shift_L", pyatspi.KEY_PRESS)
            key("u")
            key("Shift_L", pyatspi.KEY_RELEASE)
            key("Control_L", pyatspi.KEY_RELEASE)
            for digit in "%x" % ord(char):
                keysym(digit)
            keysym(" ")
        time.sleep(config.typingDelay)
    time.sleep(0.2)


def type_text(node, text):
    """Moves the focus to node and types text there, as a user would."""
    focus(node)
    type_keys(text)


def replace_text(node, text):
    """Selects all the text of node and types text over it."""
    focus(node)
    press("<Control>a")
    type_text(node, text)


def type_in_row(row, text):
    """Types text into an AdwEntryRow (role "text"). libadwaita 1.2 exposes
    neither the focus nor the text of the entry inside the row, so this
    clicks the row, which focuses its entry, and the caller checks the
    result elsewhere (in the workspace, or where the window shows it)."""
    row.click()
    time.sleep(0.2)
    type_keys(text)


def open_menu_item(root, name, menu="Main Menu"):
    """Opens the menu button named menu and activates its item name."""
    buttons = [b for b in find_all(root, "push button", menu) if "click" in b.actions]
    if not buttons:
        raise Failure("no %r button" % menu)
    # A hidden page keeps its old size in GTK 4.8: the last one found is the
    # one in the page shown now (the welcome page comes first).
    click(buttons[-1])
    click(find(root, "menu item", name))


def choose_file(root, title, path, timeout=DEFAULT_TIMEOUT):
    """Answers the file chooser titled title with path, from the keyboard:
    the name entry of a save dialog, the location entry (Ctrl+L) of an
    open one. Under Xvfb without a portal, GtkFileChooserNative shows a
    GtkFileChooserDialog."""
    dialog = find(root, "filler", title, timeout=timeout)
    if not find_all(dialog, "text", "Name:"):
        press("<Control>l")
    press("<Control>a")
    type_keys(path)
    press("Return")
    wait_for("the file chooser %r to close" % title,
             lambda: not find_all(root, "filler", title, showing=False), timeout)


def wait_saved(root, timeout=DEFAULT_TIMEOUT):
    """Waits for the standard page's indicator to say "Saved"."""
    time.sleep(0.5)  # the document saves 400 ms after the last change
    find(root, "label", "Saved", timeout=timeout)


def screenshot(session, name, window=None):
    """A screenshot into the test's folder (or AZQF_SCREENSHOT_DIR when set),
    for people to look at: of window (a frame node, which Xvfb without a
    window manager puts at the top left corner), else of the whole screen."""
    folder = os.environ.get("AZQF_SCREENSHOT_DIR") or session.tmp
    out = os.path.join(folder, name)
    crop = []
    if window is not None:
        # The X window is larger than the frame by the margins GTK keeps
        # around it for the shadows; the frame is in its middle.
        width, height = window.size
        tree = subprocess.run(["xwininfo", "-root", "-children"], capture_output=True,
                              text=True, env=session.env).stdout
        match = re.search(r'^\s*0x[0-9a-f]+ "%s":.*?(\d+)x(\d+)\+(-?\d+)\+(-?\d+)'
                          % re.escape(window.name), tree, re.M)
        if match:
            x_width, x_height, x, y = map(int, match.groups())
            crop = ["-crop", "%dx%d+%d+%d" % (width, height, x + (x_width - width) // 2,
                                              y + (x_height - height) // 2), "+repage"]
    subprocess.run(["import", "-window", "root", *crop, out], check=False, env=session.env)
    return out


def run(scenario, language=None, file_chooser=False):
    """Runs scenario(session) as one TAP test and exits with its status;
    file_chooser says that it opens a file chooser (see Session)."""
    session = Session(language, file_chooser)
    # dogtail reports its clicks on stdout; only TAP goes there.
    tap = sys.stdout
    sys.stdout = sys.stderr
    print("1..1", file=tap, flush=True)
    status = 0
    try:
        scenario(session)
        print("ok 1 - %s" % scenario.__name__, file=tap, flush=True)
    except Exception as error:
        status = 1
        # TAP has one line per result: the rest of the message (an app's log)
        # goes to stderr.
        first, _, rest = str(error).partition("\n")
        print("not ok 1 - %s: %s" % (scenario.__name__, first), file=tap, flush=True)
        if rest:
            print(rest, file=sys.stderr, flush=True)
        try:
            shot = screenshot(session, "failure.png")
            keep = os.path.join(os.environ.get("MESON_BUILD_ROOT", tempfile.gettempdir()),
                                "e2e-%s-failure.png" % scenario.__name__)
            shutil.copy(shot, keep)
            log("screenshot at", keep)
            log("app log:\n" + session.read_log())
        except Exception:
            pass
    finally:
        session.stop()
    sys.exit(status)
