#!/bin/sh
# Builds the .deb from a finished build folder and checks it as Debian and
# the desktops will: its layout, stripped programs, icons at their sizes,
# man pages made from --help, desktop-file-validate, appstreamcli validate
# --pedantic (offline), and lintian with no error and no warning.
#   packaging/check-package.sh BUILD_DIR
set -eu
build=$(cd "$1" && pwd)
app_id=app.twofold.Twofold
fail() { echo "check-package: $*" >&2; exit 1; }

for tool in cpack dpkg-deb lintian desktop-file-validate appstreamcli readelf file; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (tools/dev installs it)"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/*.deb)
dpkg-deb -x "$deb" "$work/root"
root=$work/root

for path in usr/bin/twofold usr/bin/twofold-cli \
    usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
    usr/share/mime/packages/$app_id.xml usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    usr/share/man/man1/twofold.1.gz usr/share/man/man1/twofold-cli.1.gz \
    usr/share/doc/twofold/copyright usr/share/doc/twofold/changelog.gz; do
    [ -f "$root/$path" ] || fail "the package has no /$path"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png=$root/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png
    file "$png" | grep -q "PNG image data, $size x $size," || fail "/${png#"$root"/} is not a ${size}x$size PNG"
done
for program in twofold twofold-cli; do
    ! readelf -S "$root/usr/bin/$program" | grep -q '\.debug_info' || fail "$program is not stripped"
done
# Made from the programs' own help: the contract's commands are in it.
zcat "$root/usr/share/man/man1/twofold-cli.1.gz" | grep -q 'import dayone' || fail "twofold-cli.1 lacks the commands"
zcat "$root/usr/share/man/man1/twofold.1.gz" | grep -q '\\-\\-journal' || fail "twofold.1 lacks its options"
head -n 1 "$root/usr/share/doc/twofold/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    fail "the copyright file is not machine-readable"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || fail "the shared-library dependencies were not computed"

desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
appstreamcli validate --pedantic --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
# Run as root in CI; lintian only mentions that.
lintian --fail-on error,warning "$deb" 2> "$work/lintian.err" || { cat "$work/lintian.err" >&2; fail "lintian found errors or warnings"; }
echo "check-package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) passes"
