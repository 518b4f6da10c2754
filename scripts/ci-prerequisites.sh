#!/usr/bin/env bash
# Installs the programs the tests use (as root on Debian): PDF checkers, an SMTP server,
# PostgreSQL. Safe to run again.
set -euo pipefail
need=()
command -v qpdf >/dev/null || need+=(qpdf)
command -v pdftotext >/dev/null || need+=(poppler-utils)
# The registration tests start a real SMTP server (Debian's aiosmtpd) on loopback.
/usr/bin/python3 -c "import aiosmtpd" 2>/dev/null || need+=(python3-aiosmtpd)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
# Page tests drive Debian's chromium through Playwright (its own browser download cannot run here).
command -v chromium >/dev/null || need+=(chromium fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "Missing ${need[*]}: install them (apt-get install ${need[*]}) for the full test run." >&2
  fi
fi
