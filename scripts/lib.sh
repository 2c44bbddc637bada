# Shared by scripts/run, scripts/test and scripts/package: the Debian 12 packages the project needs and
# a function that installs the missing ones (apt-get as root, sudo otherwise). Each list holds only what
# its purpose uses directly; apt brings in their dependencies (never their recommendations). The test
# packages:lists_complete fails when the build or the tests use a file of a package these lists do
# not bring in (scripts/check-packages).

# Building the programs: compiler and tools, Qt 6 (Widgets, Charts, Print Support, Sql, Linguist tools),
# SQLite, the OpenGL headers and Qt6OpenGL's CMake files that Qt6Gui and Qt6Charts ask for, and Liberation
# Sans, which the build embeds as the document font.
BUILD_PACKAGES=(
    cmake ninja-build g++ ccache
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libsqlite3-dev libgl-dev
    fonts-liberation2
)
# Running them (scripts/run starts the program): the SQLite driver, which Qt loads as a plugin, and Qt's
# own translations (dialog buttons in Dutch). The X11 platform plugin comes with Qt Gui.
RUN_PACKAGES=(libqt6sql6-sqlite qt6-translations-l10n)
# Testing: Catch2, the poppler tools that read PDFs back, python3 for the catalogue and package
# checks, fontconfig's fc-list (the package check), and DejaVu Sans Mono, the deliberately wide font of
# the letter layout test.
TEST_PACKAGES=(catch2 poppler-utils python3 fontconfig fonts-dejavu-core)
# Making the Debian package (scripts/package): dpkg-shlibdeps for the Depends, file for CPack.
PACKAGE_PACKAGES=(dpkg-dev file)

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
