# Builds the Debian package with CPack, unpacks it and checks what it installs.
# usage: bash test_deb.sh BIN_DIR SOURCE_DIR   (BIN_DIR's parent is the build directory)
set -euo pipefail

BIN_DIR="$(cd "$1" && pwd)"
SOURCE_DIR="$(cd "$2" && pwd)"
BUILD_DIR="$(dirname "$BIN_DIR")"
APP_ID=io.mailpath.MailPath

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "FAIL: $*" >&2; exit 1; }

[ -f "$BUILD_DIR/CPackConfig.cmake" ] \
    || die "$BUILD_DIR/CPackConfig.cmake missing (installers/ not configured?)"
for tool in dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || die "$tool not found (install dpkg-dev)"
done

cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$BUILD_DIR/CMakeCache.txt" | head -n1; }
VERSION="$(cache_value CMAKE_PROJECT_VERSION)"
[ -n "$VERSION" ] || die "cannot read CMAKE_PROJECT_VERSION from $BUILD_DIR/CMakeCache.txt"
CMAKE_BIN="$(cache_value CMAKE_COMMAND)"
CPACK="$(dirname "${CMAKE_BIN:-/usr/bin/cmake}")/cpack"
[ -x "$CPACK" ] || CPACK="$(command -v cpack)" || die "cpack not found"
GUI_EXPECTED=yes
[ "$(cache_value MAILPATH_BUILD_GUI)" = "OFF" ] && GUI_EXPECTED=no

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# --- build the package ---------------------------------------------------------------------
if ! (cd "$BUILD_DIR" && "$CPACK" -G DEB -B "$WORK/pkg" >"$WORK/cpack.log" 2>&1); then
    cat "$WORK/cpack.log" >&2
    die "cpack -G DEB failed"
fi
DEB="$(ls "$WORK"/pkg/mailpath_*.deb 2>/dev/null | head -n1)"
[ -n "$DEB" ] || { cat "$WORK/cpack.log" >&2; die "no mailpath_*.deb produced"; }
echo "package: $(basename "$DEB") ($(du -k "$DEB" | cut -f1) KiB)"

# --- control data ----------------------------------------------------------------------------
INFO="$(dpkg-deb -I "$DEB")"
field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(field Package)" = mailpath ] || fail "Package is '$(field Package)', expected mailpath"
[ "$(field Version)" = "$VERSION" ] || fail "Version is '$(field Version)', expected $VERSION"
DEPENDS="$(field Depends)"
echo "Depends: $DEPENDS"
# libqt6gui6 comes through libqt6widgets6 (dpkg-shlibdeps lists only direct needs).
for dep in libqt6core6 libqt6widgets6 libqt6svg6 qt6-qpa-plugins; do
    if [ "$dep" != libqt6core6 ] && [ "$GUI_EXPECTED" = no ]; then continue; fi
    grep -Eq "(^|, )$dep( |,|$)" <<<"$DEPENDS" || fail "Depends lacks $dep"
done
for f in Maintainer Section Homepage Description; do
    grep -q "^ $f: ." <<<"$INFO" || fail "control field $f missing or empty"
done

# --- payload ---------------------------------------------------------------------------------
ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT"
U="$ROOT/usr"
expect_file() { [ -f "$U/$1" ] || fail "missing /usr/$1"; }
expect_exec() { [ -x "$U/$1" ] || fail "missing or not executable /usr/$1"; }

expect_exec bin/mailpath-cli
expect_file share/man/man1/mailpath-cli.1.gz
if [ -f "$U/share/man/man1/mailpath-cli.1.gz" ]; then
    gzip -t "$U/share/man/man1/mailpath-cli.1.gz" || fail "man page is not valid gzip"
    zcat "$U/share/man/man1/mailpath-cli.1.gz" | grep -q "^\.TH MAILPATH.*MailPath $VERSION" \
        || fail "man page header does not carry version $VERSION"
    zcat "$U/share/man/man1/mailpath-cli.1.gz" | grep -q "@PROJECT_VERSION@" \
        && fail "man page still contains @PROJECT_VERSION@"
fi

