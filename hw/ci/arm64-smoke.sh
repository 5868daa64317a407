#!/usr/bin/env bash
# Proof that the Pi deployment starts: publish for linux-arm64 (self-contained, ReadyToRun) and run
# the published binary under qemu-user on one scenario, checking its result.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Scratch in the CI stage's own folder when .ci/run calls (STAGE_OUT), so that a stopped run leaves nothing behind.
work="$(mktemp -d -p "${STAGE_OUT:-${TMPDIR:-/tmp}}")"
out="$work/aeb-arm64"
# Lock files pin the portable (x64 test) restore; a RID-specific publish restores outside locked mode. It runs on a
# copy of the sources (without bin/ obj/ .git) so that its linux-arm64 restore does not leave the checkout's obj/
# behind the lock files (a later plain `dotnet run` would stop on NU1004).
src="$work/src-copy"
mkdir -p "$src"
tar --exclude=./.git --exclude='*/bin' --exclude='*/obj' --exclude=./out --exclude=./artifacts -cf - . | tar -xf - -C "$src"
(cd "$src" && dotnet publish src/AebController.Cli -c Release -r linux-arm64 --self-contained -p:PublishReadyToRun=true -p:RestoreLockedMode=false -o "$out") > "$out.publish.log" 2>&1 \
  || { cat "$out.publish.log" >&2; echo "arm64 publish failed" >&2; exit 1; }
echo "arm64 publish: $(du -sh "$out" | cut -f1) in $out"
file "$out/aeb" 2>/dev/null || true

if ! command -v qemu-aarch64-static > /dev/null || [ ! -e /usr/aarch64-linux-gnu/lib/libstdc++.so.6 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null; then
    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends qemu-user-static libc6-arm64-cross libstdc++6-arm64-cross) \
      > /tmp/aeb-qemu-install.log 2>&1 || { echo "qemu-user-static or the arm64 libraries could not be installed; see /tmp/aeb-qemu-install.log" >&2; exit 1; }
  else
    echo "qemu-user-static is missing and cannot be installed here (needs root and apt-get)" >&2
    exit 1
  fi
fi

sysroot=/usr/aarch64-linux-gnu
if [ ! -d "$sysroot" ]; then
  echo "no arm64 sysroot at $sysroot (Debian package libc6-arm64-cross)" >&2
  exit 1
fi

# qemu-user does not emulate .NET's write-xor-execute double mapping faithfully: code the runtime emits at run
# time (System.Text.Json's property setters) then runs as garbage (a NullReferenceException while loading the
# catalog; the same binary passes with W^X off). A real Raspberry Pi runs natively with W^X on.
export DOTNET_EnableWriteXorExecute=0
result="$(DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 timeout 300 qemu-aarch64-static -L "$sysroot" "$out/aeb" run ccrs-50 --json)"
echo "$result"
echo "$result" | grep -q '"scenario": "ccrs-50"' && echo "$result" | grep -q '"collided": false' && echo "$result" | grep -q '"passed": true' \
  || { echo "the arm64 build ran but ccrs-50 did not pass" >&2; exit 1; }
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 timeout 120 qemu-aarch64-static -L "$sysroot" "$out/aeb" hw --pinmap hw/pinmap.json --dry-run | tail -1
echo "arm64 smoke test: the published linux-arm64 aeb ran ccrs-50 under qemu and passed"
