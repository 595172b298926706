#!/usr/bin/env bash
# Builds the .deb from this build tree and checks what a site would install: the programs, the
# hardened unit, the config as a conffile, and maintainer scripts that parse.
set -euo pipefail
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack -G DEB -B "$work" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/kxcti_*.deb)
fail() { echo "FAIL: $*"; exit 1; }
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/kxcti-server ./usr/bin/kxcti-pbxsim ./etc/kxcti/kxcti.conf \
         ./usr/lib/systemd/system/kxcti.service ./usr/share/doc/kxcti/README.md; do
    grep -qx "$f" <<<"$contents" || fail "package lacks $f"
done
mkdir "$work/ctl" "$work/root"
dpkg-deb -e "$deb" "$work/ctl"
dpkg-deb -x "$deb" "$work/root"
grep -qx /etc/kxcti/kxcti.conf "$work/ctl/conffiles" || fail "kxcti.conf is not a conffile"
for s in postinst prerm postrm; do
    [ -x "$work/ctl/$s" ] || fail "$s missing or not executable"
    sh -n "$work/ctl/$s" || fail "$s does not parse"
done
grep -q 'deluser --system kxcti' "$work/ctl/postrm" || fail "purge does not remove the user"
unit="$work/root/usr/lib/systemd/system/kxcti.service"
for k in 'User=kxcti' 'NoNewPrivileges=yes' 'ProtectSystem=strict' 'StateDirectory=kxcti' \
         'ExecStart=/usr/bin/kxcti-server run --config /etc/kxcti/kxcti.conf' 'SupplementaryGroups=dialout'; do
    grep -qx "$k" "$unit" || fail "unit lacks $k"
done
if command -v systemd-analyze >/dev/null 2>&1; then
    systemd-analyze verify --man=no "$unit" 2>&1 | grep -v 'kxcti-server.*is not executable' | grep -i error && fail "systemd-analyze"
fi
"$work/root/usr/bin/kxcti-server" --version | grep -q '^kxcti-server ' || fail "packaged server does not run"
echo "package ok: $(basename "$deb")"
