#!/bin/sh
# Install Röstkiosk as a locked-down kiosk on a Debian/Ubuntu machine. Idempotent: running it
# again changes nothing that is already right. Usage (as root):
#   packaging/linux/install.sh BUNDLE_DIR     (the PyInstaller one-dir bundle, see README)
# Options through the environment: ROSTKIOSK_PREFIX (default /opt/rostkiosk),
# ROSTKIOSK_NO_APT=1 (do not install cage and friends), ROSTKIOSK_ROOT (install into a folder
# instead of /, for tests).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-}
root=${ROSTKIOSK_ROOT:-}
prefix=${ROSTKIOSK_PREFIX:-/opt/rostkiosk}

if [ -z "$root" ] && [ "$(id -u)" != 0 ]; then
  echo "install.sh: run as root (or set ROSTKIOSK_ROOT for a test install)" >&2
  exit 2
fi
if [ -n "$bundle" ] && [ ! -x "$bundle/kiosk" ]; then
  echo "install.sh: $bundle does not look like a Röstkiosk bundle (no kiosk executable)" >&2
  exit 2
fi

install_file() { # MODE SOURCE TARGET: copy only when different
  mkdir -p "$(dirname "$root$3")"
  if ! cmp -s "$2" "$root$3" 2>/dev/null; then
    install -m "$1" "$2" "$root$3"
    echo "installed $3"
  fi
}

if [ -z "$root" ] && [ -z "${ROSTKIOSK_NO_APT:-}" ]; then
  if ! command -v cage >/dev/null 2>&1; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q cage fonts-noto-core
  fi
fi

if [ -z "$root" ] && ! id rostkiosk >/dev/null 2>&1; then
  useradd --system --create-home --home-dir /var/lib/rostkiosk-home --shell /usr/sbin/nologin \
          --groups video,input,render rostkiosk 2>/dev/null \
    || useradd --system --create-home --home-dir /var/lib/rostkiosk-home \
               --shell /usr/sbin/nologin rostkiosk
  echo "created user rostkiosk"
fi

if [ -n "$bundle" ]; then
  mkdir -p "$root$prefix"
  cp -a "$bundle/." "$root$prefix/bin/"
fi
install_file 0644 "$here/rostkiosk.service" /etc/systemd/system/rostkiosk.service
install_file 0644 "$here/rostkiosk-usb-mount@.service" /etc/systemd/system/rostkiosk-usb-mount@.service
install_file 0644 "$here/99-rostkiosk-usb.rules" /etc/udev/rules.d/99-rostkiosk-usb.rules
install_file 0755 "$here/usb-mount" /usr/local/lib/rostkiosk/usb-mount
install_file 0644 "$here/logind-rostkiosk.conf" /etc/systemd/logind.conf.d/rostkiosk.conf
install_file 0644 "$here/kernel-cmdline.txt" /etc/rostkiosk/kernel-cmdline.txt
mkdir -p "$root/etc/rostkiosk" "$root/media/rostkiosk"

if [ -z "$root" ]; then
  systemctl daemon-reload
  udevadm control --reload-rules || true
  systemctl set-default graphical.target >/dev/null
  systemctl enable rostkiosk.service >/dev/null
  echo "Röstkiosk installed. Set up the station with '$prefix/bin/kiosk station init --data"
  echo "/var/lib/rostkiosk ...' (as user rostkiosk), add 'consoleblank=0' to the kernel command"
  echo "line (see /etc/rostkiosk/kernel-cmdline.txt), then reboot."
fi
