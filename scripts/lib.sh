# Shared by scripts/run and scripts/test: the Debian 12 packages the project needs and a
# function that installs the missing ones (apt-get as root, sudo otherwise).

BUILD_PACKAGES=(
    cmake ninja-build g++ ccache
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev libgl-dev libqt6opengl6-dev
    libgmime-3.0-dev libgsf-1-dev libxml2-dev libpoppler-cpp-dev libpoppler-qt6-dev pkg-config
)
TEST_PACKAGES=(catch2 poppler-utils qpdf python3)

ensure_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "Ontbrekende pakketten installeren: ${missing[*]}"
    local apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            apt=(sudo env DEBIAN_FRONTEND=noninteractive apt-get)
        else
            echo "Deze pakketten ontbreken en er is geen root of sudo om ze te installeren:" >&2
            echo "  apt-get install ${missing[*]}" >&2
            echo "Vraag de beheerder van deze machine ze te installeren en probeer het opnieuw." >&2
            exit 1
        fi
    fi
    "${apt[@]}" update -qq
    "${apt[@]}" install -y -q --no-install-recommends "${missing[@]}"
}
