# Shared by scripts/run, scripts/test and scripts/package: the Debian 12 packages the project needs and
# a function that installs the missing ones (apt-get as root, sudo otherwise). Each list holds only what
# its purpose uses directly; apt brings in their dependencies (never their recommendations). The test
# packages:lists_complete fails when the build or the tests use a file of a package these lists do
# not bring in (scripts/check-packages).

# Building the programs: compiler and tools, Qt 6 (Widgets, Charts, Print Support, Sql, Linguist tools),
# SQLite and libpq's headers (the PostgreSQL client library, whose rows the team server's bulk reads take
# directly; its functions are looked up when a server is used),
# the OpenGL headers and Qt6OpenGL's CMake files that Qt6Gui and Qt6Charts ask for, and Liberation
# Sans, which the build embeds as the document font; GMime, libgsf, libxml2 and poppler-cpp (reading
# e-mail, Outlook messages and PDF text) and Poppler's Qt 6 binding (the preview of PDF documents).
BUILD_PACKAGES=(
    cmake ninja-build g++ ccache
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libsqlite3-dev libpq-dev libgl-dev
    fonts-liberation2
    pkg-config libgmime-3.0-dev libgsf-1-dev libxml2-dev libpoppler-cpp-dev libpoppler-qt6-dev
)
# Running them (scripts/run starts the program): the SQLite driver, which Qt loads as a plugin, Qt's
# PostgreSQL driver (the team server, also a plugin) with libpq5, the PostgreSQL client library the driver
# is linked against and the programs load with it, and Qt's own translations (dialog buttons in Dutch).
# The X11 platform plugin comes with Qt Gui.
RUN_PACKAGES=(libqt6sql6-sqlite libqt6sql6-psql libpq5 qt6-translations-l10n)
# Testing: Catch2, the poppler tools that read PDFs back, python3 for the catalogue and package
# checks, fontconfig's fc-list (the package check), and DejaVu Sans Mono, the deliberately wide font of
# the letter layout test; qpdf, which checks the PDF/A letters; PostgreSQL 15, the server of the team-server
# tests (scripts/test starts a throwaway cluster of it for the run, see start_test_cluster).
TEST_PACKAGES=(catch2 poppler-utils qpdf python3 fontconfig fonts-dejavu-core postgresql-15)
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

# The throwaway PostgreSQL cluster of a test run: its own data folder and Unix socket in a temporary folder,
# no TCP at all (listen_addresses is empty), trust authentication on the socket, which only this machine's
# accounts reach and which disappears with the run. initdb refuses root, so as root the cluster runs as the
# postgres system user (the package creates it). The tests find it in AANTAFEL_TEST_POSTGRESQL (a
# connection URL); without that variable they skip. stop_test_cluster stops it and removes the folder; it
# is safe to call twice, so scripts call it from an EXIT trap.
PG_BIN=/usr/lib/postgresql/15/bin
TEST_CLUSTER_DIR=

start_test_cluster() {
    if [ ! -x "$PG_BIN/initdb" ]; then
        echo "PostgreSQL 15 ontbreekt ($PG_BIN/initdb); installeer postgresql-15." >&2
        return 1
    fi
    TEST_CLUSTER_DIR=$(mktemp -d "${TMPDIR:-/tmp}/aantafel-pg.XXXXXX")
    local as=()
    if [ "$(id -u)" -eq 0 ]; then
        # The postgres user must pass through / to reach its programs. Debian makes / searchable for every
        # user (755); a root folder closed to others (700, as a root unpacked into a private temporary
        # folder is) gets that search permission back, and nothing more.
        if [ $((0$(stat -c %a /) & 01)) -eq 0 ]; then
            echo "De hoofdmap / is niet doorzoekbaar voor andere gebruikers; o+x gezet, zoals Debian het heeft," \
                "zodat de testserver als gebruiker postgres kan draaien."
            chmod o+x /
        fi
        chown postgres: "$TEST_CLUSTER_DIR"
        as=(runuser -u postgres --)
        if ! "${as[@]}" test -w "$TEST_CLUSTER_DIR"; then
            echo "De gebruiker postgres kan niet in $TEST_CLUSTER_DIR schrijven; kies met TMPDIR een map die" \
                "andere gebruikers kunnen doorzoeken (bijvoorbeeld /tmp)." >&2
            rm -rf "$TEST_CLUSTER_DIR"
            TEST_CLUSTER_DIR=
            return 1
        fi
    fi
    chmod 700 "$TEST_CLUSTER_DIR"
    "${as[@]}" mkdir "$TEST_CLUSTER_DIR/socket"
    "${as[@]}" "$PG_BIN/initdb" -D "$TEST_CLUSTER_DIR/data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >"$TEST_CLUSTER_DIR/initdb.log" 2>&1 ||
        { cat "$TEST_CLUSTER_DIR/initdb.log" >&2; return 1; }
    # fsync off: the cluster is thrown away after the run, so a crash cannot lose anything of value.
    "${as[@]}" "$PG_BIN/pg_ctl" -D "$TEST_CLUSTER_DIR/data" -l "$TEST_CLUSTER_DIR/server.log" -w -s \
        -o "-c listen_addresses='' -k $TEST_CLUSTER_DIR/socket -p 5432 -c fsync=off -c max_connections=100" start ||
        { cat "$TEST_CLUSTER_DIR/server.log" >&2; return 1; }
    export AANTAFEL_TEST_POSTGRESQL="postgresql://postgres@localhost/postgres?host=$TEST_CLUSTER_DIR/socket&port=5432"
    echo "PostgreSQL-testserver gestart: $TEST_CLUSTER_DIR/socket"
}

stop_test_cluster() {
    [ -n "$TEST_CLUSTER_DIR" ] || return 0
    local dir=$TEST_CLUSTER_DIR
    TEST_CLUSTER_DIR=
    unset AANTAFEL_TEST_POSTGRESQL
    if [ -f "$dir/data/postmaster.pid" ]; then
        local as=()
        [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
        # From /: the postgres user may not enter the folder the tests ran in.
        (cd / && "${as[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w -s stop) || true
    fi
    rm -rf "$dir"
}
