#!/usr/bin/env bash
# Renders the sample report as the writers make it, to look at: writes DOCX, XLSX and HTML
# (scripts/render-documents.ts), converts DOCX and XLSX to PDF with LibreOffice and the HTML page
# with Chromium, and turns every PDF page into a PNG (60 dpi) next to it.
# Usage: scripts/render-documents.sh OUTDIR
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "用法: $0 输出目录" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
mkdir -p "$1"
out="$(cd "$1" && pwd)"

npx tsx scripts/render-documents.ts "$out"

for tool in soffice pdftoppm chromium; do
  command -v "$tool" >/dev/null 2>&1 || { echo "缺少 $tool（LibreOffice / poppler-utils / Chromium）" >&2; exit 1; }
done

# A profile of its own, so that a running LibreOffice does not take the conversion over.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# This machine has none of the 公文 fonts; stand in for them with the closest Noto CJK faces, as a
# Chinese office machine would have the real ones (LibreOffice ignores the DOCX font table's altName).
# Chromium is left alone: the HTML page names its own fallbacks.
alias() { # family, stand-in, weight
  printf '<match target="pattern"><test name="family"><string>%s</string></test>' "$1"
  printf '<edit name="family" mode="assign" binding="strong"><string>%s</string></edit>' "$2"
  [ -n "${3:-}" ] && printf '<edit name="weight" mode="assign"><const>%s</const></edit>' "$3"
  printf '</match>\n'
}
{
  echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
  echo '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
  alias 方正小标宋简体 'Noto Serif CJK SC' bold
  for family in 仿宋_GB2312 仿宋 楷体_GB2312 楷体 宋体; do alias "$family" 'Noto Serif CJK SC'; done
  alias 黑体 'Noto Sans CJK SC'
  echo '</fontconfig>'
} >"$profile/fonts.conf"

# Both files are called sample.*, so convert them one at a time and rename each PDF.
for kind in docx xlsx; do
  FONTCONFIG_FILE="$profile/fonts.conf" soffice -env:UserInstallation="file://$profile/libreoffice" --headless --convert-to pdf --outdir "$out" \
    "$out/sample.$kind" >/dev/null
  mv "$out/sample.pdf" "$out/sample-$kind.pdf"
done

chromium_flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run
  --user-data-dir="$profile/chromium")
chromium "${chromium_flags[@]}" --screenshot="$out/sample-html-screen.png" --window-size=1000,1400 \
  "file://$out/sample.html" 2>/dev/null
chromium "${chromium_flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/sample-html.pdf" \
  "file://$out/sample.html" 2>/dev/null

for pdf in sample-docx sample-xlsx sample-html; do
  pdftoppm -png -r 60 "$out/$pdf.pdf" "$out/$pdf"
done
ls -1 "$out"/*.png
