#!/usr/bin/env bash
# Refresh the vendored NHS.UK frontend in assistant/static/nhsuk/ from the npm package.
#
#   tools/refresh-nhsuk-frontend.sh            # the pinned version below
#   tools/refresh-nhsuk-frontend.sh 10.7.0     # another version (then update PINNED and commit)
#
# Only the compiled CSS and JS, the images the CSS and the page frame use, and the
# licence are kept. Two changes are made to the CSS, both so that every file a page
# loads comes from our own address (the CSP says 'self' and a family's booking page
# tells no other site it was opened):
#   - the @font-face rules that load Frutiger from the NHS assets site are removed
#     (the stylesheet's own fallback, Arial, is used);
#   - /assets/images/... becomes images/..., relative to the stylesheet.
set -euo pipefail

PINNED=10.6.1
version="${1:-$PINNED}"
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/assistant/static/nhsuk"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "nhsuk-frontend@$version" >/dev/null)
tar -xzf "$work/nhsuk-frontend-$version.tgz" -C "$work"
dist="$work/package/dist/nhsuk"
python3 - "$work/package/package.json" <<'PY'
import json, sys
licence = json.load(open(sys.argv[1])).get("license")
if licence != "MIT":
    sys.exit(f"nhsuk-frontend now says its licence is {licence!r}, not MIT: check before vendoring")
PY

rm -rf "$target"
mkdir -p "$target/images"
python3 - "$dist/nhsuk-frontend.min.css" "$target/nhsuk-frontend.min.css" <<'PY'
import re, sys
css = open(sys.argv[1], encoding="utf-8").read()
css = re.sub(r"@font-face\{[^}]*assets\.nhs\.uk[^}]*\}", "", css)
css = css.replace("url(/assets/images/", "url(images/")
if "assets.nhs.uk" in css or "url(/" in css:
    sys.exit("the stylesheet still loads something from elsewhere: look before vendoring")
open(sys.argv[2], "w", encoding="utf-8").write(css)
PY
cp "$dist/nhsuk-frontend.min.js" "$target/nhsuk-frontend.min.js"
for image in favicon.ico favicon.svg nhsuk-icon-180.png nhsuk-icon-mask.svg \
             $(grep -o 'url(images/[^)]*)' "$target/nhsuk-frontend.min.css" \
               | sed 's/url(images\/\(.*\))/\1/' | sort -u); do
  cp "$dist/assets/images/$image" "$target/images/$image"
done
{
  echo "nhsuk-frontend $version (npm), compiled CSS and JS and some of its images."
  echo "The package declares the MIT licence; its README says:"
  echo
  awk '/^## /{keep=($0 ~ /^## Licen[cs]e/)} keep' "$work/package/README.md"
  cat <<'MIT'
MIT License

Copyright (c) 2019 NHS.UK

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
MIT
} > "$target/LICENCE.txt"
echo "$version" > "$target/VERSION"
echo "nhsuk-frontend $version vendored into ${target#"$root"/}" >&2