if [ "$GUI_EXPECTED" = yes ]; then
    expect_exec bin/mailpath
    expect_file "share/applications/$APP_ID.desktop"
    expect_file share/mime/packages/mailpath.xml
    expect_file "share/metainfo/$APP_ID.metainfo.xml"
    expect_file "share/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in 16 22 24 32 48 64 128 256; do
        png="share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
        expect_file "$png"
        if [ -f "$U/$png" ] && command -v file >/dev/null; then
            file "$U/$png" | grep -q "PNG image data, $size x $size" \
                || fail "$png is not a ${size}x${size} PNG: $(file -b "$U/$png")"
        fi
    done
    desktop="$U/share/applications/$APP_ID.desktop"
    if [ -f "$desktop" ]; then
        grep -qx 'Exec=mailpath %f' "$desktop" || fail "desktop entry: unexpected Exec line"
        grep -qx "Icon=$APP_ID" "$desktop" || fail "desktop entry: unexpected Icon line"
        grep -q '^MimeType=.*application/x-mailpath-design;' "$desktop" \
            || fail "desktop entry does not declare application/x-mailpath-design"
    fi
    if command -v desktop-file-validate >/dev/null && [ -f "$desktop" ]; then
        desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the desktop entry"
    fi
    metainfo="$U/share/metainfo/$APP_ID.metainfo.xml"
    if [ -f "$metainfo" ]; then
        grep -q "<release version=\"$VERSION\" date=\"[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\"" \
            "$metainfo" || fail "metainfo has no release $VERSION with a date"
        grep -q '@[A-Z_]*@' "$metainfo" && fail "metainfo still contains @VARIABLES@"
    fi
    if command -v xmllint >/dev/null; then
        for x in "$U/share/mime/packages/mailpath.xml" "$metainfo"; do
            [ -f "$x" ] && { xmllint --noout "$x" || fail "$x is not well-formed XML"; }
        done
    fi
    if command -v appstreamcli >/dev/null && [ -f "$metainfo" ]; then
        appstreamcli validate --no-net "$metainfo" >"$WORK/as.log" 2>&1 \
            || { cat "$WORK/as.log" >&2; fail "appstreamcli rejects the metainfo"; }
    fi
    if command -v update-mime-database >/dev/null && [ -f "$U/share/mime/packages/mailpath.xml" ]
    then
        mkdir -p "$WORK/mime/packages"
        cp "$U/share/mime/packages/mailpath.xml" "$WORK/mime/packages/"
        update-mime-database "$WORK/mime" >/dev/null 2>&1 || fail "update-mime-database failed"
        grep -Eq '^[0-9]+:application/x-mailpath-design:\*\.mailpath\.json$' "$WORK/mime/globs2" \
            || fail "the MIME database has no *.mailpath.json glob"
        weight="$(sed -n 's/^\([0-9]*\):application\/x-mailpath-design:.*/\1/p' \
                      "$WORK/mime/globs2")"
        [ "${weight:-0}" -gt 50 ] \
            || fail "*.mailpath.json glob weight ${weight:-?} is not above 50 (application/json)"
    fi
fi

templates=("$U"/share/mailpath/templates/*.mailpath.json)
ls "$U"/share/mailpath/icons/*.svg >/dev/null 2>&1 || fail "no icons in /usr/share/mailpath/icons"

# --- run the unpacked CLI ------------------------------------------------------------------
CLI="$U/bin/mailpath-cli"
if [ -x "$CLI" ]; then
    out="$("$CLI" --version 2>&1)" || fail "mailpath-cli --version exited with $?"
    grep -qw -- "$VERSION" <<<"$out" \
        || fail "mailpath-cli --version printed '$out', expected $VERSION"
    echo "--version: $out"
    if [ "$GUI_EXPECTED" = yes ] && [ -x "$U/bin/mailpath" ]; then
        out="$(QT_QPA_PLATFORM=offscreen timeout 20 "$U/bin/mailpath" --version 2>/dev/null)" \
            || fail "mailpath --version exited with $?"
        grep -qw -- "$VERSION" <<<"$out" \
            || fail "mailpath --version printed '$out', expected $VERSION"
    fi

    if [ ! -f "${templates[0]}" ]; then
        fail "no *.mailpath.json installed in /usr/share/mailpath/templates" \
             "(resources/templates is empty?)"
    else
        # Prefer the SES-through-NAT story, else the first template; trace its first expected flow.
        template="${templates[0]}"
        for t in "${templates[@]}"; do
            case "$(basename "$t")" in s1-*) template="$t" ;; esac
        done
        if command -v jq >/dev/null; then
            from="$(jq -r '.flows[0].from // empty' "$template")"
            to="$(jq -r '.flows[0].to // empty' "$template")"
            port="$(jq -r '.flows[0].port // empty' "$template")"
        else
            flow="$(awk '/"flows"/{f=1} f' "$template")"
            from="$(sed -n 's/^ *"from": *"\([^"]*\)".*/\1/p' <<<"$flow" | head -n1)"
            to="$(sed -n 's/^ *"to": *"\([^"]*\)".*/\1/p' <<<"$flow" | head -n1)"
            port="$(sed -n 's/^ *"port": *\([0-9]*\).*/\1/p' <<<"$flow" | head -n1)"
        fi
        if [ -z "$from" ] || [ -z "$to" ] || [ -z "$port" ]; then
            fail "$(basename "$template") declares no expected flow to trace"
        else
            set +e
            "$CLI" trace "$template" --from "$from" --to "$to" --port "$port" \
                >"$WORK/trace.out" 2>&1
            rc=$?
            set -e
            echo "trace $(basename "$template") $from -> $to:$port: exit $rc"
            if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
                cat "$WORK/trace.out" >&2
                fail "installed mailpath-cli trace exited with $rc" \
                     "(0 delivered or 1 blocked expected)"
            fi
        fi
    fi
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "OK: $(basename "$DEB")"
