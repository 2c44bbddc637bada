// Where a file lives (storage/storagelocation.h), with the file-system probe injected: CIFS/SMB, SMB2,
// NFS and the other network and cluster file systems are a network share, a local disk is not, a UNC
// path and a GNOME network mount are shares whatever the probe says; the machine's settings and the
// environment overrule the detection; and a file forced onto the network rules opens with a rollback
// journal and a single writer.
#include "storagetestsupport.h"

#include "storage/fileaccess.h"
#include "storage/journalmode.h"
#include "storage/storagelocation.h"

namespace {

StorageLocation::Probe reporting(std::optional<qint64> type) {
    return [type](const QString&) { return type; };
}

// Sets or clears an environment variable for one test.
class Environment {
public:
    Environment(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name)) {
        qputenv(name, value);
    }
    ~Environment() {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("the file-system type of the folder tells a network share from a disk of this computer") {
    const QString file = QStringLiteral("/srv/klachten/gemeente.aantafel");
    // statfs(2) f_type values, as in linux/magic.h and the statfs manual page.
    const auto [type, share, name] = GENERATE(table<qint64, bool, const char*>({
        {0xFF534D42, true, "CIFS/SMB"},
        {0xFE534D42, true, "SMB2"},
        {0x517B, true, "SMB"},
        {0x6969, true, "NFS"},
        {0x5346414F, true, "AFS"},
        {0x01021997, true, "9P"},
        {0x00C36400, true, "Ceph"},
        {0x01161970, true, "GFS2"},
        {0xEF53, false, "ext4"},
        {0x58465342, false, "XFS"},
        {0x9123683E, false, "Btrfs"},
        {0x01021994, false, "tmpfs"},
    }));
    INFO(name);
    const LocationInfo where = StorageLocation::detect(file, reporting(type));
    CHECK(where.onNetworkShare() == share);
    CHECK_FALSE(where.forced);
    if (share)
        CHECK(where.reason.contains(QString::fromLatin1(name)));
}

TEST_CASE("a UNC path and a GNOME network mount are shares — a probe that cannot tell means this computer") {
    CHECK(StorageLocation::detect(QStringLiteral("//fileserver/klachten/gemeente.aantafel"), reporting(0xEF53))
              .onNetworkShare());
    CHECK(StorageLocation::detect(QStringLiteral("\\\\fileserver\\klachten\\gemeente.aantafel"), reporting(0xEF53))
              .onNetworkShare());
    CHECK(StorageLocation::detect(
              QStringLiteral("/run/user/1000/gvfs/smb-share:server=fs01,share=klachten/gemeente.aantafel"),
              reporting(0x65735546)) // FUSE
              .onNetworkShare());
    CHECK_FALSE(StorageLocation::detect(QStringLiteral("/home/anna/gemeente.aantafel"), reporting(std::nullopt))
                    .onNetworkShare());
    CHECK_FALSE(StorageLocation::detect(QStringLiteral("/home/anna/gemeente.aantafel"), StorageLocation::Probe())
                    .onNetworkShare());
}

TEST_CASE("the machine's settings and the environment overrule the detection") {
    TempDir dir;
    const QString file = dir.path(QStringLiteral("gemeente.aantafel"));
    const StorageLocation::Probe local = reporting(0xEF53);
    const StorageLocation::Probe cifs = reporting(0xFF534D42);
    REQUIRE_FALSE(StorageLocation::classify(file, local).onNetworkShare());

    SECTION("one file forced onto the network rules, and back") {
        StorageLocation::setForced(file, true);
        CHECK(StorageLocation::forcedFor(file) == true);
        const LocationInfo where = StorageLocation::classify(file, local);
        CHECK(where.onNetworkShare());
        CHECK(where.forced);
        CHECK_FALSE(StorageLocation::classify(dir.path(QStringLiteral("ander.aantafel")), local).onNetworkShare());
        StorageLocation::setForced(file, std::nullopt);
        CHECK_FALSE(StorageLocation::forcedFor(file).has_value());
        CHECK_FALSE(StorageLocation::classify(file, local).onNetworkShare());
    }
    SECTION("a folder treated as this computer's disk (a terminal server's own disk mounted over the network)") {
        StorageLocation::setForced(file, false);
        CHECK_FALSE(StorageLocation::classify(file, cifs).onNetworkShare());
        StorageLocation::setForced(file, std::nullopt);
        CHECK(StorageLocation::classify(file, cifs).onNetworkShare());
    }
    SECTION("the environment decides over both") {
        StorageLocation::setForced(file, false);
        {
            const Environment share("AANTAFEL_NETWORK_SHARE", "1");
            CHECK(StorageLocation::classify(file, local).onNetworkShare());
        }
        {
            const Environment disk("AANTAFEL_NETWORK_SHARE", "0");
            CHECK_FALSE(StorageLocation::classify(file, cifs).onNetworkShare());
        }
        StorageLocation::setForced(file, std::nullopt);
    }
}

TEST_CASE("a file forced onto the network rules opens with a rollback journal and one writer") {
    TempDir dir;
    const QString path = newMunicipality(dir)->path();
    StorageLocation::setForced(path, true);
    {
        auto first = Database::open(path);
        REQUIRE(first->access());
        CHECK(first->access()->underShareRules());
        CHECK(JournalMode::current(*first) == QStringLiteral("delete"));
        CHECK_THROWS_AS(Database::open(path), StorageError);
    }
    StorageLocation::setForced(path, std::nullopt);
    auto again = Database::open(path);
    CHECK_FALSE(again->access()->underShareRules());
    CHECK(JournalMode::current(*again) == QStringLiteral("wal"));
}
