#!/bin/sh
# Regenerates the icons from paceline.svg. Needs rsvg-convert (Debian: librsvg2-bin),
# ImageMagick's convert (imagemagick) and png2icns (icnsutils). The results are committed, so
# building the app or the packages does not need these tools.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
res="$here/../../src/main/resources/org/paceline/app/icons"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$res"
for s in 16 32 48 64 128 256 512 1024; do
  rsvg-convert -w $s -h $s "$here/paceline.svg" -o "$tmp/paceline-$s.png"
done
# Linux (jpackage --icon, desktop entry) and the window's own icons.
cp "$tmp/paceline-256.png" "$here/paceline.png"
for s in 16 32 48 64 128 256; do
  cp "$tmp/paceline-$s.png" "$res/paceline-$s.png"
done
# Windows: one .ico with every size the shell asks for.
convert "$tmp/paceline-16.png" "$tmp/paceline-32.png" "$tmp/paceline-48.png" \
  "$tmp/paceline-64.png" "$tmp/paceline-128.png" "$tmp/paceline-256.png" "$here/paceline.ico"
# macOS: .icns from the sizes it holds.
png2icns "$here/paceline.icns" "$tmp/paceline-16.png" "$tmp/paceline-32.png" \
  "$tmp/paceline-128.png" "$tmp/paceline-256.png" "$tmp/paceline-512.png" \
  "$tmp/paceline-1024.png" > /dev/null
echo "icons written to $here and $res"
