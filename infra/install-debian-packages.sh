#!/usr/bin/env bash
# Installs the servers the app host runs as local processes (PostgreSQL, Redis, RabbitMQ, and the
# local SMTP server: aiosmtpd under Debian's /usr/bin/python3), and Chromium with a font that has
# Arabic letters for the web app's browser tests (Playwright drives Debian's Chromium; its own
# browser download is never used).
# The app host does this itself when run as root; CI calls it up front so a missing package
# fails early with apt's own message.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
[ -d /usr/lib/python3/dist-packages/aiosmtpd ] || missing+=(python3-aiosmtpd)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)

if [ ${#missing[@]} -eq 0 ]; then
  echo "PostgreSQL, Redis, RabbitMQ, aiosmtpd and Chromium are installed."
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing: ${missing[*]}. Run: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "Installing ${missing[*]}…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installed ${missing[*]}."
