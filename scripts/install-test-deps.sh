#!/usr/bin/env bash
# Installs what the end-to-end tests need beyond npm packages: Debian's Chromium (Playwright drives
# it; its own browser download is not available offline) and a CJK font so screenshots show Chinese.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei' || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -eq 0 ]; then
  echo "test dependencies present: chromium, fonts-wqy-microhei"
  exit 0
fi
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
echo "installing: ${need[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
