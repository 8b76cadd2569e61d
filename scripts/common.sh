# Shared by scripts/run and scripts/test: install what is missing, configure, build.
set -euo pipefail

MAILPATH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MAILPATH_PACKAGES=(
    cmake ninja-build g++ pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev libgl-dev
    libboost-graph-dev nlohmann-json3-dev libzip-dev libyaml-cpp-dev
    xvfb xauth poppler-utils
    qt6-tools-dev qt6-l10n-tools fonts-ipafont-gothic
)

mailpath_install_packages() {
    local missing=()
    for p in "${MAILPATH_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# mailpath_build BUILD_DIR [cmake args...]
mailpath_build() {
    local dir="$1"; shift
    local launcher=()
    # Rebuilds on a developer machine reuse objects across build directories; CI has no ccache.
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$MAILPATH_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="${MAILPATH_BUILD_TYPE:-RelWithDebInfo}" \
        "${launcher[@]}" "$@"
    cmake --build "$dir" -j "$(nproc)"
}
