#!/usr/bin/env bash
# Publish AebController for a 64-bit Raspberry Pi OS and install it as a systemd service over SSH.
# Usage: hw/deploy.sh pi@raspberrypi.local [pinmap.json]
set -euo pipefail
target="${1:?usage: hw/deploy.sh user@host [pinmap.json]}"
pinmap="${2:-hw/pinmap.json}"
cd "$(dirname "$0")/.."

out="$(mktemp -d)/aeb"
# ReadyToRun: no JIT on the Pi at start-up; self-contained: no .NET install needed there.
dotnet publish src/AebController.Cli -c Release -r linux-arm64 --self-contained -p:PublishReadyToRun=true -p:RestoreLockedMode=false -o "$out"
cp "$pinmap" "$out/pinmap.json"

ssh "$target" 'sudo useradd --system --no-create-home --groups gpio,i2c aeb 2>/dev/null || true; sudo mkdir -p /opt/aeb'
rsync -az --delete "$out/" "$target:/tmp/aeb-deploy/"
scp hw/systemd/aeb-controller.service "$target:/tmp/aeb-controller.service"
ssh "$target" 'sudo rsync -a --delete /tmp/aeb-deploy/ /opt/aeb/ && sudo chown -R root:aeb /opt/aeb \
  && sudo /opt/aeb/aeb hw --pinmap /opt/aeb/pinmap.json --dry-run \
  && sudo install -m 644 /tmp/aeb-controller.service /etc/systemd/system/aeb-controller.service \
  && sudo systemctl daemon-reload && sudo systemctl enable --now aeb-controller && systemctl --no-pager status aeb-controller'
