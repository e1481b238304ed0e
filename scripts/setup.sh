# Sourced by scripts/run and scripts/test: everything the project needs on a fresh Debian/Ubuntu
# machine, installed only when missing, so a second run costs a second or two.
#   1. Debian packages (speech, audio, Qt's xcb libraries; for tests also the virtual screen and
#      the accessibility bus) — installed when we are root or have password-less sudo; otherwise
#      the exact command is printed and we go on (the app still runs, without what is missing).
#   2. A virtualenv in .venv with the project and its Python dependencies (pyproject.toml),
#      refreshed when pyproject.toml changes.
#   3. Once, on a terminal (not for tests): the offer to add the app to the applications menu
#      and to the file manager's "Open with" (reader --install-desktop).
# SETUP_PROFILE=test adds the test-only packages. READER_SKIP_APT=1 skips step 1.
set -u
PROJECT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="${READER_VENV:-$PROJECT_DIR/.venv}"

# Runtime: espeak-ng (speech), PulseAudio client (Qt Multimedia playback), Qt's xcb platform,
# OpenDyslexic (a reading font; the others come from PyPI).
APT_RUNTIME="libespeak-ng1 espeak-ng-data libpulse0 libegl1 libgl1 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core fonts-opendyslexic"
# Tests: a virtual screen with a window manager, D-Bus and the AT-SPI bus; a PulseAudio server;
# the accessibility tests' tree walker (the system python3's pyatspi) and the Orca screen reader;
# the validators of the desktop entry and the AppStream metainfo.
APT_TEST="xvfb xauth openbox dbus-x11 at-spi2-core xdotool pulseaudio pulseaudio-utils sox
  python3 python3-pyatspi gir1.2-atspi-2.0 orca desktop-file-utils appstream"

say() { echo "setup: $*" >&2; }

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

install_debian_packages() {
  [ "${READER_SKIP_APT:-0}" = 1 ] && return 0
  command -v dpkg-query >/dev/null || { say "not a Debian/Ubuntu system: install espeak-ng, PulseAudio and Qt's xcb libraries yourself"; return 0; }
  local wanted=$APT_RUNTIME
  [ "${SETUP_PROFILE:-run}" = test ] && wanted="$wanted $APT_TEST"
  local missing
  missing=$(missing_packages $wanted | tr '\n' ' ')
  [ -z "${missing// /}" ] && return 0
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      say "these Debian packages are missing and I cannot install them without root:"
      say "  sudo apt-get install -y $missing"
      say "going on without them (speech or the window may not work until they are installed)"
      return 0
    fi
  fi
  say "installing Debian packages: $missing"
  export DEBIAN_FRONTEND=noninteractive
  # Package lists may be absent on a fresh machine: update once, then install.
  if ! $sudo apt-get install -y -q --no-install-recommends $missing >/tmp/reader-apt.log 2>&1; then
    $sudo apt-get update -q >>/tmp/reader-apt.log 2>&1
    $sudo apt-get install -y -q --no-install-recommends $missing >>/tmp/reader-apt.log 2>&1 \
      || { say "apt-get could not install some packages (see /tmp/reader-apt.log); going on"; return 0; }
  fi
}

find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    command -v "$candidate" >/dev/null || continue
    "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo "$candidate"; return 0; }
  done
  return 1
}

make_virtualenv() {
  local python stamp want
  if [ ! -x "$VENV/bin/python" ]; then
    python=$(find_python) || { say "Python 3.11 or newer is needed (apt-get install python3 python3-venv)"; return 1; }
    say "creating the virtualenv $VENV with $python"
    "$python" -m venv "$VENV" || { say "could not create a virtualenv (apt-get install python3-venv)"; return 1; }
  fi
  stamp="$VENV/.installed"
  want=$(cat "$PROJECT_DIR/pyproject.toml" | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing the Python dependencies (pyproject.toml)"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1
    # pip's build chatter goes to a log; it is shown only if the install fails.
    "$VENV/bin/python" -m pip install -q -e "$PROJECT_DIR[test]" >"$VENV/pip.log" 2>&1 \
      || { cat "$VENV/pip.log" >&2; say "pip could not install the dependencies (see above)"; return 1; }
    echo "$want" >"$stamp"
  fi
}

offer_desktop_install() {
  local asked="$VENV/.desktop-offered" answer
  # Only a person at a desktop session is asked, and only once.
  [ "${SETUP_PROFILE:-run}" = run ] && [ -t 0 ] && [ ! -e "$asked" ] \
    && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || return 0
  touch "$asked"
  read -r -p "setup: add Accessible Reader to the applications menu and to \"Open with\"? [y/N] " answer
  case "$answer" in
    [yYoOjJsS]*) "$VENV/bin/reader" --install-desktop || say "the desktop install failed; going on" ;;
    *) say "later, if you want it: $VENV/bin/reader --install-desktop" ;;
  esac
}

install_debian_packages
make_virtualenv && offer_desktop_install
